package org.senesim.planner.screen;

import org.junit.jupiter.api.Test;
import org.senesim.planner.PlanFront;
import org.senesim.planner.PlanProblem;
import org.senesim.planner.Planner;
import org.senesim.planner.objective.Objective;
import org.senesim.planner.search.Candidate;
import org.senesim.planner.simulate.Screening;
import org.senesim.planner.simulate.SimulatedPlanEvaluator;
import org.senesim.planner.space.Burdens;
import org.senesim.planner.space.PlanSpace;
import org.senesim.run.Fidelity;
import org.senesim.run.ParameterDraws;
import org.senesim.scenario.Catalog;
import org.senesim.scenario.CatalogEntry;
import org.senesim.scenario.ScenarioLoader;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScreeningTest {

    /**
     * examples/plan-35.yaml's person on its 0.2 × 1.2 mm section, followed 10 years instead of 50 so that
     * 16 plans on both fidelities take seconds (a 35–45 life costs a fraction of a 35–85 one: the
     * division histograms are still narrow). The 50-year figures come from 'senesim bench plan --compare'.
     */
    static final String PERSON_35 = """
            name: plan-35-short
            duration: 10 years
            seed: 35
            person: {age: 35 years, sex: female, fitzpatrick: 2, latitude: -34, outdoor_hours: 1.5, smoking: 0}
            tissue: {dimension: 2D, size: [0.2 mm, 1.2 mm]}
            outputs: {every: 90 days}
            """;

    static final String MENU = "thulium-1927,erbium-glass-1550,co2-fractional,microneedling,photobiomodulation,sunscreen";

    private static List<CatalogEntry> menu() {
        List<CatalogEntry> out = new ArrayList<>();
        for (String id : MENU.split(",")) {
            out.add(Catalog.builtIn().find(id));
        }
        return out;
    }

    private static PlanProblem problem(PlanSpace space, Screening screening) {
        return new PlanProblem(space, Objective.parse("senescence,kc,cost"), new SimulatedPlanEvaluator(PERSON_35, "plan-35-short.yaml",
                Fidelity.MEAN_FIELD, new long[] {35}, new double[0], null, ParameterDraws.NOMINAL, screening),
                Burdens.builtIn(), 20, 50_000);
    }

    /*
     * Measured, then set (2026-12-06): on this sample (16 plans, sample seed 35) the first measurement gave
     * Spearman 0.997 for the senescent fraction and 0.44 for carcinomas, and the screening's front held all 5
     * plans of the daily front (with 24 plans: 0.990, 0.61, 5 of 5; over the full 50 years, 100 plans: 0.989,
     * 0.983, 8 of 8, docs/planner.md). Carcinomas over a short follow-up are the screening's weak point:
     * plans with repeated ablative CO2 sessions raise them on the daily 20 µm grid and lower them on the 60 µm
     * one. The bounds sit below the figures: a screening that loses a treatment's effect on the senescent
     * fraction, or turns the carcinoma order round, fails; the figures themselves are not a target.
     */
    @Test
    void theCoarseScreeningChangesTheFiguresButOrdersASampleOfPlan35PlansAsTheDailyMeanFieldDoes() {
        PlanSpace space = new PlanSpace(menu(), 35, 45, 20);
        PlanProblem coarse = problem(space, Screening.COARSE_DEPTH);
        PlanProblem daily = problem(space, Screening.MEAN_FIELD);
        ordersTheSampleAsTheDailyMeanFieldDoes(coarse, daily, "coarse-depth");
        // the screening is a different model, not the daily mean field under another name
        var plan = space.decode(ScreeningError.sample(space.decisions(), 1, 35).get(0));
        assertThat(coarse.outcomes(plan).mean("kc")).isNotEqualTo(daily.outcomes(plan).mean("kc"));
    }

    /*
     * The weekly screening on the same sample, measured first (2026-12-07): Spearman 0.994 for the senescent
     * fraction and 0.997 for carcinomas, the daily front's 6 plans all on the screening's front (the coarse
     * grid stepped daily gave 0.997, 0.988 and 6 of 6 the same day). The same bounds as the coarse grid's:
     * it is that grid stepped in weekly strides.
     */
    @Test
    void theWeeklyScreeningOrdersTheSameSampleAsTheDailyMeanFieldDoes() {
        PlanSpace space = new PlanSpace(menu(), 35, 45, 20);
        PlanProblem weekly = problem(space, Screening.COARSE_WEEKLY);
        PlanProblem daily = problem(space, Screening.MEAN_FIELD);
        ordersTheSampleAsTheDailyMeanFieldDoes(weekly, daily, "coarse-weekly");
        // and it is neither the daily mean field nor the daily coarse grid
        var plan = space.decode(ScreeningError.sample(space.decisions(), 1, 35).get(0));
        assertThat(weekly.outcomes(plan).mean("senescence")).isNotEqualTo(daily.outcomes(plan).mean("senescence"))
                .isNotEqualTo(problem(space, Screening.COARSE_DEPTH).outcomes(plan).mean("senescence"));
    }

    /** The screening's error on the 16-plan sample (sample seed 35), held to the bounds set from the first measurement. */
    private static void ordersTheSampleAsTheDailyMeanFieldDoes(PlanProblem screened, PlanProblem daily, String name) {
        ScreeningError e = ScreeningError.measure(screened, daily, 16, 35, 2);
        System.out.println(name + ", plan-35 over 10 years: " + e.describe());
        assertThat(e.objectives()).containsExactly("senescence", "kc");
        assertThat(e.spearman("senescence")).isGreaterThanOrEqualTo(0.95);
        assertThat(e.spearman("kc")).isGreaterThanOrEqualTo(0.3);
        assertThat(e.recoveredShare()).isGreaterThanOrEqualTo(0.6);
    }

    /** A fair woman in the subtropics, one year: a search of a few generations takes seconds. */
    static final String PERSON_60 = """
            name: sunny-60
            duration: 1 year
            seed: 5
            person: {age: 60 years, sex: female, fitzpatrick: 1, latitude: -27, outdoor_hours: 3}
            tissue: {dimension: 2D, size: [0.2 mm, 1.2 mm]}
            outputs: {every: 60 days}
            """;

    private static Planner.Result plan(int threads) {
        return plan(threads, 1);
    }

    private static Planner.Result plan(int threads, double resolution) {
        Planner.Request r = new Planner.Request(PERSON_60, "sunny-60.yaml", List.of(Catalog.builtIn().find("thulium-1927"),
                Catalog.builtIn().find("sunscreen")), 60, 61, Objective.parse("senescence,kc,cost"), 10, 1e9, 24, 8,
                new long[] {5}, new long[] {5}, 0, null, 7, threads, ParameterDraws.NOMINAL, Fidelity.MEAN_FIELD,
                Screening.COARSE_DEPTH, resolution);
        return new Planner(Burdens.builtIn()).plan(r, (cut, done, budget, front) -> { });
    }

    @Test
    void aScreenedSearchIsJudgedAgainOnTheDailyMeanFieldTheSameOnAnyThreadCount() {
        Planner.Result one = plan(1);
        Planner.Result two = plan(2);
        PlanFront f = one.fronts().get(0);
        assertThat(f.screened()).isTrue();
        assertThat(one.screened()).isNotEmpty();
        // the front's figures are the daily mean field's: the front problem judges each front plan to the same numbers
        for (Candidate c : f.front()) {
            assertThat(f.problem().evaluate(c.decisions()).objectives()).containsExactly(c.evaluation().objectives());
        }
        for (ScreenedPlan p : one.screened()) {
            assertThat(p.daily().mean()).isEqualTo(f.problem().outcomes(p.plan()).mean());
        }
        assertThat(one.screened().stream().filter(ScreenedPlan::onDailyFront).count()).isEqualTo(f.front().size());
        // bit for bit on any thread count: everything evaluated, the daily front, the re-judged plans
        PlanFront g = two.fronts().get(0);
        assertThat(g.result().evaluated()).hasSameSizeAs(f.result().evaluated());
        for (int i = 0; i < f.result().evaluated().size(); i++) {
            assertThat(g.result().evaluated().get(i).evaluation().objectives())
                    .containsExactly(f.result().evaluated().get(i).evaluation().objectives());
        }
        assertThat(g.front()).hasSameSizeAs(f.front());
        for (int i = 0; i < f.front().size(); i++) {
            assertThat(g.front().get(i).index()).isEqualTo(f.front().get(i).index());
            assertThat(g.front().get(i).evaluation().objectives()).containsExactly(f.front().get(i).evaluation().objectives());
        }
        assertThat(two.screened()).hasSameSizeAs(one.screened());
        for (int i = 0; i < one.screened().size(); i++) {
            assertThat(two.screened().get(i).screened().mean()).isEqualTo(one.screened().get(i).screened().mean());
            assertThat(two.screened().get(i).onDailyFront()).isEqualTo(one.screened().get(i).onDailyFront());
        }
    }

    @Test
    void theScreeningFrontIsThinnedToItsScatterBeforeItIsJudgedAgainAndResolutionZeroJudgesItAll() {
        Planner.Result all = plan(2, 0);
        Planner.Result thinned = plan(2, 1);
        Thinning none = all.thinning().get(0);
        Thinning boxes = thinned.thinning().get(0);
        // the same search: the same screening front either way
        assertThat(boxes.screenedFront()).isEqualTo(none.screenedFront()).isEqualTo(all.screened().size());
        assertThat(none.judged()).isEqualTo(none.screenedFront());
        assertThat(none.resolution()).isEqualTo("senescence exact, kc exact, cost exact");
        assertThat(boxes.resolution()).isEqualTo("senescence 0.6 %, kc 6 %, cost exact");
        assertThat(boxes.judged()).isEqualTo(thinned.screened().size()).isLessThanOrEqualTo(none.judged()).isPositive();
        // every plan judged again under thinning was judged again, to the same figures, without it
        for (ScreenedPlan p : thinned.screened()) {
            assertThat(all.screened().stream().filter(q -> q.plan().describe().equals(p.plan().describe()))
                    .map(q -> q.daily().mean("senescence"))).containsExactly(p.daily().mean("senescence"));
        }
    }

    @Test
    void aPatchTooSmallToCoarsenIsRefusedWithAFix() {
        var narrow = ScenarioLoader.parse("""
                name: narrow
                duration: 1 year
                person: {age: 60 years}
                tissue: {dimension: 2D, size: [0.08 mm, 1.2 mm]}
                """, "narrow.yaml");
        assertThatThrownBy(() -> Screening.COARSE_DEPTH.apply(narrow)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be made coarser").hasMessageContaining("Fix:");
        assertThat(Screening.COARSE_DEPTH.apply(person35()).tissue().nz()).isEqualTo(20);
        assertThat(Screening.MEAN_FIELD.apply(person35()).tissue().nz()).isEqualTo(60);
        assertThatThrownBy(() -> Screening.parse("weekly")).hasMessageContaining("Fix:");
    }

    private static org.senesim.scenario.Scenario person35() {
        return ScenarioLoader.parse(PERSON_35, "plan-35-short.yaml");
    }
}
