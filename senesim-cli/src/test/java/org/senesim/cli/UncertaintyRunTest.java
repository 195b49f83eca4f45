package org.senesim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.report.RunFiles;
import org.senesim.report.Uncertainty;
import org.senesim.report.compare.TierCuts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code senesim run --uncertainty N} and {@code senesim run --tier-cuts}. */
class UncertaintyRunTest {

    /** A scenario that sets one sampleable parameter explicitly. */
    private static final String FIXED_ID = "tissue.papillary_depth";
    private static final String SMALL_WITH_PARAMETER = RunCommandTest.SMALL + "parameters:\n  " + FIXED_ID + ": 250\n";

    private static CliTestSupport.Result run(String... args) {
        return CliTestSupport.run(args);
    }

    private static String read(Path dir, String file) throws IOException {
        return Files.readString(dir.resolve(file));
    }

    @Test
    void theSameSeedGivesIdenticalBandsOnAnyThreadCountAndAnotherSeedOtherSamples(@TempDir Path dir) throws IOException {
        Path scenario = RunCommandTest.write(dir, "small.yaml", RunCommandTest.SMALL);
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path c = dir.resolve("c");
        assertThat(run("run", scenario.toString(), "--uncertainty", "3", "--out", a.toString(), "--threads", "1", "--quiet")
                .exitCode()).isZero();
        assertThat(run("run", scenario.toString(), "--uncertainty", "3", "--out", b.toString(), "--threads", "2", "--quiet")
                .exitCode()).isZero();
        assertThat(run("run", scenario.toString(), "--uncertainty", "3", "--out", c.toString(), "--threads", "2", "--quiet",
                "--seed", "2").exitCode()).isZero();
        for (String f : List.of(Uncertainty.CSV, Uncertainty.SAMPLES_CSV, Uncertainty.OUTCOMES_CSV, RunFiles.SUMMARY)) {
            assertThat(read(b, f)).as(f).isEqualTo(read(a, f));
        }
        assertThat(read(c, Uncertainty.SAMPLES_CSV)).isNotEqualTo(read(a, Uncertainty.SAMPLES_CSV));
        assertThat(read(c, Uncertainty.CSV)).isNotEqualTo(read(a, Uncertainty.CSV));
    }

    @Test
    void everySampleCarriesItsMedianAgeAtDeathOverTheSameChancePaths(@TempDir Path dir) throws IOException {
        Path scenario = RunCommandTest.write(dir, "small.yaml", RunCommandTest.SMALL.replace("duration: 2 years",
                "duration: 45 years"));
        Path out = dir.resolve("out");
        CliTestSupport.Result r = run("run", scenario.toString(), "--uncertainty", "3", "--out", out.toString(),
                "--threads", "2", "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode item = null;
        for (com.fasterxml.jackson.databind.JsonNode n : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(read(out, RunFiles.SUMMARY)).path("items")) {
            if (n.path("id").asText().equals(org.senesim.run.DeathAgeOverChance.ID)) {
                item = n;
            }
        }
        assertThat(item).as("summary item " + org.senesim.run.DeathAgeOverChance.ID).isNotNull();
        org.senesim.scenario.Scenario loaded = org.senesim.scenario.ScenarioLoader.load(scenario);
        double nominal = org.senesim.run.DeathAgeOverChance.median(loaded, loaded.parameterSet(),
                new org.senesim.run.LocalExecutor(1));
        assertThat(item.path("value").asDouble()).isEqualTo(nominal);
        // a set whose paths mostly outlive the run has no median: it counts as beyond the end (null, alive_at)
        assertThat(item.path("p95").isNull() || item.path("p05").asDouble() <= item.path("p95").asDouble()).isTrue();
        assertThat(item.path("samples").asInt()).isEqualTo(3);
        assertThat(read(out, Uncertainty.OUTCOMES_CSV).lines().findFirst().orElseThrow())
                .contains(org.senesim.run.DeathAgeOverChance.ID, org.senesim.run.DeathAgeOverChance.MEAN_ID);
    }

    @Test
    void samplesLeaveTheNominalRunAsItWasAndTheFolderIsComplete(@TempDir Path dir) throws IOException {
        Path scenario = RunCommandTest.write(dir, "small.yaml", RunCommandTest.SMALL);
        Path plain = dir.resolve("plain");
        Path banded = dir.resolve("banded");
        assertThat(run("run", scenario.toString(), "--out", plain.toString(), "--threads", "2", "--quiet").exitCode()).isZero();
        CliTestSupport.Result r = run("run", scenario.toString(), "--uncertainty", "4", "--out", banded.toString(),
                "--threads", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(read(banded, RunFiles.TIMESERIES)).isEqualTo(read(plain, RunFiles.TIMESERIES));
        try (Stream<Path> files = Files.list(banded)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).contains(RunFiles.TIMESERIES,
                    RunFiles.TIMESERIES_COLUMNS, RunFiles.SUMMARY, RunFiles.PROVENANCE, RunFiles.SCENARIO, RunFiles.REPORT,
                    RunFiles.SNAPSHOT_COLLECTION, Uncertainty.CSV, Uncertainty.SAMPLES_CSV, Uncertainty.OUTCOMES_CSV);
        }
        // No partial folder left beside it, and the samples' snapshots were not written.
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))).isEmpty();
        }
        try (Stream<Path> snaps = Files.list(banded.resolve(RunFiles.SNAPSHOT_DIR))) {
            try (Stream<Path> nominal = Files.list(plain.resolve(RunFiles.SNAPSHOT_DIR))) {
                assertThat(snaps.count()).isEqualTo(nominal.count());
            }
        }
        // N is recorded, the console shows a line per sample and the bands.
        assertThat(read(banded, RunFiles.PROVENANCE)).contains("\"uncertainty_samples\": 4");
        assertThat(read(banded, RunFiles.SCENARIO)).contains("# Uncertainty: also run as 4 samples");
        for (int k = 1; k <= 4; k++) {
            assertThat(r.err()).contains("Uncertainty sample " + k + " of 4 done");
        }
        assertThat(r.out()).contains("5-95% of 4 samples (median)");
        assertThat(read(banded, RunFiles.REPORT)).contains("5–95 % (median)").contains("fill-opacity:0.18");
        assertThat(read(banded, RunFiles.SUMMARY)).contains("\"p05\"").contains("\"p95\"").contains("\"samples\": 4");
    }

    @Test
    void sampleKLivesSeedPlusKUnlessAllShareTheScenariosNoise(@TempDir Path dir) throws IOException {
        Path scenario = RunCommandTest.write(dir, "small.yaml", RunCommandTest.SMALL);
        Path own = dir.resolve("own");
        Path same = dir.resolve("same");
        assertThat(run("run", scenario.toString(), "--uncertainty", "3", "--seed", "7", "--out", own.toString(), "--quiet")
                .exitCode()).isZero();
        assertThat(run("run", scenario.toString(), "--uncertainty", "3", "--seed", "7", "--same-noise", "--out",
                same.toString(), "--quiet").exitCode()).isZero();
        List<String> ownRows = Files.readAllLines(own.resolve(Uncertainty.OUTCOMES_CSV));
        List<String> sameRows = Files.readAllLines(same.resolve(Uncertainty.OUTCOMES_CSV));
        assertThat(ownRows.get(0)).startsWith("sample,seed,");
        for (int k = 1; k <= 3; k++) {
            assertThat(ownRows.get(k)).startsWith(k + "," + (7 + k) + ",");
            assertThat(sameRows.get(k)).startsWith(k + ",7,");
        }
        // the same parameters were drawn either way; only the chance paths differ
        assertThat(read(same, Uncertainty.SAMPLES_CSV)).isEqualTo(read(own, Uncertainty.SAMPLES_CSV));
        assertThat(read(same, Uncertainty.CSV)).isNotEqualTo(read(own, Uncertainty.CSV));
        assertThat(read(own, RunFiles.REPORT)).contains("each its own seed");
        assertThat(read(same, RunFiles.REPORT)).contains("same seed: the parameters alone");
        // the option alone is bad input
        CliTestSupport.Result lone = run("run", scenario.toString(), "--same-noise", "--out", dir.resolve("x").toString());
        assertThat(lone.exitCode()).isEqualTo(2);
        assertThat(lone.err()).contains("--same-noise").contains("Fix: add --uncertainty N");
    }

    @Test
    void everyBandContainsItsMedian(@TempDir Path dir) throws IOException {
        Path scenario = RunCommandTest.write(dir, "small.yaml", RunCommandTest.SMALL);
        Path out = dir.resolve("out");
        assertThat(run("run", scenario.toString(), "--uncertainty", "5", "--out", out.toString(), "--quiet").exitCode())
                .isZero();
        List<String> lines = Files.readAllLines(out.resolve(Uncertainty.CSV));
        assertThat(lines.get(0)).isEqualTo("day,age_years,column,samples,p05,p50,p95");
        int wide = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double lo = Double.parseDouble(f[4]);
            double mid = Double.parseDouble(f[5]);
            double hi = Double.parseDouble(f[6]);
            if (Double.isNaN(mid)) {
                continue;
            }
            assertThat(lo).as(line).isLessThanOrEqualTo(mid);
            assertThat(mid).as(line).isLessThanOrEqualTo(hi);
            if (hi > lo) {
                wide++;
            }
        }
        // Sampling the parameters does spread the outcomes.
        assertThat(wide).isGreaterThan(lines.size() / 4);
    }

    @Test
    void valuesTheScenarioSetsAndParametersTheFilterNeutralisesAreNotSampled(@TempDir Path dir) throws IOException {
        Path scenario = RunCommandTest.write(dir, "small.yaml", SMALL_WITH_PARAMETER);
        Path out = dir.resolve("out");
        assertThat(run("run", scenario.toString(), "--uncertainty", "3", "--min-tier", "animal", "--out", out.toString(),
                "--quiet").exitCode()).isZero();
        List<String> header = Arrays.asList(Files.readAllLines(out.resolve(Uncertainty.SAMPLES_CSV)).get(0).split(","));
        assertThat(header.get(0)).isEqualTo("sample");
        assertThat(header).doesNotContain(FIXED_ID).hasSizeGreaterThan(10);
        // Without the scenario's value the same parameter is drawn.
        Path free = RunCommandTest.write(dir, "free.yaml", RunCommandTest.SMALL);
        Path freeOut = dir.resolve("free");
        assertThat(run("run", free.toString(), "--uncertainty", "3", "--min-tier", "animal", "--out", freeOut.toString(),
                "--quiet").exitCode()).isZero();
        assertThat(Files.readAllLines(freeOut.resolve(Uncertainty.SAMPLES_CSV)).get(0).split(",")).contains(FIXED_ID);
        ParameterRegistry registry = ParameterRegistry.builtIn();
        for (String id : header.subList(1, header.size())) {
            assertThat(registry.get(id).tier().atLeast(EvidenceTier.ANIMAL)).as(id).isTrue();
        }
    }

    @Test
    void badSampleCountsAndComparisonsAreBadInputWithoutAFolder(@TempDir Path dir) throws IOException {
        Path scenario = RunCommandTest.write(dir, "small.yaml", RunCommandTest.SMALL);
        Path arms = RunCommandTest.write(dir, "arms.yaml", RunCommandTest.SMALL + """
                protocol:
                  - arm: none
                  - arm: sun
                    steps:
                      - lifestyle: sunscreen
                        start: 60 years
                        settings: {spf: 30, adherence: 0.6}
                """);
        for (String[] args : List.of(new String[] {"1"}, new String[] {"0"}, new String[] {"2.5"}, new String[] {"ten"},
                new String[] {"1001"})) {
            Path out = dir.resolve("bad-" + args[0]);
            CliTestSupport.Result r = run("run", scenario.toString(), "--uncertainty", args[0], "--out", out.toString());
            assertThat(r.exitCode()).as(args[0] + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).contains("--uncertainty").doesNotContain("\tat ");
            assertThat(out).doesNotExist();
        }
        Path out = dir.resolve("arms");
        CliTestSupport.Result r = run("run", arms.toString(), "--uncertainty", "3", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("arms.yaml").contains("--uncertainty").contains("Fix:");
        assertThat(out).doesNotExist();
    }

    @Test
    void tierCutsShowTheRunsHeadlinesAtEachCut(@TempDir Path dir) throws IOException {
        Path scenario = RunCommandTest.write(dir, "small.yaml", RunCommandTest.SMALL);
        Path out = dir.resolve("out");
        CliTestSupport.Result r = run("run", scenario.toString(), "--tier-cuts", "--out", out.toString(), "--threads", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Headline outcomes at each evidence cut").contains("rct+").contains("all tiers")
                .contains("Senescent fibroblasts");
        List<String> csv = Files.readAllLines(out.resolve(TierCuts.CSV));
        assertThat(csv.get(0)).isEqualTo("min_tier,neutralised,quantity,age,arm,value,difference");
        for (EvidenceTier t : EvidenceTier.values()) {
            assertThat(csv).anyMatch(l -> l.startsWith(t.id() + ","));
        }
        assertThat(read(out, RunFiles.REPORT)).contains("Headline outcomes at each evidence cut");
        // The all-tiers column is the run itself: its collagen at the end equals the time series'.
        String last = Files.readAllLines(out.resolve(RunFiles.TIMESERIES)).stream().reduce((x, y) -> y).orElseThrow();
        List<String> columns = Arrays.asList(Files.readAllLines(out.resolve(RunFiles.TIMESERIES)).get(0).split(","));
        String collagen = last.split(",")[columns.indexOf("collagen")];
        assertThat(csv).anyMatch(l -> l.startsWith("expert-opinion,0,collagen,") && l.endsWith("," + collagen + ",0"));
        // A strong cut changes the prediction.
        List<String> rct = csv.stream().filter(l -> l.startsWith("rct,") && l.contains(",senescent_fraction,")).toList();
        List<String> all = csv.stream().filter(l -> l.startsWith("expert-opinion,") && l.contains(",senescent_fraction,"))
                .toList();
        assertThat(rct).isNotEmpty();
        assertThat(rct.get(rct.size() - 1).split(",")[5]).isNotEqualTo(all.get(all.size() - 1).split(",")[5]);
    }
}
