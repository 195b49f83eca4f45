package org.senesim.trial.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senesim.trial.design.Trial;
import org.senesim.trial.design.TrialLoader;

/**
 * A trial that follows people past 80 on the default parameters says, in its report, that the
 * model's old people live too long (docs/organism.md, Limitations); one that stops before 80 does not.
 */
class LateLifeCaveatTest {

    @TempDir
    Path dir;

    private static final String TRIAL = """
            name: t
            population: {size: 20, seed: 3, age: 70}
            design: {type: counterfactual, follow_up: {to_age: %s}}
            fidelity: organism
            arms:
              - {name: control}
              - name: dq
                treatments: [{drug: dasatinib-quercetin, start: 0 years}]
            endpoints: [{id: death, kind: death}]
            """;

    private String report(String toAge) throws Exception {
        Trial trial = TrialLoader.parse(TRIAL.formatted(toAge), "t.yaml");
        Path out = dir.resolve("to-" + toAge);
        TrialOutput.run(trial, out, false, 2, n -> { });
        return Files.readString(out.resolve("report.html"));
    }

    @Test
    void deathsOnASkinModelSayThatTheyRunLongAndDeathsOnTheOrganismDoNot() throws Exception {
        assertThat(report("79")).doesNotContain("Deaths on a skin model");
        String reduced = TRIAL.formatted("79").replace("fidelity: organism", "fidelity: reduced-skin");
        Path out = dir.resolve("reduced");
        TrialOutput.run(TrialLoader.parse(reduced, "t.yaml"), out, false, 2, n -> { });
        assertThat(Files.readString(out.resolve("report.html"))).contains("Deaths on a skin model (reduced-skin)");
    }

    @Test
    void followUpPast80CarriesTheCaveatAndFollowUpEndingBeforeDoesNot() throws Exception {
        assertThat(report("90")).contains("Survival after 80").contains("11.6 more years").contains("9.64");
        assertThat(report("79")).doesNotContain("Survival after 80");
    }
}
