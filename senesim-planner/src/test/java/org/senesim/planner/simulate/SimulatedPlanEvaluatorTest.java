package org.senesim.planner.simulate;

import org.junit.jupiter.api.Test;
import org.senesim.scenario.Catalog;
import org.senesim.planner.objective.Outcomes;
import org.senesim.planner.space.Plan;
import org.senesim.planner.space.PlannedCourse;
import org.senesim.run.Simulator;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedPlanEvaluatorTest {

    static final String PERSON = """
            name: planner-test
            duration: 6 years
            person: {age: 60 years, sex: female, fitzpatrick: 2}
            tissue: {dimension: 2D, size: [0.6 mm, 1.2 mm]}
            outputs: {every: 30 days}
            """;

    @Test
    void aPlanIsLoadedAsAProtocolAndItsLifeReadByColumnName() {
        SimulatedPlanEvaluator eval = new SimulatedPlanEvaluator(PERSON, "person.yaml", Simulator.patch(), new long[] {1, 2},
                new double[] {65}, null, org.senesim.run.ParameterDraws.NOMINAL);
        long t0 = System.nanoTime();
        Outcomes none = eval.evaluate(Plan.NONE);
        long t1 = System.nanoTime();
        PlannedCourse laser = new PlannedCourse(Catalog.builtIn().find("co2-fractional"), null, 60.5, 2, 42,
                Map.of("energy", 20.0, "coverage", 20.0, "passes", 1.0));
        Outcomes treated = eval.evaluate(new Plan(List.of(laser)));
        System.out.printf("one evaluation (2 seeds, 6 years, 2D 0.6 mm): %.2f s%n", (t1 - t0) / 1e9);

        assertThat(eval.outcomeNames()).contains("senescence", "kc", "ak", "frailty@65", "organs@65", "collagen@65", "elastin@65");
        assertThat(none.mean().keySet()).containsAll(eval.outcomeNames());
        // the plan reached the simulated skin (a wound changes its matrix), and the same plan lives the same life
        assertThat(treated.mean("collagen@65")).isNotEqualTo(none.mean("collagen@65"));
        assertThat(eval.evaluate(Plan.NONE).mean()).isEqualTo(none.mean());
        assertThat(none.low().get("ak")).isLessThanOrEqualTo(none.mean("ak"));
        assertThat(none.high().get("ak")).isGreaterThanOrEqualTo(none.mean("ak"));
    }
}
