package org.senesim.calibration.targets;

import org.junit.jupiter.api.Test;
import org.senesim.calibration.space.ParameterSpace;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.run.LocalExecutor;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Cohort figures through the run layer's executor: the same numbers as the cohort itself, on any thread count. */
class RunLayerEvaluatorTest {

    @Test
    void pointsRunThroughTheExecutorGiveTheCohortsOwnFiguresOnAnyThreadCount() {
        Scenario s = ScenarioLoader.parse("name: w\nseed: 4\nduration: 40 years\nperson: {species: human, sex: female,"
                + " age: 70 years}\noutputs: {every: 28 days}\n", "w.yaml");
        ParameterSpace space = ParameterSpace.select(ParameterRegistry.builtIn(),
                List.of("organism.production.eta.human", "organism.death.threshold"));
        List<Quantity> q = List.of(Quantity.parse("median_age_at_death"), Quantity.parse("survival_to_90"));
        double[][] points = {{0.1, 0.9}, {0.5, 0.5}, {0.9, 0.2}};
        double[][] one = new RunLayerEvaluator(s, space, q, 60, new LocalExecutor(1)).evaluate(points);
        double[][] two = new RunLayerEvaluator(s, space, q, 60, new LocalExecutor(2)).evaluate(points);
        assertThat(two).isDeepEqualTo(one);
        for (int k = 0; k < points.length; k++) {
            double[] direct = CohortFigures.compute(s, s.parameterSet().with(space.overrides(points[k]),
                    ParameterSet.Origin.SAMPLED), 60, q);
            assertThat(one[k]).containsExactly(direct);
        }
        // more production and a lower threshold: earlier deaths
        assertThat(one[2][0]).isLessThan(one[0][0]);
    }
}
