package org.senesim.trial.survival;

/**
 * Effect measures a trial report prints beside the hazard ratio, each with a Wald interval on the
 * scale where it is approximately normal.
 */
public final class Effects {

    private Effects() {
    }

    /** An estimate with its interval and two-sided p-value. */
    public record Estimate(double value, double lower, double upper, double p) {
    }

    /**
     * Poisson rate ratio a/ta ÷ b/tb with the interval exp(log RR ± z √(1/a + 1/b)); NaN when
     * either arm has no events.
     */
    public static Estimate rateRatio(long eventsA, double exposureA, long eventsB, double exposureB, double level) {
        if (eventsA == 0 || eventsB == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double log = Math.log((eventsA / exposureA) / (eventsB / exposureB));
        double se = Math.sqrt(1.0 / eventsA + 1.0 / eventsB);
        double z = Survival.zQuantile(level);
        return new Estimate(Math.exp(log), Math.exp(log - z * se), Math.exp(log + z * se), Survival.normalP(log / se));
    }

    /**
     * Difference of means A − B with a normal interval from the two sample variances (Welch's
     * standard error; trials here have hundreds to millions of people, so z rather than t).
     */
    public static Estimate meanDifference(double meanA, double varA, long nA, double meanB, double varB, long nB, double level) {
        double diff = meanA - meanB;
        double se = Math.sqrt(varA / nA + varB / nB);
        double z = Survival.zQuantile(level);
        return new Estimate(diff, diff - z * se, diff + z * se, se > 0 ? Survival.normalP(diff / se) : Double.NaN);
    }

    /** Mean of within-person differences A − B (n pairs, variance of the differences), normal interval. */
    public static Estimate pairedMeanDifference(double meanDiff, double varDiff, long n, double level) {
        double se = Math.sqrt(varDiff / n);
        double z = Survival.zQuantile(level);
        return new Estimate(meanDiff, meanDiff - z * se, meanDiff + z * se, se > 0 ? Survival.normalP(meanDiff / se) : Double.NaN);
    }

    /** Difference of restricted mean survival times A − B up to tau. */
    public static Estimate rmstDifference(KaplanMeier a, KaplanMeier b, double tau, double level) {
        double[] ra = a.restrictedMean(tau);
        double[] rb = b.restrictedMean(tau);
        double diff = ra[0] - rb[0];
        double se = Math.hypot(ra[1], rb[1]);
        double z = Survival.zQuantile(level);
        return new Estimate(diff, diff - z * se, diff + z * se, se > 0 ? Survival.normalP(diff / se) : Double.NaN);
    }

    /**
     * Number needed to treat at time t: 1 / (S_A(t) − S_B(t)), the reciprocal of the survival
     * difference, with Greenwood variances. When the interval of the difference crosses zero the
     * NNT interval runs through infinity (Altman 1998); then the bounds are returned as
     * (upper, lower) of the reciprocal, which a report prints as "NNT(benefit) … ∞ … NNT(harm)".
     */
    public static Estimate numberNeededToTreat(KaplanMeier a, KaplanMeier b, double t, double level) {
        double diff = a.survivalAt(t) - b.survivalAt(t);
        double se = Math.sqrt(a.varianceAt(t) + b.varianceAt(t));
        double z = Survival.zQuantile(level);
        double lo = diff - z * se;
        double hi = diff + z * se;
        return new Estimate(1.0 / diff, 1.0 / hi, 1.0 / lo, se > 0 ? Survival.normalP(diff / se) : Double.NaN);
    }
}
