package org.senesim.trial.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senesim.trial.design.TrialLoader;

/**
 * A population whose ages can reach the eligibility (so the file loads) but whose people drawn do
 * not: the trial still writes its folder, and its report says why it has nothing to analyse
 * instead of showing empty tables.
 */
class NobodyEnrolledTest {

    @TempDir
    Path dir;

    @Test
    void aTrialOfNobodySaysSoInItsReport() throws Exception {
        String yaml = """
                name: t
                population: {size: 30, seed: 3, age: {mean: 50, sd: 1, min: 20, max: 90}}
                design: {type: parallel, eligibility: {min_age: 80}, follow_up: {years: 1}}
                fidelity: organism
                arms:
                  - {name: control}
                  - name: dq
                    treatments: [{drug: dasatinib-quercetin, start: 0 years}]
                endpoints: [{id: death, kind: death}]
                """;
        Path out = dir.resolve("t");
        TrialOutput.Outcome o = TrialOutput.run(TrialLoader.parse(yaml, "t.yaml"), out, false, 1, n -> { });
        assertThat(o.flow().screened()).isEqualTo(30);
        assertThat(o.flow().eligible()).isZero();
        assertThat(Files.readString(out.resolve("report.html")))
                .contains("No one of the 30 people screened met the eligibility (ages 80 to 120)");
    }
}
