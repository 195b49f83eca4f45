package org.senesim.scenario;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.ParameterSet;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceCutScenarioTest {

    @Test
    void minTierFromTheScenarioFiltersItsParameterSet() {
        Scenario s = ScenarioLoader.parse("name: cut\nevidence: {min_tier: animal}\n", "cut.yaml");
        ParameterSet p = s.parameterSet();
        assertThat(p.neutralised()).isNotEmpty();
        assertThat(s.withMinTier(null).parameterSet().neutralised()).isEmpty();
    }

    @Test
    void aFilteredResolvedScenarioLoadsBackToTheSameValuesAtEveryCut() {
        // Neutral values may lie outside the plausible range (e.g. UV damage 0); the resolved
        // scenario pins them and must still load.
        for (EvidenceTier tier : EvidenceTier.values()) {
            Scenario s = ScenarioLoader.builtInDefault().withMinTier(tier);
            ParameterSet p = s.parameterSet();
            String yaml = ResolvedScenarioWriter.toYaml(s, p);
            assertThat(yaml).contains("min_tier: " + tier.id());
            if (!p.neutralised().isEmpty()) {
                assertThat(yaml).contains("origin: evidence-filter");
            }
            Scenario back = ScenarioLoader.parse(yaml, "resolved.yaml");
            assertThat(back.minTier()).isEqualTo(tier);
            assertThat(back.parameterSet().values()).as(tier.id()).isEqualTo(p.values());
        }
    }
}
