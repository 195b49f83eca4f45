package org.senesim.calibration.targets;

import org.junit.jupiter.api.Test;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * "Mean age at death of those alive at AGE" read the way a life table reads it: on a cohort that
 * starts earlier, over its survivors to AGE only.
 */
class AliveAtTest {

    // men: the default model lets a few women of a cohort of hundreds reach 120, the scenarios'
    // limit, and the mean of a cohort with someone alive at the end is undefined
    private static Scenario man(int age) {
        return ScenarioLoader.parse("name: m\nseed: 7\nduration: " + (120 - age) + " years\nperson: {species: human, sex: male,"
                + " age: " + age + " years}\noutputs: {every: 28 days}\n", "m.yaml");
    }

    @Test
    void countsOnlyThoseAliveAtTheAgeAndNeedsThemAllDead() {
        double[] deaths = {55, 70, 81, 90};
        assertThat(CohortFigures.meanOfThoseAliveAt(deaths, 70)).isCloseTo((70 + 81 + 90) / 3.0, within(1e-12));
        assertThat(CohortFigures.meanOfThoseAliveAt(deaths, 91)).isNaN();
        assertThat(CohortFigures.meanOfThoseAliveAt(new double[] {55, Double.NaN}, 60)).isNaN();
    }

    @Test
    void onACohortFromItsOwnStartItIsTheMeanAgeAtDeath() {
        Scenario s = man(65);
        List<Quantity> q = List.of(Quantity.parse("mean_age_at_death"), Quantity.parse("mean_age_at_death_alive_at_65"));
        double[] f = CohortFigures.compute(s, s.parameterSet(), 80, q);
        assertThat(f[0]).isGreaterThan(65);
        assertThat(f[1]).isEqualTo(f[0]);
    }

    @Test
    void parsesAndIsListed() {
        Quantity q = Quantity.parse("mean_age_at_death_alive_at_65");
        assertThat(q.kind()).isEqualTo(Quantity.Kind.MEAN_AGE_AT_DEATH_ALIVE_AT);
        assertThat(q.age()).isEqualTo(65);
        assertThat(q.ageNeeded()).isNaN();
        assertThat(Quantity.FORMS).contains("mean_age_at_death_alive_at_AGE");
    }
}
