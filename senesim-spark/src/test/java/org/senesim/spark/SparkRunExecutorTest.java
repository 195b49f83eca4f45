package org.senesim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senesim.calibration.sensitivity.SensitivityStudy;
import org.senesim.run.LocalExecutor;
import org.senesim.scenario.ScenarioLoader;

/**
 * Designs run through {@link SparkRunExecutor} on a real Spark session (local[2]) give what this
 * JVM's threads give, bit for bit: the ranked table of a small Morris screening byte for byte, and a
 * small calibration's generations, posterior-predictive table and particles; bad options are one
 * line, exit 2, before Spark starts.
 */
class SparkRunExecutorTest {

    static final String WOMAN_60 = """
            name: w60
            seed: 3
            duration: 45 years
            person: {species: human, sex: female, age: 60 years}
            outputs: {every: 28 days}
            """;
    static final List<String> PARAMETERS = List.of("organism.production.eta.human", "organism.death.threshold");

    @TempDir
    Path tmp;

    @Test
    void morrisOnSparkRanksTheParametersExactlyAsTheLocalThreadsDo() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("w60.yaml"), WOMAN_60);
        SensitivityStudy study = SensitivityStudy.of(ScenarioLoader.load(scenario), "morris", PARAMETERS,
                List.of("median_age_at_death", "survival_to_85"), 3, 60, 5);
        String local = study.run(study.evaluator(new LocalExecutor(2))).csv();

        Path out = tmp.resolve("spark");
        int code = SparkSensitivityMain.execute(scenario.toString(), "--parameters", String.join(",", PARAMETERS),
                "--outputs", "median_age_at_death,survival_to_85", "--samples", "3", "--people", "60", "--seed", "5",
                "--master", "local[2]", "--out", out.toString(), "--quiet");
        assertThat(code).isZero();
        String onSpark = Files.readString(out.resolve("sensitivity.csv"));
        assertThat(onSpark).isEqualTo(local);
        // both outputs, both parameters, and indices that are not all zero: the cohorts really ran
        assertThat(onSpark.lines()).hasSize(1 + 2 * PARAMETERS.size());
        assertThat(onSpark).contains("organism.death.threshold").contains("survival_to_85");
        assertThat(onSpark.lines().skip(1).anyMatch(l -> !l.contains(",0,0,"))).isTrue();
        assertThat(out.resolve("sensitivity.parquet")).isRegularFile();
        assertThat(Files.readString(out.resolve("report.html"))).contains("<svg");
    }

    @Test
    void badOptionsAreOneLineAndExitTwoBeforeSparkStarts() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("w60.yaml"), WOMAN_60);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = SparkSensitivityMain.execute(scenario.toString(), "--method", "sobel", "--out",
                    tmp.resolve("x").toString());
        } finally {
            System.setErr(err);
        }
        assertThat(code).isEqualTo(2);
        String text = captured.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("--method").contains("Fix:").doesNotContain("Exception");
        assertThat(text.lines()).hasSize(1);
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void aCalibrationOnSparkAcceptsTheSameParticlesAsTheLocalThreads() throws Exception {
        Files.writeString(tmp.resolve("w60.yaml"), WOMAN_60);
        Files.writeString(tmp.resolve("figs.published.yaml"), """
                reproduction: figs
                title: test figures
                figures:
                  - {id: median_age_at_death, description: d, published: 84, unit: years, tolerance: {absolute: 3}, calibration: true, source: s}
                  - {id: survival_to_85, description: d, published: 0.5, unit: fraction, tolerance: {absolute: 0.2}, calibration: false, source: s}
                """);
        Path targets = Files.writeString(tmp.resolve("t.yaml"), """
                calibration: t
                title: test
                parameters: [organism.production.eta.human, organism.death.threshold]
                abc: {particles: 10, generations: 2, batch: 10, seed: 4}
                targets:
                  - {figure: median_age_at_death, published: figs.published.yaml, use: calibrate, scenario: w60.yaml, quantity: median_age_at_death, people: 30}
                  - {figure: survival_to_85, published: figs.published.yaml, use: hold-out, scenario: w60.yaml, quantity: survival_to_85, people: 30}
                """);
        org.senesim.evidence.ParameterRegistry registry = org.senesim.evidence.ParameterRegistry.builtIn();
        org.senesim.calibration.targets.TargetsFile file = org.senesim.calibration.targets.TargetsFile.load(targets, registry);
        org.senesim.calibration.targets.TargetModel model = new org.senesim.calibration.targets.TargetModel(file, 2, false);
        Path local = tmp.resolve("local");
        new org.senesim.calibration.report.CalibrationRun(file, model, model.withHoldOuts(), model, registry, 2)
                .run(local, org.senesim.calibration.abc.AbcSmc.Listener.SILENT);

        Path onSpark = tmp.resolve("spark");
        assertThat(SparkCalibrateMain.execute(targets.toString(), "--master", "local[2]", "--out", onSpark.toString(),
                "--quiet")).isZero();
        for (String table : List.of("diagnostics.csv", "predictive.csv")) {
            assertThat(Files.readString(onSpark.resolve(table))).as(table).isEqualTo(Files.readString(local.resolve(table)));
        }
        // the particles (values and weights), not only the tables (provenance holds times and threads, so not compared)
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        var a = json.readTree(local.resolve("posterior.json").toFile());
        var b = json.readTree(onSpark.resolve("posterior.json").toFile());
        assertThat(b.path("sets")).isEqualTo(a.path("sets"));
        assertThat(a.path("sets").size()).isPositive();
        assertThat(onSpark.resolve("predictive.parquet")).isRegularFile();
    }
}
