package org.senesim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SBMLReader;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportSbmlAndBenchTest {

    @Test
    void exportSbmlWritesAReadableLevel3Document(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("organism.xml");
        CliTestSupport.Result r = CliTestSupport.run("export-sbml", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("SBML: ");
        SBMLDocument doc = SBMLReader.read(Files.readString(out));
        assertThat(doc.getLevel()).isEqualTo(3);
        assertThat(doc.getModel().getNumSpecies() + doc.getModel().getNumParameters()).isGreaterThan(5);
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("organism.xml");
        }
    }

    @Test
    void exportSbmlToAMissingFolderIsBadInput(@TempDir Path dir) {
        CliTestSupport.Result r = CliTestSupport.run("export-sbml", "--out", dir.resolve("no/such/dir/x.xml").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("does not exist");
    }

    @Test
    void benchTissueRunsAndReportsPhases(@TempDir Path dir) throws Exception {
        Path scenario = RunCommandTest.write(dir, "small.yaml", RunCommandTest.SMALL);
        CliTestSupport.Result r = CliTestSupport.run("bench", "tissue", scenario.toString(), "--years", "0.1",
                "--threads", "1,2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("threads 1:").contains("threads 2:").contains("fibroblast sweep");
    }

    @Test
    void benchTissueRepeatsRunsAndPrintsTheirMedianCpuAndLoad(@TempDir Path dir) throws Exception {
        Path scenario = RunCommandTest.write(dir, "small.yaml", RunCommandTest.SMALL);
        CliTestSupport.Result r = CliTestSupport.run("bench", "tissue", scenario.toString(), "--years", "0.05",
                "--threads", "1,2", "--runs", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("threads 2 run 2:").contains("load ").contains("CPU ")
                .contains("threads 2: days median").contains("2 runs");
        // the core round trip beside each run: nanoseconds, or n/a on one processor or when the
        // partner thread got no core within the measurement's time limit
        assertThat(r.out()).containsPattern("core round trip (\\d+ ns|n/a) -> (\\d+ ns|n/a),");
        CliTestSupport.Result bad = CliTestSupport.run("bench", "tissue", scenario.toString(), "--runs", "0");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--runs must be >= 1").doesNotContain("Exception");
    }

    @Test
    void benchOrganismRefusesAnUnknownOrEmptySkinBeforeTimingAnything() {
        CliTestSupport.Result unknown = CliTestSupport.run("bench", "organism", "--skin", "foo");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--skin: unknown skin 'foo'").doesNotContain("Exception");
        assertThat(unknown.out()).doesNotContain("one person");
        CliTestSupport.Result empty = CliTestSupport.run("bench", "organism", "--skin", ",");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("--skin: no skin given").doesNotContain("Exception");
        assertThat(empty.out()).doesNotContain("one person");
    }
}
