package org.senesim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senesim.scenario.Posterior;
import org.senesim.report.Uncertainty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code senesim run --uncertainty N --posterior FILE}: samples drawn from a posterior ensemble. */
class PosteriorRunTest {

    private static final String ETA = "organism.production.eta.human";
    private static final String HELD = "organism.death.threshold";

    @Test
    void calibratedParametersComeFromThePosteriorAndHeldOnesStayNominal(@TempDir Path dir) throws IOException {
        Path scenario = RunCommandTest.write(dir, "small.yaml", RunCommandTest.SMALL);
        Path posterior = dir.resolve("posterior.json");
        new Posterior(List.of(ETA), List.of(HELD), new double[] {0.5, 0.5}, new double[][] {{0.00121}, {0.00149}},
                new ObjectMapper().createObjectNode()).write(posterior);
        Path out = dir.resolve("p");
        CliTestSupport.Result r = CliTestSupport.run("run", scenario.toString(), "--uncertainty", "4", "--posterior",
                posterior.toString(), "--out", out.toString(), "--threads", "2", "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out.resolve(Uncertainty.SAMPLES_CSV));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int eta = header.indexOf(ETA);
        assertThat(eta).isPositive();
        assertThat(header).doesNotContain(HELD);
        for (String line : lines.subList(1, lines.size())) {
            assertThat(Double.parseDouble(line.split(",")[eta])).isIn(0.00121, 0.00149);
        }
        // the report and the resolved scenario say where the draws came from, not "the registry" alone
        String report = Files.readString(out.resolve(org.senesim.report.RunFiles.REPORT));
        assertThat(report).contains("from the posterior posterior.json").contains("sampled from the posterior posterior.json");
        assertThat(Files.readString(out.resolve(org.senesim.report.RunFiles.SCENARIO)))
                .contains("drawn from the posterior posterior.json");
    }

    @Test
    void aPosteriorWithoutUncertaintyOrAnUnreadableOneIsBadInput(@TempDir Path dir) throws IOException {
        Path scenario = RunCommandTest.write(dir, "small.yaml", RunCommandTest.SMALL);
        Path posterior = dir.resolve("posterior.json");
        Files.writeString(posterior, "{\"format\": \"something-else\"}");
        CliTestSupport.Result none = CliTestSupport.run("run", scenario.toString(), "--posterior", posterior.toString(),
                "--out", dir.resolve("a").toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--uncertainty");
        CliTestSupport.Result bad = CliTestSupport.run("run", scenario.toString(), "--uncertainty", "2", "--posterior",
                posterior.toString(), "--out", dir.resolve("b").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("not a posterior file").doesNotContain("Exception");
        assertThat(Files.exists(dir.resolve("b"))).isFalse();
    }
}
