package org.senesim.planner.report;

import org.senesim.planner.objective.Outcomes;
import org.senesim.planner.space.Plan;

/**
 * A front plan simulated again on the lattice patch with replicate seeds, beside what the search
 * saw of it with its fixed seeds on its own skin model (the mean-field skin by default, or the same patch).
 *
 * @param plan      the plan
 * @param searched  outcomes the search judged it by (its fixed seeds)
 * @param lattice   outcomes on the lattice patch (means and seed range over the replicates)
 */
public record Recheck(Plan plan, Outcomes searched, Outcomes lattice) {

    /** Relative disagreement allowed before the report flags a disagreement. */
    public static final double AGREEMENT = 0.10;

    /**
     * True when the lattice's value lies within the agreement margin of the search's, or inside the
     * lattice's own seed range (then the skins differ by less than the patch's noise).
     */
    public boolean agrees(String outcome) {
        double s = searched.mean(outcome);
        double l = lattice.mean(outcome);
        double scale = Math.max(Math.abs(s), Math.abs(l));
        if (scale == 0 || Math.abs(s - l) <= AGREEMENT * scale) {
            return true;
        }
        return s >= lattice.low().get(outcome) && s <= lattice.high().get(outcome);
    }
}
