package org.senesim.planner.space;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A user's own burden file ({@code senesim plan --burdens}): read like the built-in one, or one located error. */
class BurdensFileTest {

    private static String builtInText() throws IOException {
        try (InputStream in = Burdens.class.getResourceAsStream(Burdens.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theBuiltInFileReadAsAUserFileGivesTheSameFiguresAndSources() throws IOException {
        Burdens own = Burdens.parse("mine.yaml", builtInText());
        Burden a = own.of("co2-fractional");
        Burden b = Burdens.builtIn().of("co2-fractional");
        assertThat(a.downtimeDays()).isEqualTo(b.downtimeDays());
        assertThat(a.costUsd()).isEqualTo(b.costUsd());
        // the anchored review is read as its text, not as the anchor's name
        assertThat(a.downtimeSource()).startsWith("Alexiades-Armenakas");
    }

    @Test
    void aMistakeNamesTheFileTheLineTheKeyAndTheFix() {
        String text = """
                entries:
                  co2-fractional:
                    downtime: {days: 6, range: [4, 10], source: "a review", tier: human-observational}
                    cost: {usd: -2500, per: session, range: [1500, 4000], source: "fees", tier: expert-opinion}
                """;
        assertThatThrownBy(() -> Burdens.parse("mine.yaml", text))
                .hasMessageStartingWith("mine.yaml:4: entries.co2-fractional.cost.usd: expected a number of at least 0")
                .hasMessageContaining("Fix:");
        assertThatThrownBy(() -> Burdens.parse("mine.yaml", text.replace("-2500", "2500").replace("tier: human-observational", "tier: strong")))
                .hasMessageStartingWith("mine.yaml:3: entries.co2-fractional.downtime.tier:").hasMessageContaining("Fix:");
        assertThatThrownBy(() -> Burdens.parse("mine.yaml", text.replace("-2500", "2500").replace("days: 6", "days: 12")))
                .hasMessageStartingWith("mine.yaml:3: entries.co2-fractional.downtime.days: the typical 12.0 days lie outside");
        assertThatThrownBy(() -> Burdens.parse("mine.yaml", "entries: [\n"))
                .hasMessageStartingWith("mine.yaml:").hasMessageContaining("YAML syntax error");
        assertThatThrownBy(() -> Burdens.parse("mine.yaml", "s: &r \"a review\"\nentries:\n  ipl: {downtime: {source: *r}}\n"))
                .hasMessageStartingWith("mine.yaml:3: a YAML alias (*r)").hasMessageContaining("Fix: write the text in full");
        assertThatThrownBy(() -> Burdens.parse("mine.yaml", "other: 1\n"))
                .hasMessageStartingWith("mine.yaml:1: no 'entries:' map");
    }
}
