package org.senesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code senesim trial}: a small example trial end to end, and bad input as one line with exit 2. */
class TrialCommandTest {

    @TempDir
    Path dir;

    private static Path example() {
        Path p = Path.of("examples/trials/split-body-over-60.yaml");
        return Files.exists(p) ? p : Path.of("..").resolve(p);
    }

    @Test
    void runsAnExampleIntoACompleteFolder() {
        Path out = dir.resolve("t");
        CliTestSupport.Result r = CliTestSupport.run("trial", example().toString(), "--people", "40", "--threads", "2",
                "--out", out.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(out.resolve("report.html")).content().contains("Kaplan", "Forest plot", "Participant flow");
        assertThat(out.resolve("trial.duckdb")).isNotEmptyFile();
        assertThat(out.resolve("person.parquet")).isNotEmptyFile();
    }

    @Test
    void aMistakeIsOneLocatedLineWithExitTwoAndNoFolder() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: x\npopulation: {size: 10}\narms: [{name: a}, {name: b, treatments: [{drug: aspirin}]}]\n");
        Path out = dir.resolve("never");
        CliTestSupport.Result r = CliTestSupport.run("trial", bad.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("senesim: " + bad + ":3:").contains("aspirin").doesNotContain("\n").doesNotContain("Exception");
        assertThat(out).doesNotExist();
        assertThat(CliTestSupport.run("trial", example().toString(), "--people", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void sparkEngineNotBuiltIsOneLineWithExitTwo() {
        String before = System.getProperty("senesim.home");
        System.setProperty("senesim.home", dir.toString());   // a project folder without a built Spark module
        try {
            CliTestSupport.Result r = CliTestSupport.run("trial", example().toString(), "--engine", "spark", "--out",
                    dir.resolve("s").toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err().strip()).contains("--engine spark: the Spark module is not built", SparkEngine.BUILD)
                    .doesNotContain("\n");
            assertThat(dir.resolve("s")).doesNotExist();
        } finally {
            if (before == null) {
                System.clearProperty("senesim.home");
            } else {
                System.setProperty("senesim.home", before);
            }
        }
        assertThat(CliTestSupport.run("trial", example().toString(), "--engine", "cloud").exitCode()).isEqualTo(2);
        assertThat(CliTestSupport.run("trial", example().toString(), "--master", "local[2]").exitCode()).isEqualTo(2);
    }

    @Test
    void sparkEngineStartsTheSparkModuleInItsOwnJvmWithTheOptions() throws Exception {
        Files.createDirectories(dir.resolve(SparkEngine.CLASSES));
        Files.writeString(dir.resolve(SparkEngine.CLASSPATH_FILE), "/m2/spark-core.jar:/m2/duckdb.jar\n");
        Files.writeString(dir.resolve(SparkEngine.JVM_OPTIONS), "--add-opens=java.base/java.nio=ALL-UNNAMED\n");
        var cmd = SparkEngine.command(dir, java.util.List.of("t.yaml", "--master", "local[2]"));
        assertThat(cmd).contains("@" + dir.resolve(SparkEngine.JVM_OPTIONS), SparkEngine.MAIN, "t.yaml", "local[2]");
        assertThat(cmd.get(cmd.indexOf("-cp") + 1)).endsWith("classes:/m2/spark-core.jar:/m2/duckdb.jar");
        assertThat(cmd.indexOf(SparkEngine.MAIN)).isLessThan(cmd.indexOf("t.yaml"));
    }

    @Test
    void aPosteriorIsNamedInTheProvenanceAndRefusedOnSparkOrWhenUnreadable() throws Exception {
        Path posterior = Path.of("examples/calibration/default-human.posterior.json");
        posterior = Files.exists(posterior) ? posterior : Path.of("..").resolve(posterior);
        Path out = dir.resolve("p");
        CliTestSupport.Result r = CliTestSupport.run("trial", example().toString(), "--people", "20", "--threads", "2",
                "--posterior", posterior.toString(), "--out", out.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(out.resolve("provenance.json")).content().contains("\"posterior\": \"default-human.posterior.json (50 parameter sets");
        assertThat(out.resolve("report.html")).content().contains("calibrated posterior");

        CliTestSupport.Result spark = CliTestSupport.run("trial", example().toString(), "--engine", "spark",
                "--posterior", posterior.toString(), "--out", dir.resolve("s").toString());
        assertThat(spark.exitCode()).isEqualTo(2);
        assertThat(spark.err().strip()).contains("--posterior is not available with --engine spark").doesNotContain("\n");
        Path junk = dir.resolve("junk.json");
        Files.writeString(junk, "{\"format\": \"something-else\"}");
        CliTestSupport.Result bad = CliTestSupport.run("trial", example().toString(), "--posterior", junk.toString(),
                "--out", dir.resolve("b").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).contains(junk.toString(), "not a posterior file", "Fix:").doesNotContain("\n");
        assertThat(dir.resolve("s")).doesNotExist();
        assertThat(dir.resolve("b")).doesNotExist();
    }
}
