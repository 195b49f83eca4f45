package org.senesim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run --checkpoint-every} and {@code senesim resume} as a user meets them: a real CLI process
 * killed with SIGKILL once its first checkpoint exists, then resumed, leaves the same files as a run
 * never stopped — byte for byte, except the wall-clock fields named in {@link #WALL_CLOCK}. A damaged
 * checkpoint or one from another build is refused with one line and exit 2; a comparison is refused.
 */
class CheckpointResumeCliTest {

    /**
     * The only differences allowed: when the run started and ended and how long it took, in
     * provenance.json ({@code start}, {@code end}, {@code duration_seconds}) and as the report's run
     * facts show them ({@code Started}, {@code Duration}).
     */
    private static final List<String> WALL_CLOCK = List.of("\"start\":", "\"end\":", "\"duration_seconds\":",
            "<th scope=\"row\">Started</th>", "<th scope=\"row\">Duration</th>");

    private static final String SCENARIO = """
            name: long-run
            seed: 4
            duration: 24 years
            person: {age: 50 years, latitude: 40, outdoor_hours: 2}
            tissue: {dimension: 2D, size: [0.4 mm, 0.6 mm], voxel: 20 um}
            outputs: {every: 90 days, snapshots: [53, 70]}
            protocol:
              - device: co2-fractional
                start: 51 years
                sessions: 2
                interval: 6 months
              - drug: dasatinib-quercetin
                route: oral
                start: 52 years
                sessions: 3
                interval: 4 weeks
              - lifestyle: sunscreen
                start: 60 years
                settings: {spf: 30, adherence: 0.6}
            """;

    @Test
    void aRunKilledAfterItsFirstCheckpointAndResumedWritesTheSameFilesAsOneNeverStopped(@TempDir Path dir)
            throws Exception {
        Path scenario = RunCommandTest.write(dir, "long.yaml", SCENARIO);
        String[] args = {"run", scenario.toString(), "--out", "run", "--threads", "2", "--checkpoint-every", "2 years"};
        Path whole = Files.createDirectories(dir.resolve("whole"));
        Path killed = Files.createDirectories(dir.resolve("killed"));

        Process run = java(killed, List.of(), args);
        Path checkpoint = killed.resolve(".run.partial/checkpoint.senesim");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(checkpoint)) {
            assertThat(run.isAlive()).as("the run ended before its first checkpoint").isTrue();
            assertThat(System.nanoTime()).as("no checkpoint within 120 s").isLessThan(deadline);
            Thread.sleep(10);
        }
        run.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(killed.resolve("run")).as("killed before it finished").doesNotExist();
        Path spare = Files.copy(checkpoint, dir.resolve("spare.senesim"));

        Process uninterrupted = java(whole, List.of(), args);
        assertThat(uninterrupted.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(uninterrupted.exitValue()).isZero();

        Path err = dir.resolve("resume-err.txt");
        Process resume = java(killed, List.of(), err, "resume", ".run.partial");
        assertThat(resume.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(resume.exitValue()).as(Files.readString(err)).isZero();
        assertThat(Files.readString(err)).contains("continuing long-run from simulated day 731");

        assertThat(killed.resolve(".run.partial")).doesNotExist();
        List<String> files = files(whole.resolve("run"));
        assertThat(files).contains("timeseries.csv", "summary.json", "report.html", "provenance.json",
                "scenario.resolved.yaml").noneMatch(f -> f.contains("checkpoint"));
        assertThat(files(killed.resolve("run"))).isEqualTo(files);
        for (String f : files) {
            byte[] a = Files.readAllBytes(whole.resolve("run").resolve(f));
            byte[] b = Files.readAllBytes(killed.resolve("run").resolve(f));
            if (f.equals("provenance.json") || f.equals("report.html")) {
                assertThat(withoutWallClock(b)).as(f).isEqualTo(withoutWallClock(a));
            } else {
                assertThat(b).as(f).isEqualTo(a);
            }
        }

        // a damaged checkpoint, and one from another build, are refused with one line
        Path folder = Files.createDirectories(dir.resolve(".again.partial"));
        Files.copy(spare, folder.resolve("checkpoint.senesim"));
        Process foreign = java(dir, List.of("-Dsenesim.git.commit=0123456789ab"), err, "resume", folder.toString());
        assertThat(foreign.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(foreign.exitValue()).isEqualTo(2);
        assertThat(Files.readString(err).strip()).doesNotContain("\n").contains("written by Senesim")
                .contains("0123456789ab").contains("Fix:");
        byte[] bytes = Files.readAllBytes(spare);
        bytes[bytes.length / 2] ^= 1;
        Files.write(folder.resolve("checkpoint.senesim"), bytes);
        CliTestSupport.Result damaged = CliTestSupport.run("resume", folder.toString());
        assertThat(damaged.exitCode()).isEqualTo(2);
        assertThat(damaged.err().strip()).doesNotContain("\n").contains("damaged").contains("checksum")
                .contains(folder.toString());
    }

    @Test
    void checkpointsAreRefusedForAComparisonAndForABadDuration(@TempDir Path dir) throws IOException {
        Path compare = RunCommandTest.write(dir, "arms.yaml", """
                name: arms
                duration: 1 year
                person: {age: 60 years}
                tissue: {dimension: 2D, size: [0.2 mm, 0.4 mm], voxel: 20 um}
                protocol:
                  - arm: none
                  - arm: laser
                    steps: [{device: co2-fractional, start: 60 years}]
                """);
        CliTestSupport.Result arms = CliTestSupport.run("run", compare.toString(), "--out", dir.resolve("a").toString(),
                "--checkpoint-every", "1 year");
        assertThat(arms.exitCode()).isEqualTo(2);
        assertThat(arms.err()).contains("arms").contains("Fix:");
        Path single = RunCommandTest.write(dir, "small.yaml", RunCommandTest.SMALL);
        CliTestSupport.Result bad = CliTestSupport.run("run", single.toString(), "--out", dir.resolve("b").toString(),
                "--checkpoint-every", "soon");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--checkpoint-every").contains("Fix:");
        assertThat(dir.resolve("a")).doesNotExist();
        assertThat(dir.resolve("b")).doesNotExist();
    }

    private static String withoutWallClock(byte[] text) {
        return new String(text, StandardCharsets.UTF_8).lines()
                .filter(line -> WALL_CLOCK.stream().noneMatch(line::contains))
                .collect(Collectors.joining("\n"));
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static Process java(Path cwd, List<String> jvm, String... args) throws IOException {
        return java(cwd, jvm, null, args);
    }

    private static Process java(Path cwd, List<String> jvm, Path stderr, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true"));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), SenesimCommand.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(stderr == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stderr.toFile()));
        return pb.start();
    }
}
