package org.senesim.planner.screen;

import org.senesim.planner.objective.Outcomes;
import org.senesim.planner.space.Plan;

/**
 * A plan of the screening search's front judged again on the daily mean-field skin: what the
 * screening saw of it, what the daily mean field says, and whether it stays on the front there
 * (another plan of the screening front may beat it on every objective once both are judged daily).
 *
 * @param cut          the search's evidence cut in words
 * @param plan         the plan
 * @param screened     outcomes on the screening fidelity (the search's fixed seeds)
 * @param daily        outcomes on the daily mean-field skin (the same seeds)
 * @param onDailyFront true when no other re-judged plan beats it on every objective
 */
public record ScreenedPlan(String cut, Plan plan, Outcomes screened, Outcomes daily, boolean onDailyFront) {
}
