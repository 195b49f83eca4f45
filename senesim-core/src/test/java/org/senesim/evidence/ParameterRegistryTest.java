package org.senesim.evidence;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParameterRegistryTest {

    @Test
    void theShippedRegistryLoadsWithUnitsSourcesAndTiers() {
        ParameterRegistry r = ParameterRegistry.builtIn();
        assertThat(r.all()).hasSizeGreaterThan(50);
        for (Parameter p : r.all()) {
            assertThat(p.unit()).as(p.id()).isNotBlank();
            assertThat(p.source()).as(p.id()).isNotBlank();
            assertThat(p.inRange(p.defaultValue())).as(p.id()).isTrue();
        }
        assertThat(r.get("matrix.collagen.half_life").tier()).isEqualTo(EvidenceTier.HUMAN_OBSERVATIONAL);
    }

    private static void parse(String yaml) throws Exception {
        ParameterRegistry.parse("bad.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void malformedEntriesAreRejectedWithFileAndLine() {
        String ok = "- id: a\n  meaning: m\n  unit: day\n  default: 1\n  range: [0, 2]\n  source: s\n  tier: animal\n";
        assertThatThrownBy(() -> parse(ok.replace("  unit: day\n", "")))
                .hasMessageContaining("bad.yaml:1").hasMessageContaining("'unit'");
        assertThatThrownBy(() -> parse(ok.replace("default: 1", "default: 3")))
                .hasMessageContaining("outside its range");
        assertThatThrownBy(() -> parse(ok.replace("tier: animal", "tier: anecdote")))
                .hasMessageContaining("unknown evidence tier");
        assertThatThrownBy(() -> parse(ok + ok.replace("id: a", "id: b").replace("meaning", "meanig")))
                .hasMessageContaining("bad.yaml:8").hasMessageContaining("unknown key 'meanig'");
    }

    @Test
    void tiersOrderStrongestFirst() {
        assertThat(EvidenceTier.RCT.atLeast(EvidenceTier.ANIMAL)).isTrue();
        assertThat(EvidenceTier.EXPERT_OPINION.atLeast(EvidenceTier.ANIMAL)).isFalse();
    }
}
