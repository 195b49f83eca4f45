package org.senesim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RunCommandTest {

    static final String SMALL = """
            name: small
            duration: 2 years
            person:
              age: 60 years
            tissue:
              dimension: 2D
              size: [400 um, 400 um]
              voxel: 20 um
            outputs:
              every: 30 days
              snapshots: [61]
            """;

    static Path write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aRunWritesTheCompleteFolderAndSaysWhereTheReportIs(@TempDir Path dir) throws IOException {
        Path scenario = write(dir, "small.yaml", SMALL);
        Path out = dir.resolve("out");
        CliTestSupport.Result r = CliTestSupport.run("run", scenario.toString(), "--out", out.toString(), "--threads", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Report: " + out.resolve("report.html"));
        assertThat(out.resolve("scenario.resolved.yaml")).exists();
        assertThat(out.resolve("provenance.json")).exists();
        assertThat(out.resolve("timeseries.csv")).exists();
        assertThat(out.resolve("summary.json")).exists();
        assertThat(out.resolve("snapshots")).isDirectory();
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("<svg").contains("not medical advice");
        assertThat(Files.readString(out.resolve("provenance.json"))).contains("\"seed\"");
        // Nothing else is left beside the run folder.
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("small.yaml", "out");
        }
    }

    /**
     * Issue #17, rare events: a single run's summary, on the console and in its report, reads a rare
     * count per 100,000 people as a comparison does, never 5.2 × 10⁻⁶ per 100 cm2 (and no unit "1").
     */
    @Test
    void aSingleRunsRareEventsReadPerHundredThousandPeopleOnTheConsoleAndInItsReport(@TempDir Path dir)
            throws IOException {
        Path scenario = write(dir, "small.yaml", SMALL.replace("snapshots: [61]", "snapshots: []"));
        Path out = dir.resolve("out");
        CliTestSupport.Result r = CliTestSupport.run("run", scenario.toString(), "--out", out.toString(), "--threads", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        java.util.List<String> rare = r.out().lines().filter(l -> l.contains("Actinic keratoses") || l.contains("carcinomas"))
                .toList();
        assertThat(rare).as(r.out()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(l -> assertThat(l).doesNotContain("10⁻").doesNotContainPattern("[0-9]e-[0-9]")
                        .contains("per 100,000 people (100 cm2 each)"));
        assertThat(r.out().lines().filter(l -> l.startsWith("  Collagen"))).isNotEmpty()
                .allSatisfy(l -> assertThat(l).doesNotEndWith(" 1"));
        java.util.regex.Matcher tr = java.util.regex.Pattern.compile("(?s)<tr id=\"summary-[^\"]*\">.*?</tr>")
                .matcher(Files.readString(out.resolve("report.html")));
        int rows = 0;
        while (tr.find()) {
            if (tr.group().contains("Actinic keratoses") || tr.group().contains("carcinomas")) {
                rows++;
                assertThat(tr.group()).doesNotContain("10⁻").contains("per 100,000 people");
            }
        }
        assertThat(rows).as("rare-event rows of the report's summary").isGreaterThanOrEqualTo(3);
    }

    @Test
    void sameSeedSameResultsWhateverTheThreads(@TempDir Path dir) throws IOException {
        Path scenario = write(dir, "small.yaml", SMALL);
        assertThat(CliTestSupport.run("run", scenario.toString(), "--out", dir.resolve("a").toString(),
                "--threads", "1", "--quiet").exitCode()).isZero();
        assertThat(CliTestSupport.run("run", scenario.toString(), "--out", dir.resolve("b").toString(),
                "--threads", "2", "--quiet").exitCode()).isZero();
        for (String file : new String[] {"timeseries.csv", "summary.json", "scenario.resolved.yaml"}) {
            assertThat(Files.readString(dir.resolve("b").resolve(file))).as(file)
                    .isEqualTo(Files.readString(dir.resolve("a").resolve(file)));
        }
        assertThat(CliTestSupport.run("run", scenario.toString(), "--out", dir.resolve("c").toString(),
                "--seed", "99", "--quiet").exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("c").resolve("timeseries.csv")))
                .isNotEqualTo(Files.readString(dir.resolve("a").resolve("timeseries.csv")));
    }

    @Test
    void anExistingRunIsReplacedOnlyWithForce(@TempDir Path dir) throws IOException {
        Path scenario = write(dir, "small.yaml", SMALL);
        Path out = dir.resolve("out");
        assertThat(CliTestSupport.run("run", scenario.toString(), "--out", out.toString(), "--quiet").exitCode()).isZero();
        CliTestSupport.Result again = CliTestSupport.run("run", scenario.toString(), "--out", out.toString(), "--quiet");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("--force");
        assertThat(CliTestSupport.run("run", scenario.toString(), "--out", out.toString(), "--quiet", "--force")
                .exitCode()).isZero();
    }

    @Test
    void aDeadSamplesDrawsAreNamedAmongTheParametersItsRunCanDependOn() {
        org.senesim.evidence.ParameterRegistry r = org.senesim.evidence.ParameterRegistry.builtIn();
        var untreated = RunCommand.mayMatter(org.senesim.scenario.ScenarioLoader.parse("name: h\n", "h.yaml"));
        assertThat(untreated.test(r.get("organism.clearance.beta"))).isTrue();
        assertThat(untreated.test(r.get("intervention.dq.kill_fraction.mouse.skin"))).isFalse();   // another species
        assertThat(untreated.test(r.get("intervention.dq.kill_fraction.human.rest"))).isFalse();   // no treatment
        var treated = RunCommand.mayMatter(org.senesim.scenario.ScenarioLoader.parse(
                "name: t\nduration: 10 years\nprotocol:\n  - {drug: dasatinib-quercetin, start: 25 years}\n", "t.yaml"));
        assertThat(treated.test(r.get("intervention.dq.kill_fraction.human.rest"))).isTrue();
        assertThat(treated.test(r.get("intervention.dq.kill_fraction.mouse.skin"))).isFalse();
    }

    @Test
    void aNarrowSectionIsNamedOnTheConsoleAndInTheReport(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path scenario = write(dir, "narrow.yaml", SMALL.replace("size: [400 um, 400 um]", "size: [200 um, 400 um]")
                .replace("duration: 2 years", "duration: 30 days").replace("  snapshots: [61]\n", ""));
        CliTestSupport.Result r = CliTestSupport.run("run", scenario.toString(), "--out", dir.resolve("o").toString(),
                "--threads", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("Narrower than 0.5 mm");
        assertThat(java.nio.file.Files.readString(dir.resolve("o").resolve(org.senesim.report.RunFiles.REPORT)))
                .contains("Narrower than 0.5 mm");
    }
}
