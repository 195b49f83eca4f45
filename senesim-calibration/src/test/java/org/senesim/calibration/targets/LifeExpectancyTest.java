package org.senesim.calibration.targets;

import org.junit.jupiter.api.Test;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** "Life expectancy at x" as a target: the same cohort's mean age at death less its start age. */
class LifeExpectancyTest {

    @Test
    void lifeExpectancyIsTheMeanFurtherLifetimeFromTheStartAge() {
        Scenario s = ScenarioLoader.parse("name: m65\nseed: 3\nduration: 55 years\nperson: {species: human, sex: male,"
                + " age: 65 years}\noutputs: {every: 28 days}\n", "m65.yaml");
        List<Quantity> q = List.of(Quantity.parse("mean_age_at_death"), Quantity.parse("life_expectancy"));
        double[] f = CohortFigures.compute(s, s.parameterSet(), 80, q);
        assertThat(f[0]).isGreaterThan(65);
        assertThat(f[1]).isCloseTo(f[0] - 65, within(1e-9));
        // a cohort cut off while some still live has no mean, so no expectancy either
        Scenario short_ = ScenarioLoader.parse("name: m65\nseed: 3\nduration: 5 years\nperson: {species: human, sex: male,"
                + " age: 65 years}\noutputs: {every: 28 days}\n", "m65.yaml");
        assertThat(CohortFigures.compute(short_, short_.parameterSet(), 80, q)[1]).isNaN();
    }

    @Test
    void theFormIsListedInEveryUnknownQuantityMessage() {
        assertThat(Quantity.parse("life_expectancy").kind()).isEqualTo(Quantity.Kind.LIFE_EXPECTANCY);
        assertThat(Quantity.FORMS).contains("life_expectancy");
        assertThat(Quantity.parse("life_expectancy_65")).isNull();
    }
}
