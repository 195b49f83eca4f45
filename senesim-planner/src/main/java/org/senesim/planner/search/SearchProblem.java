package org.senesim.planner.search;

import java.util.List;

/**
 * A multi-objective problem the Pareto search can solve: decision variables with ranges, named
 * objectives (all minimised) and constraints. The treatment planner and the analytic test problems
 * implement it alike, so a test on a problem with a known front exercises the planner's own search.
 *
 * <p>{@link #evaluate} must be a pure function of its argument: the search calls it from several
 * threads and relies on the same decisions always scoring the same.
 */
public interface SearchProblem {

    List<Decision> decisions();

    List<String> objectives();

    /** Number of constraints; each evaluation reports one violation per constraint. */
    int constraints();

    Evaluation evaluate(double[] decisions);
}
