package org.senesim.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #17's last "done when": every command of the README that writes files, started in a working
 * directory that cannot be written ({@code /proc}, which refuses new entries even to root), stops at
 * once with exit 2 and one line naming the place and the fix — before any computing, so no progress
 * line comes first — and with {@code --out} in a writable place it succeeds. Real processes, so the
 * working directory is real. (The flagship {@code ./senesim run} and {@code calibrate} are left out
 * of the second half for their running time; {@code run} is covered by {@link OutputSafetyTest}.)
 */
class ReadOnlyWorkingDirectoryTest {

    @TempDir
    static Path dir;

    /** A JSBML (log4j) notice some JVMs print on stderr before Senesim runs; not Senesim's line. */
    private static final String LOG4J_NOTICE = "WARNING: sun.reflect.Reflection.getCallerClass";

    private static Path example(String name) {
        return DocsSnippetsTest.root().resolve("examples").resolve(name).toAbsolutePath().normalize();
    }

    private static String arms() throws IOException {
        return RunCommandTest.write(dir, "arms.yaml", """
                name: arms
                duration: 1 year
                person: {age: 60 years}
                tissue: {dimension: 2D, size: [0.2 mm, 0.4 mm], voxel: 20 um}
                outputs: {snapshots: []}
                protocol:
                  - arm: none
                  - arm: laser
                    steps: [{device: co2-fractional, start: 60.2 years}]
                """).toString();
    }

    private static List<List<String>> writingCommands() throws IOException {
        String small = RunCommandTest.write(dir, "small.yaml", RunCommandTest.SMALL).toString();
        return List.of(
                List.of("run", small, "--threads", "1"),
                List.of("run", small, "--threads", "1", "--checkpoint-every", "1 year"),
                List.of("compare", arms(), "--threads", "1"),
                List.of("trial", example("trials/dq-pulses-from-70.yaml").toString(), "--people", "20", "--threads", "1"),
                List.of("plan", example("plan-35.yaml").toString(), "--evaluations", "4", "--population", "4",
                        "--threads", "1"),
                List.of("sensitivity", example("smoker-high-uv.yaml").toString(), "--samples", "2", "--people", "10",
                        "--threads", "1"),
                List.of("calibrate", example("calibration/default-human.targets.yaml").toString(), "--threads", "1"),
                List.of("reproduce", "karin-2019", "--markdown", "validation.md"),
                List.of("export-sbml", "--out", "model.xml"));
    }

    @TestFactory
    Stream<DynamicTest> withoutOutEachIsExitTwoAtOnceWithOneLine() throws IOException {
        return writingCommands().stream().map(args -> DynamicTest.dynamicTest(String.join(" ", args.subList(0, 1)), () -> {
            Path err = dir.resolve("err-" + args.get(0) + ".txt");
            Process p = java(Path.of("/proc"), err, args);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            List<String> lines = Files.readAllLines(err).stream().filter(l -> !l.startsWith(LOG4J_NOTICE)).toList();
            assertThat(p.exitValue()).as(String.join("\n", lines)).isEqualTo(2);
            assertThat(lines).as("stderr of " + args).hasSize(1);
            assertThat(lines.get(0)).startsWith("senesim: ").contains("/proc").contains("Fix:");
        }));
    }

    @TestFactory
    Stream<DynamicTest> withOutInAWritablePlaceEachSucceeds() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        List<List<String>> cases = List.of(
                List.of("compare", arms(), "--threads", "1", "--replicates", "1", "--out", out.resolve("c").toString()),
                List.of("trial", example("trials/dq-pulses-from-70.yaml").toString(), "--people", "20", "--threads", "1",
                        "--out", out.resolve("t").toString()),
                List.of("plan", example("plan-35.yaml").toString(), "--evaluations", "4", "--population", "4",
                        "--threads", "1", "--out", out.resolve("p").toString()),
                List.of("sensitivity", example("smoker-high-uv.yaml").toString(), "--samples", "2", "--people", "10",
                        "--threads", "1", "--out", out.resolve("s").toString()),
                List.of("export-sbml", "--out", out.resolve("model.xml").toString()),
                List.of("devices"), List.of("params"), List.of("reproduce", "--list"), List.of("--help"));
        return cases.stream().map(args -> DynamicTest.dynamicTest(String.join(" ", args.subList(0, 1)), () -> {
            Path err = dir.resolve("ok-" + args.get(0) + ".txt");
            Process p = java(Path.of("/proc"), err, args);
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        }));
    }

    private static Process java(Path cwd, Path stderr, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                SenesimCommand.class.getName()));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
    }
}
