package org.senesim.planner;

import org.senesim.planner.objective.Objective;
import org.senesim.planner.search.Candidate;
import org.senesim.planner.search.SearchResult;
import org.senesim.planner.space.Plan;

import java.util.List;

/**
 * One search's answer: under which evidence cut it ran, the problem it solved, every plan it
 * evaluated and the Pareto front, each front plan decoded.
 *
 * @param cut     the evidence cut in words ("every tier", "rct and stronger")
 * @param problem the problem (space, objectives, simulated outcomes)
 * @param result  everything evaluated, and the front
 * @param plans   the front's plans, in front order
 * @param screened true when the search judged plans on a screening fidelity: then the front's
 *                 figures (and the problem's outcomes) are the daily mean field's, while the
 *                 evaluated plans keep the screening's figures
 */
public record PlanFront(String cut, PlanProblem problem, SearchResult result, List<Plan> plans, boolean screened) {

    static PlanFront of(String cut, PlanProblem problem, SearchResult result, boolean screened) {
        List<Plan> plans = result.front().stream().map(c -> problem.space().decode(c.decisions())).toList();
        return new PlanFront(cut, problem, result, plans, screened);
    }

    public List<Objective> objectives() {
        return problem.objectiveList();
    }

    public List<Candidate> front() {
        return result.front();
    }
}
