package org.senesim.systemic.sde;

/**
 * Stochastic exponential Euler for a {@link SemiLinearSde}: over a step the forcing {@code f}, the
 * decay rate {@code k} and the noise loadings {@code G} are frozen at the start of the step, and
 * the resulting Ornstein–Uhlenbeck problem {@code dx = (f − k·x)dt + Σ_j G_ij dW_j} is solved
 * exactly in distribution for each component:
 *
 * <pre>
 *   x ← e^{−k·dt}·x + (1 − e^{−k·dt})/k · f + √((1 − e^{−2k·dt})/(2k)) · Σ_j G_ij·Z_j
 * </pre>
 *
 * It is exact for the OU process at any step, unconditionally stable for the decay part, and weak
 * order 1 when {@code f, k} depend on the state. Components sharing a Wiener process get the same
 * normal number, so their correlation within one step is approximated (exact when their decay
 * rates are equal).
 */
public final class ExponentialEuler implements SdeStepper {

    private double[] forcing = new double[0];
    private double[] rate = new double[0];
    private double[][] g = new double[0][0];

    @Override
    public void step(SdeEquations equations, double t, double dt, double[] x, double[] normals) {
        if (!(equations instanceof SemiLinearSde eq)) {
            throw new IllegalArgumentException("exponential Euler needs a SemiLinearSde, got "
                    + equations.getClass().getName());
        }
        int n = eq.dimension();
        int m = eq.noiseDimension();
        if (forcing.length != n || (n > 0 && g[0].length != m)) {
            forcing = new double[n];
            rate = new double[n];
            g = new double[n][m];
        }
        eq.split(t, x, forcing, rate);
        eq.diffusion(t, x, g);
        for (int i = 0; i < n; i++) {
            double noise = 0.0;
            double[] gi = g[i];
            for (int j = 0; j < m; j++) {
                noise += gi[j] * normals[j];
            }
            x[i] = advance(x[i], forcing[i], rate[i], dt, noise);
        }
        eq.constrain(x);
    }

    /**
     * The exact OU update of one component with frozen forcing {@code f}, decay {@code k ≥ 0} and
     * noise {@code noise = Σ_j G_ij·Z_j}. Shared by the single-person and the cohort steppers so
     * both do the same arithmetic in the same order.
     */
    public static double advance(double x, double f, double k, double dt, double noise) {
        double kdt = k * dt;
        if (kdt == 0.0) {
            return combine(1.0, dt, Math.sqrt(dt), x, f, noise);
        }
        double em1 = PortableExp.expm1Neg(kdt);
        double inv = 1.0 / k;
        return combine(1.0 + em1, -em1 * inv, Math.sqrt(-em1 * (2.0 + em1) * (0.5 * inv)), x, f, noise);
    }

    /**
     * The coefficients {decay, phi, psi} of {@link #advance} for a decay rate that does not change
     * between calls (computed once, applied with {@link #combine}, bit-identical to {@code advance}).
     */
    public static double[] coefficients(double k, double dt) {
        double kdt = k * dt;
        if (kdt == 0.0) {
            return new double[] {1.0, dt, Math.sqrt(dt)};
        }
        double em1 = PortableExp.expm1Neg(kdt);
        double inv = 1.0 / k;
        return new double[] {1.0 + em1, -em1 * inv, Math.sqrt(-em1 * (2.0 + em1) * (0.5 * inv))};
    }

    /** {@code decay·x + phi·f + psi·noise}. */
    public static double combine(double decay, double phi, double psi, double x, double f, double noise) {
        return decay * x + phi * f + psi * noise;
    }

    @Override
    public String name() {
        return "stochastic exponential Euler";
    }
}
