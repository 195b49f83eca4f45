package org.senesim.evidence;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceFilterTest {

    private static final ParameterRegistry R = ParameterRegistry.builtIn();

    private static Parameter firstWith(EvidenceTier tier) {
        return R.all().stream().filter(p -> p.tier() == tier && p.neutral() != p.defaultValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + tier + " parameter with a neutral value"));
    }

    @Test
    void weakerTiersTakeTheirNeutralValueAndStrongerOnesAreUntouched() {
        Parameter weak = firstWith(EvidenceTier.EXPERT_OPINION);
        Parameter strong = firstWith(EvidenceTier.HUMAN_OBSERVATIONAL);
        ParameterSet filtered = R.defaults().withMinimumTier(EvidenceTier.HUMAN_OBSERVATIONAL);

        assertThat(filtered.get(weak.id())).isEqualTo(weak.neutral());
        assertThat(filtered.origin(weak.id())).isEqualTo(ParameterSet.Origin.EVIDENCE_FILTER);
        assertThat(filtered.get(strong.id())).isEqualTo(strong.defaultValue());
        assertThat(filtered.origin(strong.id())).isEqualTo(ParameterSet.Origin.REGISTRY);
        assertThat(filtered.neutralised()).contains(weak.id()).doesNotContain(strong.id());
        for (Parameter p : R.all()) {
            if (p.tier().atLeast(EvidenceTier.HUMAN_OBSERVATIONAL)) {
                assertThat(filtered.get(p.id())).as(p.id()).isEqualTo(p.defaultValue());
            } else {
                assertThat(filtered.get(p.id())).as(p.id()).isEqualTo(p.neutral());
            }
        }
    }

    @Test
    void theWeakestCutAndNoCutChangeNothing() {
        assertThat(R.defaults().withMinimumTier(EvidenceTier.EXPERT_OPINION).neutralised()).isEmpty();
        assertThat(R.defaults().withMinimumTier(null).neutralised()).isEmpty();
    }

    @Test
    void theFilterWinsOverAScenarioOverrideOfAWeakParameter() {
        Parameter weak = firstWith(EvidenceTier.EXPERT_OPINION);
        double other = weak.max() != weak.defaultValue() ? weak.max() : weak.min();
        ParameterSet set = ParameterSet.of(R, Map.of(weak.id(), other)).withMinimumTier(EvidenceTier.ANIMAL);
        assertThat(set.get(weak.id())).isEqualTo(weak.neutral());
        assertThat(set.origin(weak.id())).isEqualTo(ParameterSet.Origin.EVIDENCE_FILTER);
    }

    @Test
    void everyNeutralValueIsFinite() {
        for (Parameter p : R.all()) {
            assertThat(Double.isFinite(p.neutral())).as(p.id()).isTrue();
        }
    }
}
