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

    /**
     * A guess at what {@link #evaluate} will cost, in any unit (only the order matters): the search
     * starts a generation's dearest candidates first, so that no core waits at the end of it for one
     * long evaluation begun last. It changes no result. By default every evaluation costs the same.
     */
    default double cost(double[] decisions) {
        return 1.0;
    }
}
