package org.senesim.planner.objective;

import org.senesim.planner.space.Plan;

import java.util.Set;

/**
 * Simulates one person's life under a plan and says what it came to. Implementations must be pure
 * functions of the plan (same plan, same outcomes: the planner's seeds are fixed), because the
 * search evaluates candidates on several threads and compares them as if side by side.
 */
public interface PlanEvaluator {

    Outcomes evaluate(Plan plan);

    /** The outcome names {@link #evaluate} fills, so objectives can be checked before a search starts. */
    Set<String> outcomeNames();
}
