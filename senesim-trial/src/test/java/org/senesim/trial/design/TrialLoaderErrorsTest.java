package org.senesim.trial.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.senesim.scenario.ScenarioException;

/** Every mistake in a trial file is one line naming file, line, column and key. */
class TrialLoaderErrorsTest {

    private static final String GOOD = """
            name: t
            population:
              size: 100
              age: {range: [60, 70]}
            arms:
              - {name: control}
              - name: dq
                treatments:
                  - {drug: dasatinib-quercetin, every: 4 weeks}
            endpoints:
              - {id: death, kind: death}
            """;

    @org.junit.jupiter.api.Test
    void theGoodFileLoadsOnTheReducedSkin() {
        Trial t = TrialLoader.parse(GOOD + "fidelity: reduced-skin\n", "t.yaml");
        assertThat(t.fidelity()).isEqualTo(Fidelity.REDUCED_SKIN);
        assertThat(t.arms().get(1).steps()).hasSize(1);
        Trial example = TrialLoader.load(java.nio.file.Path.of("..", "examples", "trials", "reduced-skin-laser-from-50.yaml"));
        assertThat(example.fidelity()).isEqualTo(Fidelity.REDUCED_SKIN);
        assertThat(example.arms().get(1).steps().get(0).entry()).isEqualTo("thulium-1927");
    }

    @org.junit.jupiter.api.Test
    void theGoodFileLoads() {
        Trial t = TrialLoader.parse(GOOD, "t.yaml");
        assertThat(t.arms()).hasSize(2);
        assertThat(t.arms().get(1).pulses().get(0).everyYears()).isEqualTo(28 / 365.25, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(t.primary()).isEqualTo("death");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "age: {range: [60, 70]}|age: {range: [70, 60]}|t.yaml:4:|population.age.range",
        "size: 100|size: -5|t.yaml:3:|population.size",
        "drug: dasatinib-quercetin|drug: dasatinib-quercitin|t.yaml:9:|did you mean dasatinib-quercetin",
        "every: 4 weeks|every: 2 days|t.yaml:9:|at least",
        "kind: death|kind: first_kc|t.yaml:11:|fidelity: mean-field",
        "kind: death|kind: dead|t.yaml:11:|unknown endpoint kind",
        "name: t|name: t\\nfidelity: reduced-skin\\nstep: 1 month|t.yaml:3:|whole days",
        "name: t|name: t\\nfidelity: reduced-skin\\ndesign: {type: split-body}|t.yaml:2:|split-body",
        "- {id: death, kind: death}|- {id: death, kind: death}\\n  - {id: ak, kind: first_ak}\\nfidelity: reduced-skin|t.yaml:12:|reduced skin",
        "name: t|name: t\\ncolour: red|t.yaml:2:|unknown key 'colour'",
        "name: dq|name: control|t.yaml:7:|named twice",
        "age: {range: [60, 70]}|age: {range: [60, 70]}\\n  diet: {vegan: 1}|t.yaml:5:|unknown diet",
        "age: {range: [60, 70]}|age: {range: [60, 70]}\\n  vary: [organism.nope]|t.yaml:5:|not a registry parameter",
        "age: {range: [60, 70]}|age: {mean: 65, sd: 5, min: 70, max: 60}|t.yaml:4:|min 70 is above max 60",
        "name: t|name: t\\ndesign: {eligibility: {min_age: 75}}|t.yaml:2:|no one can be enrolled: the population's ages run from 60 to 70",
        "name: t|name: t\\ndesign: {eligibility: {max_age: 55}}|t.yaml:2:|eligibility asks for at most 55",
        "name: t|name: t\\ndesign: {eligibility: {min_age: 65}, follow_up: {to_age: 64}}|t.yaml:2:|youngest eligible person is 65",
        "name: t|name: t\\nstep: 6 weeks|t.yaml:2:|outside 1 day to 1 month. Fix: give a duration from 1 day to 1 month",
        "size: 100|size: 1e9|t.yaml:3:|outside 1 to 100000000. Fix",
        "every: 4 weeks|every: 4 parsecs|t.yaml:9:|Fix: write a number and a unit",
    })
    void mistakesAreLocated(String from, String to, String where, String says) {
        String text = GOOD.replace(from, to.replace("\\n", "\n"));
        assertThat(text).isNotEqualTo(GOOD);
        assertThatThrownBy(() -> TrialLoader.parse(text, "t.yaml"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(where)
                .hasMessageContaining(says)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
