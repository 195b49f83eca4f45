package org.senesim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code senesim sensitivity} and {@code senesim calibrate}: a small run end to end, and located bad input. */
class CalibrationCommandsTest {

    private static final String WOMAN_60 = """
            name: w60
            seed: 3
            duration: 45 years
            person: {species: human, sex: female, age: 60 years}
            outputs: {every: 28 days}
            """;

    @Test
    void morrisRanksParametersAndWritesItsFiles(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("w60.yaml");
        Files.writeString(scenario, WOMAN_60);
        Path out = dir.resolve("sens");
        CliTestSupport.Result r = CliTestSupport.run("sensitivity", scenario.toString(), "--parameters",
                "organism.production.eta.*,organism.death.threshold,organism.production.multiplier.liver", "--samples", "3",
                "--people", "100", "--out", out.toString(), "--threads", "2", "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String csv = Files.readString(out.resolve("sensitivity.csv"));
        // the mouse's production rate cannot move a woman's cohort: left out
        assertThat(csv).contains("organism.production.eta.human").doesNotContain("eta.mouse");
        assertThat(csv.lines()).hasSize(1 + 3);
        // the Parquet copy: the same rows, typed
        assertThat(CliTestSupport.parquetRows(out.resolve("sensitivity.parquet"))).isEqualTo(3);
        assertThat(Files.readString(out.resolve("report.html"))).contains("<svg").contains("μ*");
    }

    @Test
    void aSmallCalibrationWritesItsPosteriorAndItsTablesAsCsvAndParquet(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("w60.yaml"), WOMAN_60);
        Files.writeString(dir.resolve("figs.published.yaml"), """
                reproduction: figs
                title: test figures
                figures:
                  - {id: median_age_at_death, description: d, published: 84, unit: years, tolerance: {absolute: 3}, calibration: true, source: s}
                """);
        Path targets = Files.writeString(dir.resolve("t.yaml"), """
                calibration: t
                title: test
                parameters: [organism.production.eta.human]
                abc: {particles: 10, generations: 1, batch: 10, seed: 4}
                targets:
                  - {figure: median_age_at_death, published: figs.published.yaml, use: calibrate, scenario: w60.yaml, quantity: median_age_at_death, people: 40}
                """);
        Path out = dir.resolve("cal");
        CliTestSupport.Result r = CliTestSupport.run("calibrate", targets.toString(), "--out", out.toString(), "--threads", "2",
                "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(out.resolve("posterior.json")).exists();
        for (String table : java.util.List.of("diagnostics", "predictive")) {
            long csvRows = Files.readAllLines(out.resolve(table + ".csv")).size() - 1;
            assertThat(CliTestSupport.parquetRows(out.resolve(table + ".parquet"))).as(table).isEqualTo(csvRows).isPositive();
        }
    }

    @Test
    void sensitivityBadInputIsOneLineExitTwo(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("w60.yaml");
        Files.writeString(scenario, WOMAN_60);
        CliTestSupport.Result method = CliTestSupport.run("sensitivity", scenario.toString(), "--method", "sobel");
        assertThat(method.exitCode()).isEqualTo(2);
        assertThat(method.err()).contains("--method").contains("Fix:").doesNotContain("Exception");
        CliTestSupport.Result params = CliTestSupport.run("sensitivity", scenario.toString(), "--parameters", "organism.nope");
        assertThat(params.exitCode()).isEqualTo(2);
        assertThat(params.err()).contains("organism.nope");
        CliTestSupport.Result sobol = CliTestSupport.run("sensitivity", scenario.toString(), "--method", "sobol");
        assertThat(sobol.exitCode()).isEqualTo(2);
        assertThat(sobol.err()).contains("screen with --method morris first");
        CliTestSupport.Result engine = CliTestSupport.run("sensitivity", scenario.toString(), "--engine", "flink");
        assertThat(engine.exitCode()).isEqualTo(2);
        assertThat(engine.err()).contains("--engine local or --engine spark");
        CliTestSupport.Result master = CliTestSupport.run("sensitivity", scenario.toString(), "--master", "local[2]");
        assertThat(master.exitCode()).isEqualTo(2);
        assertThat(master.err()).contains("Fix: add --engine spark");
        // a figure read at an age the cohort does not live would be the same number for every point
        CliTestSupport.Result before = CliTestSupport.run("sensitivity", scenario.toString(), "--outputs", "survival_to_50");
        assertThat(before.exitCode()).isEqualTo(2);
        assertThat(before.err()).contains("'survival_to_50' reads age 50").contains("Fix:");
        CliTestSupport.Result twice = CliTestSupport.run("sensitivity", scenario.toString(), "--outputs",
                "median_age_at_death,median_age_at_death");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("twice").contains("Fix:");
    }

    @Test
    void everyKindOfTargetsFileMistakeIsLocated(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("w60.yaml"), WOMAN_60);
        Files.writeString(dir.resolve("figs.published.yaml"), """
                reproduction: figs
                title: test figures
                figures:
                  - {id: median_age_at_death, description: d, published: 84, unit: years, tolerance: {absolute: 2}, calibration: true, source: s}
                  - {id: old, description: d, published: 0.2, unit: fraction, tolerance: {at_least: 0.1}, calibration: true, source: s}
                """);
        String good = """
                calibration: t
                title: test
                parameters: [organism.production.eta.human]
                targets:
                  - {figure: median_age_at_death, published: figs.published.yaml, use: calibrate, scenario: w60.yaml, quantity: median_age_at_death, people: 50}
                """;
        String[][] cases = {
                {"parameters: [organism.production.eta.human]", "parameters: [organism.production.eta.humna]", "3:",
                        "did you mean"},
                {"use: calibrate", "use: fit", "5:", "use is 'fit'"},
                {"quantity: median_age_at_death", "quantity: median_age", "5:", "unknown quantity"},
                {"figure: median_age_at_death", "figure: median", "5:", "no figure 'median'"},
                {"published: figs.published.yaml", "published: nope.published.yaml", "5:", "no file"},
                {"scenario: w60.yaml", "scenario: w60.yaml, reproduction: karin-2019", "5:", "both 'scenario'"},
                {"figure: median_age_at_death,", "figure: old, quantity2: x,", "5:", "unknown key 'quantity2'"},
                {"quantity: median_age_at_death", "quantity: survival_to_120", "5:", "outside the scenario's years"},
                {"title: test", "title: test\nabc: {particles: 1}", "3:", "at least 10"},
        };
        for (String[] c : cases) {
            Path t = dir.resolve("t.yaml");
            Files.writeString(t, good.replace(c[0], c[1]));
            CliTestSupport.Result r = CliTestSupport.run("calibrate", t.toString(), "--out", dir.resolve("o").toString());
            assertThat(r.exitCode()).as(c[1] + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(c[1]).contains("t.yaml:" + c[2]).contains(c[3]).doesNotContain("Exception");
            assertThat(r.err().strip().lines()).as(c[1]).hasSize(1);
        }
        // a one-sided figure cannot be fitted to
        Path t = dir.resolve("t.yaml");
        Files.writeString(t, good.replace("figure: median_age_at_death,", "figure: old,")
                .replace("quantity: median_age_at_death", "quantity: survival_to_80"));
        CliTestSupport.Result r = CliTestSupport.run("calibrate", t.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("one-sided").contains("hold-out");
        assertThat(Files.exists(dir.resolve("o"))).isFalse();
    }
}
