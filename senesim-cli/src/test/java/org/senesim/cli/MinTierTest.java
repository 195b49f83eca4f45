package org.senesim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.tissue.FibroblastRules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --min-tier} on run and compare: the evidence filter switches effects off and the model still runs. */
class MinTierTest {

    private static void assertFinite(Path file) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void aRunAtEveryTierCutCompletesWithFiniteOutput(@TempDir Path dir) throws IOException {
        Path scenario = RunCommandTest.write(dir, "small.yaml", RunCommandTest.SMALL);
        for (EvidenceTier tier : EvidenceTier.values()) {
            Path out = dir.resolve(tier.id());
            CliTestSupport.Result r = CliTestSupport.run("run", scenario.toString(), "--out", out.toString(),
                    "--min-tier", tier.id(), "--threads", "2", "--quiet");
            assertThat(r.exitCode()).as(tier.id() + ": " + r.err()).isZero();
            assertFinite(out.resolve("timeseries.csv"));
            assertFinite(out.resolve("summary.json"));
            assertThat(Files.readString(out.resolve("scenario.resolved.yaml"))).contains("min_tier: " + tier.id());
            assertThat(Files.readString(out.resolve("report.html"))).contains("Evidence filter");
        }
        String rct = Files.readString(dir.resolve("rct/scenario.resolved.yaml"));
        assertThat(rct).contains("origin: evidence-filter");
        assertThat(Files.readString(dir.resolve("rct/report.html"))).contains("evidence filter (neutral value)");
        // The filter changes the prediction; the weakest cut changes nothing.
        assertThat(Files.readString(dir.resolve("rct/timeseries.csv")))
                .isNotEqualTo(Files.readString(dir.resolve("expert-opinion/timeseries.csv")));
        Path none = dir.resolve("none");
        assertThat(CliTestSupport.run("run", scenario.toString(), "--out", none.toString(), "--threads", "2", "--quiet")
                .exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("expert-opinion/timeseries.csv")))
                .isEqualTo(Files.readString(none.resolve("timeseries.csv")));
    }

    @Test
    void aLifeAtAStrongCutKeepsItsFibroblasts(@TempDir Path dir) throws IOException {
        // A neutral value that removes homeostasis (progenitor refill 0) emptied the patch by 80;
        // the filter must switch effects off, not the tissue.
        Path scenario = RunCommandTest.write(dir, "life.yaml", """
                name: life
                duration: 50 years
                person: {age: 35 years}
                tissue: {dimension: 2D, size: [1 mm, 1.2 mm], voxel: 20 um}
                outputs: {every: 365 days, snapshots: []}
                """);
        Path out = dir.resolve("out");
        CliTestSupport.Result r = CliTestSupport.run("run", scenario.toString(), "--out", out.toString(),
                "--min-tier", "human-observational", "--threads", "2", "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertFinite(out.resolve("timeseries.csv"));
        List<String> lines = Files.readAllLines(out.resolve("timeseries.csv"));
        int col = List.of(lines.get(0).split(",")).indexOf("fibroblast_occupancy");
        double first = Double.parseDouble(lines.get(1).split(",")[col]);
        double last = Double.parseDouble(lines.get(lines.size() - 1).split(",")[col]);
        // the dermis keeps fewer fibroblasts with age by design (tissue.fibroblast_occupancy.age_decline,
        // human-observational, so kept at this cut): homeostasis is measured against that set point
        FibroblastRules rules = new FibroblastRules(ParameterRegistry.builtIn().defaults());
        double setPointFall = rules.occupancyFactorAt(85) / rules.occupancyFactorAt(35);
        assertThat(last).as("fibroblast occupancy at 85 against 35").isGreaterThan(0.8 * setPointFall * first);
    }

    @Test
    void theCommandLineCutReplacesTheScenarios(@TempDir Path dir) throws IOException {
        Path scenario = RunCommandTest.write(dir, "cut.yaml", RunCommandTest.SMALL + "evidence: {min_tier: rct}\n");
        Path out = dir.resolve("out");
        CliTestSupport.Result r = CliTestSupport.run("run", scenario.toString(), "--out", out.toString(),
                "--min-tier", "animal", "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("scenario.resolved.yaml"))).contains("min_tier: animal");
    }

    @Test
    void compareTakesTheCutToo(@TempDir Path dir) throws IOException {
        Path arms = RunCommandTest.write(dir, "arms.yaml", CompareCommandTest.ARMS);
        Path out = dir.resolve("out");
        CliTestSupport.Result r = CliTestSupport.run("compare", arms.toString(), "--out", out.toString(),
                "--min-tier", "human-observational", "--threads", "2", "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("report.html"))).contains("Evidence filter")
                .contains("only human-observational and stronger evidence");
        assertFinite(out.resolve("comparison.csv"));
    }

    @Test
    void compareWithTierCutsReportsEachHeadlineAtEachCut(@TempDir Path dir) throws IOException {
        Path arms = RunCommandTest.write(dir, "arms.yaml", CompareCommandTest.ARMS);
        Path out = dir.resolve("out");
        CliTestSupport.Result r = CliTestSupport.run("compare", arms.toString(), "--out", out.toString(),
                "--tier-cuts", "--threads", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Headline outcomes at each evidence cut, age 62")
                .contains("rct+").contains("human-obs+").contains("all tiers")
                .contains("Parameters set to neutral").contains("thulium vs none");
        assertThat(Files.readString(out.resolve("report.html"))).contains("Headline outcomes at each evidence cut")
                .contains("human-observational+");
        List<String> csv = Files.readAllLines(out.resolve("tier-cuts.csv"));
        assertThat(csv.get(0)).isEqualTo("min_tier,neutralised,quantity,age,arm,value,difference");
        for (EvidenceTier t : EvidenceTier.values()) {
            assertThat(csv).anyMatch(l -> l.startsWith(t.id() + ",") && l.contains(",thulium,"));
        }
        // The all-tiers column is the comparison itself.
        assertThat(csv).anyMatch(l -> l.startsWith("expert-opinion,0,collagen,"));
        // Without the option there is no cut table.
        Path plain = dir.resolve("plain");
        assertThat(CliTestSupport.run("compare", arms.toString(), "--out", plain.toString(), "--quiet").exitCode()).isZero();
        assertThat(plain.resolve("tier-cuts.csv")).doesNotExist();
    }

    @Test
    void anUnknownTierIsOneLineExitTwoAndNoFolder(@TempDir Path dir) throws IOException {
        Path scenario = RunCommandTest.write(dir, "small.yaml", RunCommandTest.SMALL);
        for (String command : new String[] {"run", "compare"}) {
            CliTestSupport.Result r = CliTestSupport.run(command, scenario.toString(), "--out", dir.resolve("out").toString(),
                    "--min-tier", "anecdote");
            assertThat(r.exitCode()).as(command).isEqualTo(2);
            assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
            assertThat(r.err()).contains("--min-tier").contains("anecdote").contains(EvidenceTier.allowed());
            assertThat(dir.resolve("out")).doesNotExist();
        }
    }
}
