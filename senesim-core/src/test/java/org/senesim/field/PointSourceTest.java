package org.senesim.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.senesim.parallel.Workers;

/**
 * The exact path against the continuum solution of a point source. The patch is periodic in x, y
 * and mirrored in z, so the continuum reference sums the periodic and mirror images of the source
 * (method of images, which is exact for these boundaries) until they are below 1e-4 of the
 * smallest value compared.
 */
class PointSourceTest {

    // Test fixture, not model parameters: the design brief's SASP numbers (λ = 250 µm).
    private static final double H = 20.0;
    private static final double D = 50.0;
    private static final double LAMBDA = 250.0;
    private static final double K = D / (LAMBDA * LAMBDA);
    private static final double Q = 3.0; // amount per day

    @Test
    void pointSourceIn3dMatchesYukawaWithinOnePercentBeyondTwoVoxels() {
        LatticeGeometry g = new LatticeGeometry(64, 64, 64, H);
        int sx = 32;
        int sy = 31;
        int sz = 29;
        SteadyField field = new SteadyField(g, D, K, SteadyField.Options.exact());
        field.source()[g.index(sx, sy, sz)] = (float) Q;
        try (Workers w = new Workers(1)) {
            field.solve(w);
        }
        double rate = Q / SteadyField.SECONDS_PER_DAY;
        double lx = g.nx() * H;
        double ly = g.ny() * H;
        double lz = g.nz() * H;
        double zs = g.centre(sz);
        double worst = 0;
        double worstR = 0;
        int compared = 0;
        for (int z = 0; z < g.nz(); z++) {
            for (int y = 0; y < g.ny(); y++) {
                for (int x = 0; x < g.nx(); x++) {
                    double dx = (x - sx) * H;
                    double dy = (y - sy) * H;
                    double r0 = Math.sqrt(dx * dx + dy * dy + Math.pow((z - sz) * H, 2));
                    if (r0 <= 2 * H) {
                        continue;
                    }
                    double zc = g.centre(z);
                    double exact = 0;
                    for (int iz = -3; iz <= 3; iz++) {
                        // Mirror images of the source across the no-flux faces at 0 and lz.
                        double za = zs + 2 * iz * lz;
                        double zb = -zs + 2 * iz * lz;
                        for (int iy = -3; iy <= 3; iy++) {
                            double ey = dy + iy * ly;
                            for (int ix = -3; ix <= 3; ix++) {
                                double ex = dx + ix * lx;
                                double lateral = ex * ex + ey * ey;
                                exact += yukawa(Math.sqrt(lateral + (zc - za) * (zc - za)), rate);
                                exact += yukawa(Math.sqrt(lateral + (zc - zb) * (zc - zb)), rate);
                            }
                        }
                    }
                    double rel = Math.abs(field.value()[g.index(x, y, z)] / exact - 1);
                    if (rel > worst) {
                        worst = rel;
                        worstR = r0 / H;
                    }
                    compared++;
                }
            }
        }
        System.out.printf("3D point source: max relative error %.5f (at r = %.2f voxels) over %d voxels%n",
                worst, worstR, compared);
        assertThat(compared).isGreaterThan(260_000);
        assertThat(worst).isLessThan(0.01);
    }

    private static double yukawa(double r, double rate) {
        return rate * Math.exp(-r / LAMBDA) / (4 * Math.PI * D * r);
    }

    @Test
    void pointSourceIn2dSectionMatchesBesselK0WithinOnePercentBeyondTwoVoxels() {
        // A 2D section is a slab of thickness h, uniform in y: the source is a line of Q/h per µm.
        LatticeGeometry g = new LatticeGeometry(96, 1, 80, H);
        int sx = 40;
        int sz = 37;
        SteadyField field = new SteadyField(g, D, K, SteadyField.Options.exact());
        field.source()[g.index(sx, 0, sz)] = (float) Q;
        try (Workers w = new Workers(2)) {
            field.solve(w);
        }
        double lineRate = Q / SteadyField.SECONDS_PER_DAY / H;
        double lx = g.nx() * H;
        double lz = g.nz() * H;
        double zs = g.centre(sz);
        double worst = 0;
        for (int z = 0; z < g.nz(); z++) {
            for (int x = 0; x < g.nx(); x++) {
                double dx = (x - sx) * H;
                if (Math.hypot(dx, (z - sz) * H) <= 2 * H) {
                    continue;
                }
                double zc = g.centre(z);
                double exact = 0;
                for (int iz = -3; iz <= 3; iz++) {
                    double za = zs + 2 * iz * lz;
                    double zb = -zs + 2 * iz * lz;
                    for (int ix = -3; ix <= 3; ix++) {
                        double ex = dx + ix * lx;
                        exact += lineRate / (2 * Math.PI * D) * besselK0(Math.hypot(ex, zc - za) / LAMBDA);
                        exact += lineRate / (2 * Math.PI * D) * besselK0(Math.hypot(ex, zc - zb) / LAMBDA);
                    }
                }
                worst = Math.max(worst, Math.abs(field.value()[g.index(x, 0, z)] / exact - 1));
            }
        }
        System.out.printf("2D point source: max relative error %.6f%n", worst);
        assertThat(worst).isLessThan(0.01);
    }

    /** K0(x) = ∫₀^∞ exp(−x cosh t) dt by the trapezoid rule, which converges geometrically here. */
    static double besselK0(double x) {
        double step = 0.02;
        double sum = 0.5 * Math.exp(-x);
        for (int i = 1; ; i++) {
            double term = Math.exp(-x * Math.cosh(i * step));
            sum += term;
            if (term < 1e-18 * sum) {
                return sum * step;
            }
        }
    }

    @Test
    void besselK0MatchesTabulatedValues() {
        // Abramowitz & Stegun table 9.8.
        assertThat(besselK0(0.1)).isCloseTo(2.4270690, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(besselK0(1.0)).isCloseTo(0.4210244, org.assertj.core.api.Assertions.within(1e-7));
        assertThat(besselK0(5.0)).isCloseTo(3.6910983e-3, org.assertj.core.api.Assertions.within(1e-9));
    }
}
