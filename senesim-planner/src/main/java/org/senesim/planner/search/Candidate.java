package org.senesim.planner.search;

/** One evaluated point of a search, in the order the search evaluated it. */
public record Candidate(int index, double[] decisions, Evaluation evaluation) {

    public double objective(int i) {
        return evaluation.objectives()[i];
    }

    public boolean feasible() {
        return evaluation.feasible();
    }

    /** True when this is no worse in every objective and better in one (both feasible). */
    public boolean dominates(Candidate other) {
        double[] a = evaluation.objectives();
        double[] b = other.evaluation.objectives();
        boolean better = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) {
                return false;
            }
            if (a[i] < b[i]) {
                better = true;
            }
        }
        return better;
    }
}
