package org.senesim.planner.report;

import org.senesim.planner.space.Plan;
import org.senesim.run.ArmRun;

import java.util.List;
import java.util.Map;

/**
 * A chosen plan's simulated lives beside the lives of the references it is judged against (no
 * treatment and the reactive pattern), all on the lattice patch with the re-check's replicate
 * seeds, so that every difference between them is the schedule's.
 *
 * @param plan       the chosen plan
 * @param cut        the evidence cut of the search that chose it
 * @param lives      the plan's lives, one per replicate seed
 * @param references reference label → its lives with the same seeds, in drawing order
 */
public record PlanLives(Plan plan, String cut, List<ArmRun> lives, Map<String, List<ArmRun>> references) {

    public PlanLives {
        lives = List.copyOf(lives);
        references = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(references));
    }
}
