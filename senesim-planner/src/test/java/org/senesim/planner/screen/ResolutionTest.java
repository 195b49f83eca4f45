package org.senesim.planner.screen;

import org.junit.jupiter.api.Test;
import org.senesim.planner.objective.Objective;
import org.senesim.planner.search.Candidate;
import org.senesim.planner.search.Evaluation;
import org.senesim.planner.search.SearchResult;
import org.senesim.planner.simulate.Screening;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ResolutionTest {

    private static final List<Objective> SEN_KC_COST = Objective.parse("senescence,kc,cost");

    private static Candidate plan(int index, double... objectives) {
        return new Candidate(index, new double[] {index}, new Evaluation(objectives, new double[0]));
    }

    /** A figure {@code within} (0 to 1) of the way through the log-scale box of width {@code r} that holds {@code near}. */
    private static double inBox(double near, double r, double within) {
        double k = Math.floor(Math.log(near) / Math.log1p(r));
        return Math.pow(1 + r, k + within);
    }

    @Test
    void anExactResolutionKeepsTheWholeFront() {
        List<Candidate> front = List.of(plan(0, 0.050, 1e-4, 300), plan(1, 0.0501, 0.9e-4, 300));
        Resolution exact = new Resolution(SEN_KC_COST, new double[3]);
        assertThat(exact.exact()).isTrue();
        assertThat(exact.thin(front)).containsExactlyElementsOf(front);
    }

    @Test
    void plansOneBoxApartInASimulatedObjectiveAreBothKeptButNeighboursWithinABoxAreNot() {
        Resolution r = new Resolution(SEN_KC_COST, new double[] {0.01, 0.05, 0});
        // same fees; senescence and kc within one box each, neither plan better in both: the plan nearer the box's best corner stays
        Candidate a = plan(0, inBox(0.05, 0.01, 0.2), inBox(1e-4, 0.05, 0.5), 500);
        Candidate b = plan(1, inBox(0.05, 0.01, 0.6), inBox(1e-4, 0.05, 0.3), 500);
        assertThat(SearchResult.front(List.of(a, b))).hasSize(2);
        assertThat(r.box(0, a.objective(0))).isEqualTo(r.box(0, b.objective(0)));
        assertThat(r.thin(List.of(a, b))).containsExactly(a);   // offsets 0.2 + 0.5 against 0.6 + 0.3
        // 3 % lower senescence is three boxes down: a plan that buys it at a higher fee stays beside the cheaper one
        Candidate c = plan(2, a.objective(0) / 1.03, a.objective(1), 900);
        assertThat(r.thin(List.of(a, c))).containsExactly(a, c);
    }

    @Test
    void aDearerPlanBetterByLessThanTheScatterIsLeftToTheCheaperOne() {
        Resolution r = new Resolution(SEN_KC_COST, new double[] {0.01, 0.05, 0});
        Candidate cheap = plan(0, inBox(0.05, 0.01, 0.5), 1.0e-4, 400);
        Candidate dear = plan(1, inBox(0.05, 0.01, 0.4), 1.0e-4, 900);   // better by 0.1 %: within the screening's scatter
        assertThat(SearchResult.front(List.of(cheap, dear))).hasSize(2);
        assertThat(r.thin(List.of(cheap, dear))).containsExactly(cheap);
    }

    @Test
    void aBenefitKeepsItsDirectionAndAZeroBurdenIsTheBestBox() {
        List<Objective> objectives = Objective.parse("collagen@60,cost");
        Resolution r = new Resolution(objectives, new double[] {0.01, 0});
        // collagen is negated to be minimised: more collagen is a lower box
        assertThat(r.box(0, -0.80)).isLessThan(r.box(0, -0.70));
        Candidate free = plan(0, -inBox(0.70, 0.01, 0.2), 0);
        Candidate paid = plan(1, -0.80, 2000);
        Candidate paidWithin = plan(2, -inBox(0.70, 0.01, 0.3), 2500);   // 0.1 % more collagen than the free plan, and dearer
        assertThat(r.thin(SearchResult.front(List.of(free, paid, paidWithin)))).containsExactly(paid, free);
    }

    /**
     * The promise the report makes, on random fronts: every plan left out has a kept plan no worse
     * in any exact objective and no more than one box worse... in fact no worse by box in any
     * objective, so better than it by less than one box's width where it is better at all.
     */
    @Test
    void everyPlanLeftOutHasAKeptPlanNoWorseBoxByBox() {
        SplittableRandom random = new SplittableRandom(21);
        Resolution r = new Resolution(SEN_KC_COST, new double[] {0.01, 0.05, 0});
        for (int trial = 0; trial < 50; trial++) {
            List<Candidate> all = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                double t = random.nextDouble();
                // a trade-off surface with noise: more spending, less senescence and fewer carcinomas
                all.add(plan(i, 0.05 + 0.02 * t * random.nextDouble(), 1e-4 * Math.exp(3 * random.nextDouble() * t),
                        Math.round(5000 * (1 - t)) / 10.0 * 10));
            }
            List<Candidate> front = SearchResult.front(all);
            List<Candidate> kept = r.thin(front);
            assertThat(kept).isNotEmpty().isSubsetOf(front).hasSizeLessThanOrEqualTo(front.size());
            for (Candidate d : front) {
                boolean covered = kept.stream().anyMatch(k -> {
                    for (int j = 0; j < 3; j++) {
                        if (r.box(j, k.objective(j)) > r.box(j, d.objective(j))) {
                            return false;
                        }
                    }
                    return true;
                });
                assertThat(covered).as("plan %d of trial %d", d.index(), trial).isTrue();
            }
            // no kept box beats another kept box: the kept plans are ε-non-dominated
            for (Candidate a : kept) {
                for (Candidate b : kept) {
                    if (a != b) {
                        boolean allNoWorse = true;
                        for (int j = 0; j < 3; j++) {
                            allNoWorse &= r.box(j, a.objective(j)) <= r.box(j, b.objective(j));
                        }
                        assertThat(allNoWorse).isFalse();
                    }
                }
            }
            assertThat(r.thin(front)).containsExactlyElementsOf(kept);   // deterministic
        }
    }

    @Test
    void theScreeningsScatterIsZeroForWhatThePlanItselfFixes() {
        double[] weekly = Screening.COARSE_WEEKLY.scatter(Objective.parse("senescence,kc,uv,sessions,downtime,cost"));
        assertThat(weekly[0]).isPositive();
        assertThat(weekly[1]).isPositive();
        assertThat(weekly).endsWith(0, 0, 0, 0);
        assertThat(Screening.MEAN_FIELD.scatter(SEN_KC_COST)).containsOnly(0);
        assertThat(new Resolution(Objective.parse("senescence,kc,cost"), weekly = Screening.COARSE_WEEKLY.scatter(SEN_KC_COST))
                .describe()).isEqualTo("senescence 0.8 %, kc 4 %, cost exact");
    }

    /** The scatter the resolutions come from: a bias shared by every plan is no scatter; a plan that strays is. */
    @Test
    void theScreeningsScatterIgnoresACommonBiasAndMeasuresWhatStrays() {
        double[] screened = {1, 2, 3, 4, 5};
        assertThat(ScreeningError.scatter(screened, new double[] {2, 4, 6, 8, 10})).isZero();
        // daily / screened = 2, 2, 2.2, 1.8, 2: |r / 2 - 1| = 0, 0, 0.1, 0.1, 0, median 0
        assertThat(ScreeningError.scatter(screened, new double[] {2, 4, 6.6, 7.2, 10})).isZero();
        // 2, 2.2, 2.2, 1.8, 1.8 around a median of 2: 0, 0.1, 0.1, 0.1, 0.1, median 0.1
        assertThat(ScreeningError.scatter(screened, new double[] {2, 4.4, 6.6, 7.2, 9})).isCloseTo(0.1, within(1e-12));
        // plans at zero under either fidelity say nothing about relative error
        assertThat(ScreeningError.scatter(new double[] {0, 0}, new double[] {1, 0})).isNaN();
    }

    @Test
    void aResolutionOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new Resolution(SEN_KC_COST, new double[] {0.01, 1.5, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1)");
        assertThatThrownBy(() -> new Resolution(SEN_KC_COST, new double[] {0.01}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
