package org.senesim.planner.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The non-dominated feasible candidates seen so far, kept up to date one candidate at a time
 * (cost proportional to the front, not to everything evaluated). Candidates equal in every
 * objective are kept once: the first one evaluated.
 */
final class ParetoFront {

    private final List<Candidate> members = new ArrayList<>();

    void offer(Candidate c) {
        if (!c.feasible()) {
            return;
        }
        for (Candidate m : members) {
            if (m.dominates(c) || Arrays.equals(m.evaluation().objectives(), c.evaluation().objectives())) {
                return;
            }
        }
        members.removeIf(c::dominates);
        members.add(c);
    }

    int size() {
        return members.size();
    }

    /** The front sorted by the first objective, ties by evaluation order. */
    List<Candidate> sorted() {
        List<Candidate> out = new ArrayList<>(members);
        out.sort(Comparator.comparingDouble((Candidate c) -> c.objective(0)).thenComparingInt(Candidate::index));
        return List.copyOf(out);
    }
}
