package org.senesim.calibration.abc;

/**
 * How an ABC-SMC calibration runs.
 *
 * @param particles      accepted particles per generation (the posterior ensemble's size)
 * @param generations    most generations after the prior draw
 * @param quantile       each threshold is this weighted quantile of the previous generation's distances (0.5 usual)
 * @param minAcceptance  stop after a generation whose acceptance falls below this (the threshold no longer moves cheaply)
 * @param finalEpsilon   stop once a threshold reaches this distance (targets met on average within this many standard uncertainties)
 * @param batch          candidates run per batch (the unit the evaluator spreads over threads or an executor)
 * @param seed           seed of every draw
 */
public record AbcSettings(int particles, int generations, double quantile, double minAcceptance, double finalEpsilon,
                          int batch, long seed) {

    public AbcSettings {
        if (particles < 2 || generations < 0 || !(quantile > 0 && quantile < 1) || !(minAcceptance > 0 && minAcceptance < 1)
                || !(finalEpsilon >= 0) || batch < 1) {
            throw new IllegalArgumentException("ABC settings out of range: particles >= 2, generations >= 0,"
                    + " 0 < quantile < 1, 0 < min acceptance < 1, final epsilon >= 0, batch >= 1");
        }
    }

    /** Candidates of one generation after which it gives up (the acceptance is below the minimum). */
    public int evaluationCap() {
        return (int) Math.min(Integer.MAX_VALUE / 2, Math.ceil(particles / minAcceptance));
    }
}
