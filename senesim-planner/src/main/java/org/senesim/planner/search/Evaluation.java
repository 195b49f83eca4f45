package org.senesim.planner.search;

/**
 * What one candidate scores: every objective to be minimised, and how far it breaks each
 * constraint (0 when it holds, a positive amount when it does not).
 */
public record Evaluation(double[] objectives, double[] violations) {

    public boolean feasible() {
        for (double v : violations) {
            if (v > 0) {
                return false;
            }
        }
        return true;
    }
}
