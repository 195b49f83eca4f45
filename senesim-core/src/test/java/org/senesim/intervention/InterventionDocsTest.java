package org.senesim.intervention;

import org.senesim.scenario.CatalogEntry;

import org.senesim.scenario.Catalog;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.Parameter;
import org.senesim.evidence.ParameterRegistry;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/interventions.md names every catalog entry and every intervention number, and its examples exist. */
class InterventionDocsTest {

    @Test
    void everyEntryAndNumberIsDocumented() throws IOException {
        String doc = Files.readString(ComparisonTest.repoRoot().resolve("docs/interventions.md"));
        for (CatalogEntry e : Catalog.builtIn().entries()) {
            assertThat(doc).as("docs/interventions.md documents %s", e.id()).contains(e.id());
        }
        Pattern response = Pattern.compile("intervention\\.response\\.([a-z_]+)\\.([a-z_]+)");
        for (Parameter p : ParameterRegistry.builtIn().all()) {
            if (!p.id().startsWith("intervention.")) {
                continue;
            }
            Matcher m = response.matcher(p.id());
            if (m.matches()) {
                assertThat(doc).as(p.id()).contains("`" + m.group(1) + "`").contains(m.group(2));
            } else {
                assertThat(doc).as("docs/interventions.md documents %s", p.id()).contains(p.id());
            }
        }
        Matcher example = Pattern.compile("`([a-z0-9-]+\\.yaml)`").matcher(doc);
        while (example.find()) {
            String f = example.group(1);
            if (!f.equals("catalog.yaml") && !f.equals("interventions.yaml") && !f.equals("flagship.yaml")) {
                assertThat(ComparisonTest.repoRoot().resolve("examples").resolve(f)).as(f).exists();
            }
        }
    }
}
