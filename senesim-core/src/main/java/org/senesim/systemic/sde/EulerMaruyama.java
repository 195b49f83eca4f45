package org.senesim.systemic.sde;

/**
 * The Euler–Maruyama scheme {@code x ← x + a(t,x)·dt + G(t,x)·√dt·Z}: weak order 1, strong order
 * ½ (1 for additive noise). Kept as the reference scheme and for the convergence tests; the
 * organism model uses {@link ExponentialEuler}, which stays stable at weekly steps.
 */
public final class EulerMaruyama implements SdeStepper {

    private double[] drift = new double[0];
    private double[][] g = new double[0][0];

    @Override
    public void step(SdeEquations eq, double t, double dt, double[] x, double[] normals) {
        int n = eq.dimension();
        int m = eq.noiseDimension();
        if (drift.length != n || (n > 0 && g[0].length != m)) {
            drift = new double[n];
            g = new double[n][m];
        }
        eq.drift(t, x, drift);
        eq.diffusion(t, x, g);
        double sq = Math.sqrt(dt);
        for (int i = 0; i < n; i++) {
            double noise = 0.0;
            double[] gi = g[i];
            for (int j = 0; j < m; j++) {
                noise += gi[j] * normals[j];
            }
            x[i] = x[i] + drift[i] * dt + noise * sq;
        }
        eq.constrain(x);
    }

    @Override
    public String name() {
        return "Euler-Maruyama";
    }
}
