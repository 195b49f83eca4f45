package org.senesim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCommandTest {

    static final String PERSON = """
            name: planner-cli
            duration: 2 years
            seed: 2
            person: {age: 60 years, sex: female, fitzpatrick: 2}
            tissue: {dimension: 2D, size: [0.2 mm, 1.2 mm]}
            outputs: {every: 90 days}
            """;

    @Test
    void anEmptyPlanSpaceIsBadInputWithAFix(@TempDir Path dir) throws Exception {
        Path person = Files.writeString(dir.resolve("p.yaml"), PERSON);
        CliTestSupport.Result r = CliTestSupport.run("plan", person.toString(), "--treatments", " , ", "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("plan space is empty").contains("Fix:").doesNotContain("Exception");
        assertThat(dir.resolve("o")).doesNotExist();

        r = CliTestSupport.run("plan", person.toString(), "--max-sessions", "0", "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("plan space is empty").contains("--max-sessions");

        r = CliTestSupport.run("plan", person.toString(), "--treatments", "thulium-1972", "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("did you mean 'thulium-1927'");

        r = CliTestSupport.run("plan", person.toString(), "--objectives", "collagen", "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("collagen@AGE");

        r = CliTestSupport.run("plan", person.toString(), "--objectives", "senescence,kc,senescence", "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'senescence' twice").contains("Fix:");

        // an outcome read at an age the person's run does not reach would be no objective at all
        r = CliTestSupport.run("plan", person.toString(), "--objectives", "senescence,frailty@99", "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'frailty@99' reads an age the run does not reach").contains("Fix: choose an age from");

        r = CliTestSupport.run("plan", person.toString(), "--search-skin", "lattice", "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--search-skin").contains("Fix:");

        r = CliTestSupport.run("plan", person.toString(), "--screening", "weekly", "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--screening").contains("Fix:").doesNotContain("Exception");

        r = CliTestSupport.run("plan", person.toString(), "--screening", "coarse-depth", "--search-skin", "patch",
                "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--screening mean-field");
        assertThat(dir.resolve("o")).doesNotExist();

        for (String bad : new String[] {"-1", "11", "NaN"}) {
            r = CliTestSupport.run("plan", person.toString(), "--screening", "coarse-weekly", "--screen-resolution", bad,
                    "--out", dir.resolve("o").toString());
            assertThat(r.exitCode()).as(bad).isEqualTo(2);
            assertThat(r.err()).contains("--screen-resolution").contains("Fix:").doesNotContain("Exception");
            assertThat(dir.resolve("o")).doesNotExist();
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"coarse-depth", "coarse-weekly"})
    void aScreenedSearchReportsItsFrontJudgedAgainOnTheDailyMeanField(String screening, @TempDir Path dir) throws Exception {
        Path person = Files.writeString(dir.resolve("p.yaml"), PERSON);
        Path out = dir.resolve("screened");
        CliTestSupport.Result r = CliTestSupport.run("plan", person.toString(), "--treatments", "sunscreen,thulium-1927",
                "--objectives", "senescence,cost", "--evaluations", "8", "--population", "4", "--recheck", "0",
                "--screening", screening, "--threads", "2", "--out", out.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("Screened, then judged on the daily mean field").contains("screened on the coarse-depth grid")
                .contains("screening / daily mean field");
        assertThat(html.contains("in weekly steps (coarse-weekly)")).isEqualTo(screening.equals("coarse-weekly"));
        // how the screening front was thinned, with the widths of this screening
        assertThat(html).contains("thinned to one plan per box of the screening").contains("scatter (senescence "
                + (screening.equals("coarse-weekly") ? "0.8" : "0.6") + " %, cost exact)").contains("judged again");
        assertThat(Files.readAllLines(out.resolve("plans.csv"))).hasSize(1 + 8);
    }

    /** The stages after the search can take as long as it: each tells its progress too (unless --quiet). */
    @Test
    void theStagesAfterTheSearchTellTheirProgress(@TempDir Path dir) throws Exception {
        Path person = Files.writeString(dir.resolve("p.yaml"), PERSON);
        CliTestSupport.Result r = CliTestSupport.run("plan", person.toString(), "--treatments", "sunscreen,thulium-1927",
                "--objectives", "senescence,cost", "--evaluations", "8", "--population", "4", "--recheck", "1",
                "--recheck-seeds", "1", "--screening", "coarse-weekly", "--threads", "2", "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("8/8 plans evaluated")
                .containsPattern("every evidence tier: (\\d+)/\\1 screening front plans judged again on the daily mean field")
                .contains("3/3 plans and reference patterns re-checked on the lattice patch (1 seed each)");
        r = CliTestSupport.run("plan", person.toString(), "--treatments", "sunscreen,thulium-1927",
                "--objectives", "senescence,cost", "--evaluations", "8", "--population", "4", "--recheck", "1",
                "--recheck-seeds", "1", "--screening", "coarse-weekly", "--threads", "2", "--out", dir.resolve("q").toString(),
                "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("judged again").doesNotContain("re-checked");
    }

    @Test
    void ownDowntimeAndFeesComeFromABurdenFileCopiedIntoTheFolderAndAMistakeInItIsBadInput(@TempDir Path dir) throws Exception {
        Path person = Files.writeString(dir.resolve("p.yaml"), PERSON);
        String builtIn;
        try (java.io.InputStream in = org.senesim.planner.space.Burdens.class.getResourceAsStream(
                org.senesim.planner.space.Burdens.RESOURCE)) {
            builtIn = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        // sunscreen at a tenth of the US price: the cost objective of a sunscreen plan follows the file
        Path cheap = Files.writeString(dir.resolve("local.yaml"), builtIn.replace(
                "cost: {usd: 150, per: year, range: [50, 400]", "cost: {usd: 15, per: year, range: [5, 40]"));
        Path out = dir.resolve("local");
        CliTestSupport.Result r = CliTestSupport.run("plan", person.toString(), "--treatments", "sunscreen",
                "--objectives", "uv,cost", "--evaluations", "8", "--population", "4", "--recheck", "0",
                "--burdens", cheap.toString(), "--out", out.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("burdens.yaml"))).contains("usd: 15, per: year");
        assertThat(Files.readString(out.resolve("report.html"))).contains("the figures and ranges of " + cheap)
                .contains("What a session costs, and where the figures come from").contains("US$15 (5–40) per year");
        java.util.List<String> front = Files.readAllLines(out.resolve("front.csv"));
        int cost = java.util.Arrays.asList(front.get(0).split(",")).indexOf("cost");
        java.util.List<Double> costs = front.subList(1, front.size()).stream().map(row -> Double.parseDouble(row.split(",")[cost])).toList();
        // two years at most at the file's price (against up to 300 at the built-in one), and some plan pays it
        assertThat(costs).allSatisfy(c -> assertThat(c).isLessThanOrEqualTo(15 * 2.0)).anySatisfy(c -> assertThat(c).isPositive());

        Path bad = Files.writeString(dir.resolve("bad.yaml"), builtIn.replace("usd: 150, per: year", "usd: -150, per: year"));
        r = CliTestSupport.run("plan", person.toString(), "--treatments", "sunscreen", "--burdens", bad.toString(),
                "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":").contains("entries.sunscreen.cost.usd").contains("Fix:").doesNotContain("Exception");
        assertThat(dir.resolve("o")).doesNotExist();
        Path missing = Files.writeString(dir.resolve("missing.yaml"), "entries:\n" + builtIn.lines()
                .dropWhile(l -> !l.startsWith("  co2-fractional:")).limit(3).collect(java.util.stream.Collectors.joining("\n")) + "\n");
        r = CliTestSupport.run("plan", person.toString(), "--treatments", "sunscreen", "--burdens", missing.toString(),
                "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no downtime and cost for 'sunscreen'").contains("Fix:");
    }

    @Test
    void theConsoleShowsWhatEachPlanBuysBesideWhatItCosts(@TempDir Path dir) throws Exception {
        Path person = Files.writeString(dir.resolve("p.yaml"), PERSON);
        CliTestSupport.Result r = CliTestSupport.run("plan", person.toString(), "--treatments", "sunscreen,microneedling",
                "--objectives", "ak,cost", "--evaluations", "8", "--population", "4", "--recheck", "0",
                "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Pareto front, every evidence tier (");
        // each plan line: its fees, then each simulated objective with its value, then the plan in words
        assertThat(r.out().lines().filter(l -> l.startsWith("  US$")).toList()).isNotEmpty()
                .allSatisfy(l -> assertThat(l).matches("  US\\$ *[0-9,]+  ak [0-9.×⁻⁰¹²³⁴⁵⁶⁷⁸⁹ ]+  .+"));
    }

    @Test
    void writesTheFrontsSideBySideAndEveryEvaluatedPlan(@TempDir Path dir) throws Exception {
        Path person = Files.writeString(dir.resolve("p.yaml"), PERSON);
        Path out = dir.resolve("plans");
        CliTestSupport.Result r = CliTestSupport.run("plan", person.toString(), "--treatments", "sunscreen,microneedling",
                "--objectives", "ak,cost", "--evaluations", "16", "--population", "8", "--recheck", "1", "--recheck-seeds", "2",
                "--min-tier", "rct", "--threads", "2", "--out", out.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("plans.csv"))).hasSize(1 + 2 * 16);
        String front = Files.readString(out.resolve("front.csv"));
        assertThat(front).contains("every evidence tier").contains("rct and stronger");
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("not medical advice").contains("<svg").contains("Re-checked on the lattice patch")
                .contains("simulated on the mean-field skin");
        // the person is enrolled at 60, the reactive pattern's age: each chosen plan is drawn against both references
        assertThat(html.contains("against no treatment and the reactive pattern")).isTrue();
        assertThat(html.contains(">No treatment<") && html.contains(">Reactive: one ablative")).isTrue();

        // the Parquet copy holds the same rows, in the same order, as plans.csv
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT cut) FROM read_parquet('"
                     + out.resolve("plans.parquet") + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(2 * 16);
            assertThat(rs.getLong(2)).isEqualTo(2);
        }
    }

    @Test
    void aPosteriorGivesEachSeedItsOwnCalibratedDrawAndABadOneIsBadInput(@TempDir Path dir) throws Exception {
        Path person = Files.writeString(dir.resolve("p.yaml"), PERSON);
        String[] common = {"plan", person.toString(), "--treatments", "sunscreen", "--objectives", "frailty@61,cost",
                "--evaluations", "8", "--population", "4", "--recheck", "0", "--seeds", "2", "--threads", "2", "--quiet"};
        CliTestSupport.Result nominal = CliTestSupport.run(concat(common, "--out", dir.resolve("nominal").toString()));
        assertThat(nominal.exitCode()).as(nominal.err()).isZero();
        Path posterior = Path.of("..", "examples", "calibration", "default-human.posterior.json");
        CliTestSupport.Result drawn = CliTestSupport.run(concat(common, "--posterior", posterior.toString(),
                "--out", dir.resolve("drawn").toString()));
        assertThat(drawn.exitCode()).as(drawn.err()).isZero();
        // the same plans, judged across calibrated parameter draws, give different frailty figures
        assertThat(Files.readString(dir.resolve("drawn").resolve("plans.csv")))
                .isNotEqualTo(Files.readString(dir.resolve("nominal").resolve("plans.csv")));
        assertThat(Files.readString(dir.resolve("drawn").resolve("report.html"))).contains("posterior sample k of");
        // provenance records the command as typed, every option included
        assertThat(Files.readString(dir.resolve("drawn").resolve("provenance.json"))).contains("--posterior").contains("--seeds");

        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"not-a-posterior\"}");
        CliTestSupport.Result r = CliTestSupport.run(concat(common, "--posterior", bad.toString(), "--out", dir.resolve("o").toString()));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json").doesNotContain("Exception");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
