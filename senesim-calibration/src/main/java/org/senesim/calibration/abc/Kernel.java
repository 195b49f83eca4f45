package org.senesim.calibration.abc;

/**
 * The multivariate normal perturbation kernel of ABC-SMC in unit-cube coordinates, with twice the
 * weighted covariance of the previous generation (Beaumont et al. 2009, Biometrika 96:983; Filippi
 * et al. 2013 show it close to optimal for a Gaussian-like population). A diagonal floor keeps a
 * collapsed dimension able to move.
 */
final class Kernel {

    private static final double FLOOR = 1e-10;

    private final double[][] lower;
    private final double[][] inverse;
    private final int d;

    Kernel(double[][] covariance) {
        d = covariance.length;
        double[][] c = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                c[i][j] = 2 * covariance[i][j];
            }
            c[i][i] = Math.max(c[i][i], FLOOR) + FLOOR;
        }
        lower = cholesky(c);
        inverse = inverseFromCholesky(lower);
    }

    /** {@code centre + L·z}: a move from a particle with d standard normals. */
    double[] move(double[] centre, double[] z) {
        double[] x = centre.clone();
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                x[i] += lower[i][j] * z[j];
            }
        }
        return x;
    }

    /** The kernel density up to its constant (which cancels in normalised weights): exp(−½ Δᵀ Σ⁻¹ Δ). */
    double density(double[] from, double[] to) {
        double q = 0;
        for (int i = 0; i < d; i++) {
            double di = to[i] - from[i];
            double row = 0;
            for (int j = 0; j < d; j++) {
                row += inverse[i][j] * (to[j] - from[j]);
            }
            q += di * row;
        }
        return StrictMath.exp(-0.5 * q);
    }

    private static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    // a covariance from few particles can be semi-definite: keep a tiny positive pivot
                    l[i][i] = Math.sqrt(Math.max(s, FLOOR));
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }

    private static double[][] inverseFromCholesky(double[][] l) {
        int n = l.length;
        double[][] linv = new double[n][n];
        for (int i = 0; i < n; i++) {
            linv[i][i] = 1 / l[i][i];
            for (int j = 0; j < i; j++) {
                double s = 0;
                for (int k = j; k < i; k++) {
                    s -= l[i][k] * linv[k][j];
                }
                linv[i][j] = s / l[i][i];
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = Math.max(i, j); k < n; k++) {
                    s += linv[k][i] * linv[k][j];
                }
                inv[i][j] = s;
            }
        }
        return inv;
    }
}
