package org.senesim.engine;

import org.junit.jupiter.api.Test;
import org.senesim.observe.TimeSeries;
import org.senesim.parallel.Workers;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioException;
import org.senesim.scenario.ScenarioLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Transplant experiments as scenario entries (Xu 2018, Franco 2025). */
class ExperimentsTest {

    private static final String MOUSE = """
            name: franco
            seed: 2
            duration: 6 months
            person: {species: mouse, sex: male, age: 3 months}
            outputs: {every: 7 days}
            """;

    private static double meanAfter(String yaml, String column, double fromAge) {
        Scenario s = ScenarioLoader.parse(yaml, "x.yaml");
        RunResult r;
        try (Workers w = new Workers(1)) {
            r = TissueSimulation.run(s, s.parameterSet(), w, ProgressListener.NONE);
        }
        TimeSeries ts = r.series();
        int k = ts.indexOf(column);
        double sum = 0;
        int n = 0;
        for (int row = 0; row < ts.rows(); row++) {
            if (ts.age(row) > fromAge) {
                sum += ts.value(row, k);
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void intradermalSenescentCellsInAYoungMouseRaiseBrainSenescenceLater() {
        double control = meanAfter(MOUSE, "burden_brain", 0.3);
        double injected = meanAfter(MOUSE + "experiments: [{inject: 1.0e6, into: skin, at: 3.5 months}]\n",
                "burden_brain", 0.3);
        assertThat(injected).isGreaterThan(control);
    }

    @Test
    void humanSkinInjectionReachesThePatch() {
        String human = """
                name: human
                seed: 2
                duration: 1 years
                person: {age: 40 years}
                tissue: {dimension: 2D, size: [1 mm, 1.2 mm], voxel: 20 um}
                outputs: {every: 7 days}
                """;
        double control = meanAfter(human, "senescent_fraction", 40.1);
        double injected = meanAfter(human + "experiments: [{inject: 2.0e9, into: skin, at: 40.05 years}]\n",
                "senescent_fraction", 40.1);
        assertThat(injected).isGreaterThan(control);
    }

    @Test
    void badExperimentsAreReportedWithTheirPlace() {
        assertThatThrownBy(() -> Experiments.of(ScenarioLoader.parse(MOUSE
                + "experiments: [{inject: 1.0e6, into: spleen, at: 4 months}]\n", "x.yaml")))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("x.yaml:6:")
                .hasMessageContaining("one of skin, liver");
        assertThatThrownBy(() -> Experiments.of(ScenarioLoader.parse(MOUSE
                + "experiments: [{inject: 1.0e6, into: skin, at: 2 years}]\n", "x.yaml")))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("outside the run");
        assertThatThrownBy(() -> Experiments.of(ScenarioLoader.parse(MOUSE
                + "experiments: [{inject: lots, into: skin, at: 4 months}]\n", "x.yaml")))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("number of senescent cells");
        assertThatThrownBy(() -> Experiments.of(ScenarioLoader.parse(MOUSE
                + "experiments: [{inject: 1.0e6, int: skin, at: 4 months}]\n", "x.yaml")))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("did you mean 'into'");
    }
}
