package org.senesim.field;

/**
 * Independent real-space versions of the stencils the solver diagonalises, used to check its
 * answers: the residual of the discrete equation must vanish up to rounding.
 */
final class Stencils {

    static final double SECONDS_PER_DAY = 86_400.0;

    private Stencils() {
    }

    /** Periodic index. */
    static int wrap(int i, int n) {
        return Math.floorMod(i, n);
    }

    /** Mirror index across the end faces (ghost −1 is cell 0, −2 is cell 1, …). */
    static int mirror(int i, int n) {
        int m = Math.floorMod(i, 2 * n);
        return m < n ? m : 2 * n - 1 - m;
    }

    static double at(double[] a, LatticeGeometry g, int x, int y, int z) {
        return a[g.index(wrap(x, g.nx()), wrap(y, g.ny()), mirror(z, g.nz()))];
    }

    /**
     * Residual (D/h²)·A c − W q of the compact 27-point scheme at every cell, with q the source
     * per volume per second; {@code compact=false} gives the 7-point scheme (W = identity).
     */
    static double[] residual(LatticeGeometry g, double d, double k, double[] c, double[] sourcePerDay, boolean compact) {
        double h = g.voxelEdge();
        double kappa2 = k * h * h / d;
        double[] q = new double[sourcePerDay.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = sourcePerDay[i] / (g.voxelVolume() * SECONDS_PER_DAY);
        }
        double[] r = new double[c.length];
        for (int z = 0; z < g.nz(); z++) {
            for (int y = 0; y < g.ny(); y++) {
                for (int x = 0; x < g.nx(); x++) {
                    double ac = 0;
                    double wq = 0;
                    for (int dz = -2; dz <= 2; dz++) {
                        for (int dy = -2; dy <= 2; dy++) {
                            for (int dx = -2; dx <= 2; dx++) {
                                int far = Math.max(Math.abs(dx), Math.max(Math.abs(dy), Math.abs(dz)));
                                int nonzero = (dx != 0 ? 1 : 0) + (dy != 0 ? 1 : 0) + (dz != 0 ? 1 : 0);
                                double a;
                                double w;
                                if (compact) {
                                    a = far > 1 ? 0 : switch (nonzero) {
                                        case 0 -> 64.0 / 15 + kappa2 / 2;
                                        case 1 -> -7.0 / 15 + kappa2 / 12;
                                        case 2 -> -1.0 / 10;
                                        default -> -1.0 / 30;
                                    };
                                    if (far == 2) {
                                        w = nonzero == 1 ? -1.0 / 240 : 0;
                                    } else {
                                        w = switch (nonzero) {
                                            case 0 -> 67.0 / 120;
                                            case 1 -> 1.0 / 18;
                                            case 2 -> 1.0 / 90;
                                            default -> 0;
                                        };
                                    }
                                } else {
                                    a = far > 1 ? 0 : switch (nonzero) {
                                        case 0 -> 6 + kappa2;
                                        case 1 -> -1;
                                        default -> 0;
                                    };
                                    w = nonzero == 0 ? 1 : 0;
                                }
                                if (a != 0) {
                                    ac += a * at(c, g, x + dx, y + dy, z + dz);
                                }
                                if (w != 0) {
                                    wq += w * at(q, g, x + dx, y + dy, z + dz);
                                }
                            }
                        }
                    }
                    r[g.index(x, y, z)] = d / (h * h) * ac - wq;
                }
            }
        }
        return r;
    }

    static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }

    static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
