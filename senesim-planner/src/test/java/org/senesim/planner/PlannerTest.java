package org.senesim.planner;

import org.junit.jupiter.api.Test;
import org.senesim.planner.objective.Objective;
import org.senesim.planner.space.Burdens;
import org.senesim.planner.space.Plan;
import org.senesim.planner.space.PlannedCourse;
import org.senesim.scenario.Catalog;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlannerTest {

    /** A fair woman in the subtropics, a year on a narrow section of skin: short, so the search stays small. */
    static final String PERSON = """
            name: sunny-60
            duration: 1 year
            seed: 5
            person: {age: 60 years, sex: female, fitzpatrick: 1, latitude: -27, outdoor_hours: 3}
            tissue: {dimension: 2D, size: [0.2 mm, 1.2 mm]}
            outputs: {every: 60 days}
            """;

    /*
     * The objective is the UV dose the skin receives, which the exposure model gives without noise. Lesion counts
     * on a lattice this small are not monotone in SPF above about 30 (seed noise: a change of exposure changes
     * which cells are hit, and the patch's chaos amplifies it; measured at SPF 30, 50, 63, 80, 100), so a search
     * on them finds a noise-chosen plan: see docs/planner.md.
     */
    @Test
    void aSunscreenOnlySpaceFindsTheDominantPlanDailyFullAdherenceHighestSpf() {
        Planner.Request r = new Planner.Request(PERSON, "sunny-60.yaml", List.of(Catalog.builtIn().find("sunscreen")), 60, 61,
                Objective.parse("uv,sessions"), 10, 1e9, 800, 20, new long[] {5}, new long[] {5}, 0, null, 7, 2, org.senesim.run.ParameterDraws.NOMINAL,
                org.senesim.run.Fidelity.PATCH, org.senesim.planner.simulate.Screening.MEAN_FIELD, 1);
        Planner.Result result = new Planner(Burdens.builtIn()).plan(r, (cut, done, budget, front) -> { });

        PlanFront f = result.fronts().get(0);
        // a lifestyle change has no sessions, so the front collapses onto the least UV: the most protective plan
        Plan best = f.plans().get(0);
        assertThat(best.courses()).hasSize(1);
        PlannedCourse c = best.courses().get(0);
        assertThat(c.startAgeYears()).as("from enrolment").isLessThan(60.1);
        assertThat((Double) c.settings().get("adherence")).as("adherence").isGreaterThan(0.95);
        assertThat((Double) c.settings().get("spf")).as("spf").isGreaterThan(90.0);
        assertThat(f.plans()).hasSize(1);
        // and it beats the catalog's typical use (SPF 30 on 70 % of outdoor time from the start)
        PlannedCourse typical = new PlannedCourse(c.entry(), null, 60, 1, 0, java.util.Map.of("spf", 30.0, "adherence", 0.7));
        assertThat(f.problem().outcomes(best).mean("uv")).isLessThan(f.problem().outcomes(new Plan(List.of(typical))).mean("uv"));
    }

    @Test
    void referencesAreNoTreatmentAndTheFlagshipsReactivePatternWhenItFallsInsideTheFollowUp() {
        List<org.senesim.scenario.Arm> young = References.arms(35, 85);
        assertThat(young).extracting(org.senesim.scenario.Arm::name).containsExactly("no-treatment", "reactive");
        assertThat(young.get(1).courses()).isNotEmpty();
        assertThat(References.arms(61, 85)).extracting(org.senesim.scenario.Arm::name).containsExactly("no-treatment");
        assertThat(References.arms(35, 59)).extracting(org.senesim.scenario.Arm::name).containsExactly("no-treatment");
    }
}
