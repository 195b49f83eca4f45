package org.senesim.planner.search;

import java.util.List;

/**
 * Everything a search evaluated, in evaluation order, and the Pareto front among the feasible
 * candidates (candidates equal in every objective kept once, sorted by the first objective).
 */
public record SearchResult(List<Candidate> evaluated, List<Candidate> front) {

    /** The non-dominated feasible candidates of a list. */
    public static List<Candidate> front(List<Candidate> candidates) {
        ParetoFront front = new ParetoFront();
        candidates.forEach(front::offer);
        return front.sorted();
    }
}
