package org.senesim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A mouse runs the organism model alone: experiments yes, protocols no. */
class MouseRunTest {

    private static final String MOUSE = """
            name: mouse
            seed: 3
            duration: 6 months
            person: {species: mouse, sex: male, age: 3 months}
            outputs: {every: 7 days}
            experiments: [{inject: 1.0e6, into: skin, at: 3.5 months}]
            """;

    @Test
    void aMouseWithATransplantRuns(@TempDir Path dir) throws IOException {
        Path f = RunCommandTest.write(dir, "mouse.yaml", MOUSE);
        CliTestSupport.Result r = CliTestSupport.run("run", f.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("out").resolve("timeseries.csv"))).contains("burden_brain");
    }

    @Test
    void aMouseWithAProtocolIsBadInput(@TempDir Path dir) throws IOException {
        Path f = RunCommandTest.write(dir, "mouse.yaml",
                MOUSE + "protocol: [{device: co2-fractional, start: 4 months}]\n");
        CliTestSupport.Result r = CliTestSupport.run("run", f.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("organism model alone").contains("experiments");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
