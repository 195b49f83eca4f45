package org.senesim.scenario;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/scenario.md documents every key the schema accepts. */
class ScenarioDocsTest {

    @Test
    void everySchemaKeyIsDocumented() throws IOException {
        String doc = Files.readString(ScenarioLoaderTest.repoRoot().resolve("docs/scenario.md"));
        Schema.MapSpec root = ScenarioSchema.root(Map.of());
        for (Schema.Field f : root.fields().values()) {
            assertThat(doc).as("docs/scenario.md documents '%s'", f.key()).contains("`" + f.key() + "`");
            if (f.spec() instanceof Schema.MapSpec sub) {
                assertThat(doc).contains("### `" + f.key() + "`");
                for (String k : sub.fields().keySet()) {
                    assertThat(doc).as("docs/scenario.md documents '%s.%s'", f.key(), k).contains("`" + k + "`");
                }
            }
        }
        for (String unit : Units.Dimension.TIME.symbols()) {
            assertThat(doc).contains(unit);
        }
        for (String unit : Units.Dimension.LENGTH.symbols()) {
            assertThat(doc).contains(unit);
        }
    }
}
