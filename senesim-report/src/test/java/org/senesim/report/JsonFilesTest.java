package org.senesim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senesim.observe.SummaryItem;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonFilesTest {

    @TempDir
    Path dir;

    @Test
    void summaryHasEveryFieldWithUnitsAndNullForUndefined() throws IOException {
        Path out = dir.resolve("run");
        try (RunFolder f = RunFolder.create(out, false)) {
            SummaryJson.write(f, Samples.summary());
            f.commit();
        }
        JsonNode root = new ObjectMapper().readTree(out.resolve(RunFiles.SUMMARY).toFile());
        assertThat(root.get("format").asText()).isEqualTo("senesim-summary");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        JsonNode items = root.get("items");
        assertThat(items).hasSize(4);
        JsonNode first = items.get(0);
        assertThat(first.get("id").asText()).isEqualTo("senescent_fraction_end");
        assertThat(first.get("label").asText()).isEqualTo("Senescent fibroblasts at 85");
        assertThat(first.get("value").asDouble()).isEqualTo(16.123456);
        assertThat(first.get("unit").asText()).isEqualTo("%");
        assertThat(first.get("description").asText()).startsWith("Share of dermal fibroblasts");
        assertThat(items.get(2).get("value").isNull()).isTrue();
        assertThat(items.get(3).get("unit").asText()).isEqualTo("1/100 cm²");

        List<SummaryItem> back = SummaryJson.read(out.resolve(RunFiles.SUMMARY));
        assertThat(back).hasSize(4);
        assertThat(back.get(0)).isEqualTo(Samples.summary().get(0));
        assertThat(back.get(2).value()).isNaN();
    }

    @Test
    void summaryTextIsStable() {
        String json = SummaryJson.toJson(List.of(new SummaryItem("x", "X", 0.1, "1", "d")));
        assertThat(json).isEqualTo("{\n  \"format\": \"senesim-summary\",\n  \"version\": 1,\n  \"items\": [\n"
                + "    {\n      \"id\": \"x\",\n      \"label\": \"X\",\n      \"value\": 0.1,\n      \"unit\": \"1\",\n"
                + "      \"description\": \"d\"\n    }\n  ]\n}\n");
    }

    @Test
    void provenanceHasEveryFieldAndReadsBack() throws IOException {
        Provenance p = Samples.provenance();
        Path out = dir.resolve("run");
        try (RunFolder f = RunFolder.create(out, false)) {
            p.write(f);
            f.commit();
        }
        JsonNode n = new ObjectMapper().readTree(out.resolve(RunFiles.PROVENANCE).toFile());
        assertThat(n.get("format").asText()).isEqualTo("senesim-provenance");
        assertThat(n.get("senesim_version").asText()).isNotBlank();
        assertThat(n.has("git_commit")).isTrue();
        assertThat(n.get("scenario_name").asText()).isEqualTo("baseline <test>");
        assertThat(n.get("scenario_file").asText()).isEqualTo("examples/baseline.yaml");
        assertThat(n.get("seed").asLong()).isEqualTo(42);
        assertThat(n.get("threads").asInt()).isEqualTo(4);
        assertThat(n.get("jdk_vendor").asText()).isEqualTo(System.getProperty("java.vendor"));
        assertThat(n.get("jdk_version").asText()).isNotBlank();
        assertThat(n.get("os").asText()).isNotBlank();
        assertThat(n.get("start").asText()).isEqualTo("2026-11-22T10:15:30Z");
        assertThat(n.get("end").asText()).isEqualTo("2026-11-22T10:17:45.500Z");
        assertThat(n.get("duration_seconds").asDouble()).isEqualTo(135.5);
        assertThat(n.get("command_line")).hasSize(4);
        assertThat(Instant.parse(n.get("start").asText())).isEqualTo(p.start());

        assertThat(Provenance.read(out.resolve(RunFiles.PROVENANCE))).isEqualTo(p);
    }
}
