package org.senesim.evidence;

import org.junit.jupiter.api.Test;
import org.senesim.random.CounterRandom;
import org.senesim.random.RandomStreams;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ParameterSamplingTest {

    private static final ParameterRegistry R = ParameterRegistry.builtIn();

    private static Parameter first(Distribution d) {
        return R.all().stream().filter(p -> p.distribution() == d && p.min() < p.max()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + d + " parameter with a range"));
    }

    @Test
    void theSameSeedAndSampleDrawTheSameValuesAndAnotherSeedOrSampleOthers() {
        ParameterSet a = R.defaults().sampled(7, 3);
        assertThat(R.defaults().sampled(7, 3).values()).isEqualTo(a.values());
        assertThat(R.defaults().sampled(8, 3).values()).isNotEqualTo(a.values());
        assertThat(R.defaults().sampled(7, 4).values()).isNotEqualTo(a.values());
    }

    @Test
    void everyDrawLiesInItsRangeAndFixedParametersKeepTheirDefault() {
        for (int k = 1; k <= 20; k++) {
            ParameterSet s = R.defaults().sampled(1, k);
            for (Parameter p : R.all()) {
                double v = s.get(p.id());
                assertThat(v).as(p.id()).isBetween(p.min(), p.max());
                if (p.distribution() == Distribution.FIXED) {
                    assertThat(v).as(p.id()).isEqualTo(p.defaultValue());
                    assertThat(s.origin(p.id())).isEqualTo(ParameterSet.Origin.REGISTRY);
                } else {
                    assertThat(s.origin(p.id())).as(p.id()).isEqualTo(ParameterSet.Origin.SAMPLED);
                }
            }
        }
    }

    @Test
    void aDrawDependsOnTheIdNotOnTheRegistryPosition() {
        // Pinned: FNV-1a 64 of "a" (published test vector), so the entity of an id never changes.
        assertThat(ParameterSet.samplingEntity("a")).isEqualTo(0xaf63dc4c8601ec8cL);
        Parameter p = first(Distribution.UNIFORM);
        double u = CounterRandom.uniform(CounterRandom.key(5, RandomStreams.PARAMETER_SAMPLING, 2),
                ParameterSet.samplingEntity(p.id()), 0);
        assertThat(R.defaults().sampled(5, 2).get(p.id()))
                .isEqualTo(p.distribution().quantile(u, p.min(), p.defaultValue(), p.max()));
    }

    @Test
    void valuesTheScenarioSetAreNotSampled() {
        Parameter p = first(Distribution.TRIANGULAR);
        double set = (p.min() + p.defaultValue()) / 2;
        for (int k = 1; k <= 10; k++) {
            ParameterSet s = ParameterSet.of(R, Map.of(p.id(), set)).sampled(3, k);
            assertThat(s.get(p.id())).isEqualTo(set);
            assertThat(s.origin(p.id())).isEqualTo(ParameterSet.Origin.SCENARIO);
        }
    }

    @Test
    void neutralisedParametersStayNeutralWhateverWasDrawn() {
        ParameterSet nominal = R.defaults().withMinimumTier(EvidenceTier.ANIMAL);
        for (int k = 1; k <= 10; k++) {
            ParameterSet s = nominal.sampledThenFiltered(9, k, EvidenceTier.ANIMAL);
            for (Parameter p : R.all()) {
                if (!p.tier().atLeast(EvidenceTier.ANIMAL)) {
                    assertThat(s.get(p.id())).as(p.id()).isEqualTo(p.neutral());
                }
            }
        }
    }

    @Test
    void uniformDrawsFillTheirRangeEvenly() {
        Parameter p = first(Distribution.UNIFORM);
        double mid = (p.min() + p.max()) / 2;
        int below = 0;
        int n = 2000;
        for (int k = 1; k <= n; k++) {
            if (R.defaults().sampled(11, k).get(p.id()) < mid) {
                below++;
            }
        }
        // Binomial(2000, 0.5): sd 22; 0.5 ± 0.05 is more than four sd.
        assertThat(below / (double) n).isBetween(0.45, 0.55);
    }
}
