package org.senesim.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;

/** A person's median age at death over chance: the parameters' answer, the same on any thread count. */
class DeathAgeOverChanceTest {

    private static final Scenario WOMAN_45 = ScenarioLoader.parse("""
            seed: 1
            duration: 60 years
            person: {age: 45 years, sex: female}
            """, "woman-45.yaml");

    @Test
    void sameOnOneAndTwoThreadsAndLowerWhenSenescentCellsAriseFaster() {
        ParameterSet nominal = WOMAN_45.parameterSet();
        double one = DeathAgeOverChance.median(WOMAN_45, nominal, new LocalExecutor(1));
        double two = DeathAgeOverChance.median(WOMAN_45, nominal, new LocalExecutor(2));
        assertThat(two).isEqualTo(one);
        // a woman of 45 in a high-income country: median age at death in the 80s
        assertThat(one).isBetween(78.0, 92.0);
        String eta = "organism.production.eta.human";
        ParameterSet faster = nominal.with(Map.of(eta, nominal.get(eta) * 1.2), ParameterSet.Origin.SCENARIO);
        assertThat(DeathAgeOverChance.median(WOMAN_45, faster, new LocalExecutor(2))).isLessThan(one - 2);
    }

    @Test
    void onlyForAnUntreatedPersonWithoutExperiments() {
        assertThat(DeathAgeOverChance.applies(WOMAN_45)).isTrue();
        Scenario treated = ScenarioLoader.parse("""
                person: {age: 45 years}
                duration: 60 years
                protocol:
                  - {device: co2-fractional, start: 60 years}
                """, "treated.yaml");
        assertThat(DeathAgeOverChance.applies(treated)).isFalse();
    }

    @Test
    void nanWhenHalfThePathsOutliveTheRun() {
        Scenario short10 = ScenarioLoader.parse("person: {age: 45 years}\nduration: 10 years\n", "short.yaml");
        assertThat(DeathAgeOverChance.median(short10, short10.parameterSet(), new LocalExecutor(2))).isNaN();
    }
}
