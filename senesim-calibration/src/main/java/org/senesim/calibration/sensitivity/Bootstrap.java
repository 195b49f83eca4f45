package org.senesim.calibration.sensitivity;

import org.senesim.calibration.space.CalibrationStreams;
import org.senesim.random.CounterRandom;

import java.util.Arrays;

/**
 * Percentile bootstrap (Efron & Tibshirani 1993): resample the rows of an estimator's input with
 * replacement, recompute it, and read the 2.5th and 97.5th percentiles of the replicates. Resample
 * {@code b} draws row {@code j} from {@link CounterRandom} keyed by (seed,
 * {@link CalibrationStreams#SOBOL_BOOTSTRAP}, step b), so intervals are reproducible.
 */
final class Bootstrap {

    /** A statistic of the rows listed in {@code rows} (indices into the caller's data, repeats allowed). */
    @FunctionalInterface
    interface Statistic {
        double of(int[] rows);
    }

    private Bootstrap() {
    }

    /** {low, high} of the 95 % percentile interval of {@code statistic} over {@code resamples} resamples of n rows. */
    static double[] interval(int n, int resamples, long seed, Statistic statistic) {
        double[] reps = new double[resamples];
        int[] rows = new int[n];
        int kept = 0;
        for (int b = 0; b < resamples; b++) {
            long key = CounterRandom.key(seed, CalibrationStreams.SOBOL_BOOTSTRAP, b);
            for (int j = 0; j < n; j++) {
                rows[j] = (int) Math.floor(CounterRandom.uniform(key, j, 0) * n);
            }
            double v = statistic.of(rows);
            if (!Double.isNaN(v)) {
                reps[kept++] = v;
            }
        }
        if (kept < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] r = Arrays.copyOf(reps, kept);
        Arrays.sort(r);
        return new double[] {quantile(r, 0.025), quantile(r, 0.975)};
    }

    /** R-7 quantile of sorted values (as the uncertainty bands use). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
