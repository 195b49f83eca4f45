package org.senesim.systemic.sde;

import org.junit.jupiter.api.Test;
import org.senesim.random.RandomStreams;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Weak convergence on the Ornstein–Uhlenbeck process {@code dX = −θX dt + σ dW}, whose law at time
 * T is known: mean {@code x0·e^{−θT}}, variance {@code σ²(1 − e^{−2θT})/(2θ)}.
 */
class OrnsteinUhlenbeckConvergenceTest {

    private static final double THETA = 1.0;
    private static final double SIGMA = 0.5;
    private static final double X0 = 1.0;
    private static final double T = 1.0;
    private static final int PATHS = 200_000;

    /** The OU process as semi-linear equations (forcing 0, decay θ, additive noise σ). */
    static final class OrnsteinUhlenbeck implements SemiLinearSde {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public int noiseDimension() {
            return 1;
        }

        @Override
        public void split(double t, double[] x, double[] forcing, double[] rate) {
            forcing[0] = 0.0;
            rate[0] = THETA;
        }

        @Override
        public void diffusion(double t, double[] x, double[][] out) {
            out[0][0] = SIGMA;
        }
    }

    private static double exactMean() {
        return X0 * Math.exp(-THETA * T);
    }

    private static double exactVariance() {
        return SIGMA * SIGMA * (1 - Math.exp(-2 * THETA * T)) / (2 * THETA);
    }

    /** {mean, variance} at T over PATHS paths with {@code steps} steps. */
    private static double[] moments(SdeStepper stepper, int steps, long seed) {
        OrnsteinUhlenbeck ou = new OrnsteinUhlenbeck();
        double dt = T / steps;
        double sum = 0;
        double sum2 = 0;
        double[] x = new double[1];
        double[] z = new double[1];
        for (int path = 0; path < PATHS; path++) {
            CounterNoise noise = new CounterNoise(seed, RandomStreams.ORGANISM_NOISE, path);
            x[0] = X0;
            for (int n = 0; n < steps; n++) {
                noise.fill(n, z);
                stepper.step(ou, n * dt, dt, x, z);
            }
            sum += x[0];
            sum2 += x[0] * x[0];
        }
        double mean = sum / PATHS;
        return new double[] {mean, sum2 / PATHS - mean * mean};
    }

    @Test
    void eulerMaruyamaConvergesWeaklyWithOrderOne() {
        int[] steps = {4, 8, 16};
        double[] meanErr = new double[steps.length];
        double[] varErr = new double[steps.length];
        for (int k = 0; k < steps.length; k++) {
            double[] m = moments(new EulerMaruyama(), steps[k], 11);
            meanErr[k] = Math.abs(m[0] - exactMean());
            varErr[k] = Math.abs(m[1] - exactVariance());
        }
        // Monte Carlo standard error of the mean ≈ 0.33/sqrt(2e5) = 7e-4, of the variance ≈ 3e-4;
        // the bias at dt = 1/4 is 0.05 (mean) and 0.014 (variance), so the ratios are clean.
        for (int k = 0; k + 1 < steps.length; k++) {
            assertThat(meanErr[k + 1]).isLessThan(meanErr[k]);
            assertThat(varErr[k + 1]).isLessThan(varErr[k]);
            assertThat(meanErr[k] / meanErr[k + 1]).as("mean error ratio when dt halves").isBetween(1.6, 2.6);
            assertThat(varErr[k] / varErr[k + 1]).as("variance error ratio when dt halves").isBetween(1.5, 2.8);
        }
    }

    @Test
    void exponentialSchemesAreExactForOrnsteinUhlenbeckAtAnyStep() {
        for (SdeStepper stepper : new SdeStepper[] {new ExponentialEuler(), new ExponentialMidpoint()}) {
            for (int steps : new int[] {1, 4}) {
                double[] m = moments(stepper, steps, 12);
                // within four Monte Carlo standard errors
                assertThat(Math.abs(m[0] - exactMean())).as(stepper.name())
                        .isLessThan(4 * Math.sqrt(exactVariance() / PATHS));
                assertThat(Math.abs(m[1] - exactVariance())).as(stepper.name())
                        .isLessThan(4 * exactVariance() * Math.sqrt(2.0 / PATHS));
            }
        }
    }
}
