package org.senesim.planner.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParetoSearchTest {

    private static final ParetoSearch SEARCH = new ParetoSearch();

    @Test
    void recoversTheKnownFrontOfZdt1() {
        SearchResult r = SEARCH.run(new Zdt1(30), new ParetoSearch.Settings(25_000, 100, 7, 2), ParetoSearch.Listener.NONE);

        assertThat(r.evaluated()).hasSizeGreaterThanOrEqualTo(25_000);
        List<Candidate> front = r.front();
        assertThat(front).hasSizeGreaterThan(50);
        for (Candidate c : front) {
            // every point of the found front lies on (or within 1 % of) the analytic front
            assertThat(c.objective(1) - Zdt1.trueF2(c.objective(0))).isBetween(0.0, 0.01);
        }
        // and the found front spans it end to end, with no gap wider than a tenth of f1
        assertThat(front.get(0).objective(0)).isLessThan(0.02);
        assertThat(front.get(front.size() - 1).objective(0)).isGreaterThan(0.98);
        for (int i = 1; i < front.size(); i++) {
            assertThat(front.get(i).objective(0) - front.get(i - 1).objective(0)).isLessThan(0.1);
        }
    }

    @Test
    void theSameSeedGivesTheSameSearchWithOneOrTwoThreads() {
        SearchResult one = SEARCH.run(new Zdt1(10), new ParetoSearch.Settings(2_000, 40, 11, 1), ParetoSearch.Listener.NONE);
        SearchResult two = SEARCH.run(new Zdt1(10), new ParetoSearch.Settings(2_000, 40, 11, 2), ParetoSearch.Listener.NONE);

        assertThat(two.evaluated()).hasSameSizeAs(one.evaluated());
        for (int i = 0; i < one.evaluated().size(); i++) {
            assertThat(two.evaluated().get(i).decisions()).containsExactly(one.evaluated().get(i).decisions());
        }
    }

    @Test
    void infeasibleCandidatesNeverReachTheFront() {
        // minimise (x, 1 − x) subject to x ≥ 0.5: the feasible front is x in [0.5, 1]
        SearchProblem constrained = new SearchProblem() {
            @Override public List<Decision> decisions() { return List.of(new Decision("x", 0, 1)); }
            @Override public List<String> objectives() { return List.of("x", "1-x"); }
            @Override public int constraints() { return 1; }
            @Override public Evaluation evaluate(double[] x) {
                return new Evaluation(new double[] {x[0], 1 - x[0]}, new double[] {Math.max(0, 0.5 - x[0])});
            }
        };
        SearchResult r = SEARCH.run(constrained, new ParetoSearch.Settings(1_000, 20, 3, 1), ParetoSearch.Listener.NONE);

        assertThat(r.evaluated()).anyMatch(c -> !c.feasible());
        assertThat(r.front()).isNotEmpty().allMatch(c -> c.decisions()[0] >= 0.5);
        assertThat(r.front().get(0).decisions()[0]).isLessThan(0.52);
    }
}
