package org.senesim.trial.survival;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;

/** Shared checks and distribution quantiles for the survival estimators. */
public final class Survival {

    private static final NormalDistribution NORMAL = new NormalDistribution(0.0, 1.0);

    private Survival() {
    }

    static void check(double[] time, boolean[] event) {
        if (time.length != event.length) {
            throw new IllegalArgumentException("time and event differ in length: " + time.length + " vs " + event.length);
        }
        for (double t : time) {
            if (!(t >= 0.0) || Double.isInfinite(t)) {
                throw new IllegalArgumentException("follow-up times must be finite and >= 0, got " + t);
            }
        }
    }

    /** Two-sided normal quantile for a confidence level, e.g. 1.959963984540054 for 0.95. */
    public static double zQuantile(double level) {
        return NORMAL.inverseCumulativeProbability(0.5 + level / 2.0);
    }

    /** Two-sided p-value of a standard normal statistic. */
    public static double normalP(double z) {
        return 2.0 * NORMAL.cumulativeProbability(-Math.abs(z));
    }

    /** Upper tail of a chi-squared statistic. */
    public static double chiSquaredP(double chisq, int df) {
        return 1.0 - new ChiSquaredDistribution(df).cumulativeProbability(chisq);
    }
}
