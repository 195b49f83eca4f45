package org.senesim.trial.results;

import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A trial's "rests on" names the organ figures a senolytic takes in people, each with its tier. */
class KillFiguresTest {

    private static final String DQ = "intervention.dq.kill_fraction";

    @Test
    void theOrganFiguresAndTheirTiersAreNamedAndASparedOrganOnlyOnce() {
        ParameterRegistry registry = ParameterRegistry.builtIn();
        ParameterSet base = registry.defaults();
        String text = String.join("; ", TrialOutput.killFigures(DQ, base, registry));
        assertThat(text).contains(DQ + ".human.rest = " + base.get(DQ + ".human.rest") + " ("
                + registry.get(DQ + ".human.rest").tier() + ")");
        assertThat(text).contains(DQ + ".human.skin = " + base.get(DQ + ".human.skin"));
        assertThat(text).contains("none in liver, muscle, brain");

        // the rest of the body's figure acts on its reachable share, named with its tier
        String share = "intervention.senolytic.reachable_share.human.rest";
        assertThat(text).contains(share + " = " + base.get(share) + " (" + registry.get(share).tier() + ")");
        // under a cut to human evidence the animal-tier share is set to neutral (nothing reachable), and says so
        List<String> cut = TrialOutput.killFigures(DQ, base.withMinimumTier(EvidenceTier.HUMAN_OBSERVATIONAL), registry);
        assertThat(String.join("; ", cut)).contains(share + " = 0.0 (animal) — neutralised by the evidence cut");
    }

    @Test
    void repeatedSenolyticCoursesCarryTheCaveatThatTheyCompoundAndASingleCourseDoesNot() {
        String arms = """
                name: t
                population: {size: 10, seed: 1, age: 70}
                design: {type: counterfactual, follow_up: {years: 5}}
                arms:
                  - {name: control}
                  - name: dq
                    treatments: [{drug: dasatinib-quercetin, %s}]
                endpoints: [{id: death, kind: death}]
                """;
        var repeated = org.senesim.trial.design.TrialLoader.parse(arms.formatted("every: 4 weeks"), "t.yaml");
        assertThat(TrialOutput.repeatedCourses(repeated)).contains("Repeated courses of dasatinib-quercetin")
                .contains("no human survival data");
        var once = org.senesim.trial.design.TrialLoader.parse(arms.formatted("start: 0 years"), "t.yaml");
        assertThat(TrialOutput.repeatedCourses(once)).isNull();
    }
}
