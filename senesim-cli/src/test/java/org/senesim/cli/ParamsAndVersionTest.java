package org.senesim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParamsAndVersionTest {

    @Test
    void paramsListsUnitsSourcesAndTiers() {
        CliTestSupport.Result r = CliTestSupport.run("params", "--grep", "collagen");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("matrix.collagen.half_life").contains("year").contains("human-observational")
                .contains("Verzijl");
    }

    @Test
    void paramsFiltersByTierAndSpeaksJsonAndCsv() throws Exception {
        CliTestSupport.Result json = CliTestSupport.run("params", "--tier", "animal", "--format", "json");
        assertThat(json.exitCode()).isZero();
        JsonNode rows = new ObjectMapper().readTree(json.out());
        assertThat(rows.size()).isGreaterThan(0);
        for (JsonNode row : rows) {
            assertThat(row.get("tier").asText()).isEqualTo("animal");
            assertThat(row.get("unit").asText()).isNotBlank();
        }
        CliTestSupport.Result csv = CliTestSupport.run("params", "--format", "csv");
        assertThat(csv.out().lines().findFirst()).hasValueSatisfying(h -> assertThat(h).startsWith("id,default,unit"));
    }

    @Test
    void versionAndHelp() {
        assertThat(CliTestSupport.run("--version").out()).contains("senesim");
        CliTestSupport.Result help = CliTestSupport.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("run").contains("params").contains("bench");
    }
}
