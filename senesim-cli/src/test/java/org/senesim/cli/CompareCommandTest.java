package org.senesim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CompareCommandTest {

    static final String ARMS = """
            name: arms
            seed: 2
            duration: 2 years
            person: {age: 60 years}
            tissue: {dimension: 2D, size: [1 mm, 0.6 mm], voxel: 20 um}
            outputs: {every: 60 days, snapshots: []}
            protocol:
              - arm: none
              - arm: thulium
                steps: [{device: thulium-1927, start: 60.5 years, sessions: 2, interval: 4 weeks}]
            """;

    @Test
    void compareWritesOneFolderAndPrintsTheHeadlineTable(@TempDir Path dir) throws IOException {
        Path scenario = RunCommandTest.write(dir, "arms.yaml", ARMS);
        Path out = dir.resolve("out");
        CliTestSupport.Result r = CliTestSupport.run("compare", scenario.toString(), "--out", out.toString(),
                "--ages", "61,62", "--threads", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("thulium vs none", "Visible", "Biological", "Collagen", "Actinic keratoses",
                "not medical advice", "Report: " + out.resolve("report.html"));
        assertThat(out.resolve("comparison.csv")).exists();
        assertThat(out.resolve("arms/thulium/timeseries.csv")).exists();
        assertThat(Files.readString(out.resolve("comparison.csv"))).contains(",61,thulium,").contains(",62,thulium,");
    }

    @Test
    void runOfAScenarioWithArmsIsAComparisonAndAPlainProtocolIsApplied(@TempDir Path dir) throws IOException {
        Path arms = RunCommandTest.write(dir, "arms.yaml", ARMS);
        CliTestSupport.Result r = CliTestSupport.run("run", arms.toString(), "--out", dir.resolve("a").toString(), "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(dir.resolve("a/comparison.csv")).exists();
        Path plain = RunCommandTest.write(dir, "plain.yaml", RunCommandTest.SMALL
                + "protocol:\n  - {drug: fisetin, start: 60.2 years, sessions: 3, interval: 4 weeks}\n");
        CliTestSupport.Result p = CliTestSupport.run("run", plain.toString(), "--out", dir.resolve("p").toString());
        assertThat(p.exitCode()).as(p.err()).isZero();
        assertThat(p.out()).contains("Protocol: 3 sessions applied (fisetin (oral)");
        assertThat(dir.resolve("p/timeseries.csv")).exists();
        assertThat(dir.resolve("p/comparison.csv")).doesNotExist();
    }

    @Test
    void withAPosteriorEachReplicateLivesItsDrawAndOneReplicateIsRefused(@TempDir Path dir) throws IOException {
        Path scenario = RunCommandTest.write(dir, "arms.yaml", ARMS);
        Path posterior = dir.resolve("posterior.json");
        // two sets far apart in production: the organism burdens of the replicates must move with them
        new org.senesim.scenario.Posterior(java.util.List.of("organism.production.eta.human"), java.util.List.of(),
                new double[] {0.5, 0.5}, new double[][] {{0.00121}, {0.00149}},
                new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()).write(posterior);
        CliTestSupport.Result nominal = CliTestSupport.run("compare", scenario.toString(), "--replicates", "2", "--ages", "61",
                "--out", dir.resolve("n").toString(), "--threads", "2", "--quiet");
        CliTestSupport.Result drawn = CliTestSupport.run("compare", scenario.toString(), "--replicates", "2", "--ages", "61",
                "--posterior", posterior.toString(), "--out", dir.resolve("p").toString(), "--threads", "2", "--quiet");
        assertThat(nominal.exitCode()).as(nominal.err()).isZero();
        assertThat(drawn.exitCode()).as(drawn.err()).isZero();
        assertThat(Files.readString(dir.resolve("p/comparison.csv"))).isNotEqualTo(Files.readString(dir.resolve("n/comparison.csv")));
        assertThat(Files.readString(dir.resolve("p/provenance.json"))).contains("--posterior");
        // the report says the replicates differ in their parameters too, and where those came from
        assertThat(Files.readString(dir.resolve("p/report.html"))).contains("drawn from the posterior posterior.json");
        assertThat(Files.readString(dir.resolve("n/report.html"))).doesNotContain("drawn from the posterior");

        CliTestSupport.Result one = CliTestSupport.run("compare", scenario.toString(), "--replicates", "1",
                "--posterior", posterior.toString(), "--out", dir.resolve("o").toString());
        assertThat(one.exitCode()).isEqualTo(2);
        assertThat(one.err().strip()).contains("--replicates 8").doesNotContain("\n");
        CliTestSupport.Result cuts = CliTestSupport.run("compare", scenario.toString(), "--replicates", "2", "--tier-cuts",
                "--posterior", posterior.toString(), "--out", dir.resolve("c").toString());
        assertThat(cuts.exitCode()).isEqualTo(2);
        assertThat(dir.resolve("o")).doesNotExist();
        assertThat(dir.resolve("c")).doesNotExist();
    }

    static Stream<Arguments> badProtocols() {
        return Stream.of(
                Arguments.of("unknown device", "  - {device: co2-fractionl, start: 60.5 years}\n", ":13:", "did you mean 'co2-fractional'?"),
                Arguments.of("setting out of range", "  - device: thulium-1927\n    start: 60.5 years\n    settings: {coverage: 95 %}\n",
                        ":15:16:", "coverage"),
                Arguments.of("bad unit", "  - device: thulium-1927\n    start: 60.5 years\n    settings: {energy: 10 volts}\n",
                        ":15:16:", "unknown unit 'volts'"),
                Arguments.of("overlapping sessions", "  - {device: co2-fractional, start: 60.5 years, sessions: 2, interval: 10 days}\n",
                        ":13:", "at least 4 weeks"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProtocols")
    void badProtocolGivesOneLocatedLineExitTwoAndNoFolder(String kind, String protocol, String location, String fragment,
                                                         @TempDir Path dir) throws IOException {
        Path file = RunCommandTest.write(dir, "bad.yaml", RunCommandTest.SMALL + "protocol:\n" + protocol);
        for (String command : new String[] {"run", "compare"}) {
            CliTestSupport.Result r = CliTestSupport.run(command, file.toString(), "--out", dir.resolve("out").toString());
            assertThat(r.exitCode()).as(command + " " + kind + ": " + r.err()).isEqualTo(2);
            String err = r.err().strip();
            assertThat(err.lines().count()).as(err).isEqualTo(1);
            assertThat(err).contains(file + location).contains(fragment).contains("Fix:").doesNotContain("Exception");
            try (Stream<Path> s = Files.list(dir)) {
                assertThat(s.map(p -> p.getFileName().toString())).containsExactly("bad.yaml");
            }
        }
    }

    @Test
    void nothingToCompareAndAgesOutsideTheRunAreBadInput(@TempDir Path dir) throws IOException {
        Path plain = RunCommandTest.write(dir, "plain.yaml", RunCommandTest.SMALL);
        CliTestSupport.Result r = CliTestSupport.run("compare", plain.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("nothing to compare");
        Path arms = RunCommandTest.write(dir, "arms.yaml", ARMS);
        CliTestSupport.Result a = CliTestSupport.run("compare", arms.toString(), "--ages", "90", "--out", dir.resolve("o").toString());
        assertThat(a.exitCode()).isEqualTo(2);
        assertThat(a.err()).contains("--ages").contains("outside the run");
        CliTestSupport.Result rep = CliTestSupport.run("compare", arms.toString(), "--replicates", "0");
        assertThat(rep.exitCode()).isEqualTo(2);
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void runWithoutAScenarioIsTheFlagshipComparison(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("flagship");
        CliTestSupport.Result r = CliTestSupport.run("run", "--out", out.toString(), "--threads", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("pre-juvenation: 3 arms", "pre-juvenation vs no-treatment", "reactive vs no-treatment",
                "Collagen", "Senescent fibroblasts", "Actinic keratoses");
        // issue #17: no label cut short, no bare 4.8e-04 for a rare event, the full carcinoma and organ labels
        assertThat(r.out()).doesNotContain("…").doesNotContainPattern("[0-9]e-[0-9]")
                .contains("Keratinocyte carcinomas (SCC and BCC) since start (expected), per 100,000 people (100 cm2 each)")
                .contains("Liver senescence markers (clearable + persistent)")
                .contains("Rare events are given per 100,000 people");
        assertThat(r.out().lines().filter(l -> l.contains("|")).mapToInt(String::length).max().orElse(0))
                .as("table width").isLessThan(150);
        assertThat(out.resolve("arms/reactive/snapshots")).isDirectory();
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("Pre-juvenation", "Reactive");
        // issue #17: rare events read per 100,000 people in every table and chart of the report, never
        // 4.8 × 10⁻⁴ and never "-100%" for what is not all of it
        java.util.regex.Matcher tr = java.util.regex.Pattern.compile("(?s)<tr>.*?</tr>").matcher(html);
        int countRows = 0;
        while (tr.find()) {
            String row = tr.group();
            if (row.contains("Actinic keratoses") || row.contains("Keratinocyte carcinomas")) {
                countRows++;
                assertThat(row).doesNotContain("10⁻").doesNotContain("-100%").contains("per 100,000 people");
            }
        }
        assertThat(countRows).as("rows of rare events in the answer, summary and difference tables").isGreaterThan(6);
        // issue #17: the flagship's default seeds separate what it claims at 85 from run-to-run noise,
        // judged on the paired per-seed differences (comparison.csv: within_noise, seeds in both arms)
        List<String> csv = Files.readAllLines(out.resolve("comparison.csv"));
        for (String claim : List.of("collagen,85,pre-juvenation", "elastin_intact,85,pre-juvenation",
                "actinic_keratoses,85,pre-juvenation", "carcinoma_cumulative,85,pre-juvenation",
                "actinic_keratoses,85,reactive")) {
            String[] key = claim.split(",");
            String line = csv.stream().filter(l -> l.startsWith(key[0] + ",") && l.contains("," + key[1] + "," + key[2] + ","))
                    .findFirst().orElseThrow(() -> new AssertionError("no row " + claim));
            String[] f = line.split(",");
            assertThat(Integer.parseInt(f[f.length - 2])).as("seeds reaching 85 in both arms, " + claim)
                    .isGreaterThanOrEqualTo(3);
            assertThat(f[f.length - 1]).as("within_noise of " + claim).isEqualTo("false");
        }
    }
}
