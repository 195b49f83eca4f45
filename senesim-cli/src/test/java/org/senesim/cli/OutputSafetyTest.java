package org.senesim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senesim.report.RunFiles;
import org.senesim.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #17, "outputs that never harm": whatever names, places and sizes a user gives, Senesim writes
 * only inside its own run folder, never over another of its files or a user's, and a place it cannot
 * write is one line and exit 2.
 */
class OutputSafetyTest {

    private static final String HOSTILE_ARMS = """
            name: hostile
            seed: 2
            duration: 1 year
            person: {age: 60 years}
            tissue: {dimension: 2D, size: [400 um, 400 um], voxel: 20 um}
            outputs: {every: 60 days, snapshots: []}
            protocol:
              - arm: none
              - arm: ".."
                steps: [{drug: fisetin, start: 60.2 years, sessions: 2, interval: 4 weeks}]
              - arm: third
                label: "=HYPERLINK(\\"http://x\\")"
                steps: [{drug: fisetin, start: 60.3 years, sessions: 2, interval: 4 weeks}]
            """;

    @Test
    void anArmCalledDotDotNeitherLeavesItsFolderNorReplacesTheCombinedSeriesAndNoCsvFieldIsAFormula(@TempDir Path dir)
            throws IOException {
        Path scenario = RunCommandTest.write(dir, "hostile.yaml", HOSTILE_ARMS);
        Path out = dir.resolve("out");
        CliTestSupport.Result r = CliTestSupport.run("compare", scenario.toString(), "--out", out.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // the combined series has a column per arm; on main the arm '..' wrote its own series over it
        String header = Files.readAllLines(out.resolve(RunFiles.TIMESERIES)).get(0);
        assertThat(header).contains("__none");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("hostile.yaml", "out");
        }
        try (Stream<Path> s = Files.list(out.resolve("arms"))) {
            assertThat(s.map(p -> p.getFileName().toString())).hasSize(3).allMatch(n -> !n.startsWith("."));
        }
        try (Stream<Path> files = Files.walk(out)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                for (String line : Files.readAllLines(csv)) {
                    for (String field : line.split(",")) {
                        String f = field.startsWith("\"") ? field.substring(1) : field;
                        assertThat(f).as(csv + ": " + line).doesNotStartWith("=").doesNotStartWith("@");
                    }
                }
            }
        }
    }

    /**
     * The class of fault on its own: an arm's name reaches comparison.csv (its arm and reference
     * columns) and its label timeseries.columns.csv, so text a spreadsheet would run ({@code =},
     * {@code +}, {@code -} or {@code @} first, not a number) must be written as text. Arm names may
     * hold letters, digits, '.', '_' and '-' only, so {@code -A1} (minus cell A1) is the formula a name
     * can be; a label can be anything. The main #17 was filed against wrote both as they were.
     */
    @Test
    void anArmNameThatASpreadsheetWouldRunIsWrittenAsTextInEveryCsv(@TempDir Path dir) throws IOException {
        Path scenario = RunCommandTest.write(dir, "formula.yaml", """
                name: formula
                seed: 2
                duration: 1 year
                person: {age: 60 years}
                tissue: {dimension: 2D, size: [200 um, 400 um], voxel: 20 um}
                outputs: {every: 90 days, snapshots: []}
                protocol:
                  - arm: "-A1"
                    label: "=HYPERLINK(\\"http://x\\")"
                  - arm: b
                    steps: [{drug: fisetin, start: 60.2 years}]
                """);
        Path out = dir.resolve("out");
        CliTestSupport.Result r = CliTestSupport.run("compare", scenario.toString(), "--out", out.toString(), "--quiet",
                "--replicates", "2", "--threads", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("comparison.csv"))).as("the name reaches comparison.csv, as text")
                .contains(",'-A1,");
        assertThat(Files.readString(out.resolve(RunFiles.TIMESERIES_COLUMNS))).as("the label reaches the columns, as text")
                .contains("'=HYPERLINK(");
        java.util.regex.Pattern number = java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
        try (Stream<Path> files = Files.walk(out)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                for (String line : Files.readAllLines(csv)) {
                    for (String field : line.split(",")) {
                        String f = field.startsWith("\"") ? field.substring(1) : field;
                        boolean runnable = !f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0 && !number.matcher(f).matches();
                        assertThat(runnable).as(csv + ": " + line).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void forceNeverDeletesAFileSenesimDidNotWrite(@TempDir Path dir) throws IOException {
        Path scenario = RunCommandTest.write(dir, "small.yaml", RunCommandTest.SMALL.replace("snapshots: [61]", "snapshots: []"));
        Path out = dir.resolve("out");
        assertThat(CliTestSupport.run("run", scenario.toString(), "--out", out.toString(), "--quiet").exitCode()).isZero();
        assertThat(CliTestSupport.run("run", scenario.toString(), "--out", out.toString(), "--quiet", "--force")
                .exitCode()).isZero();
        Files.writeString(out.resolve("notes.txt"), "my notes");
        CliTestSupport.Result r = CliTestSupport.run("run", scenario.toString(), "--out", out.toString(), "--quiet",
                "--force");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("notes.txt").contains("Fix:").doesNotContain("internal error");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("my notes");
    }

    @Test
    void anOutputPlaceThatCannotBeWrittenIsExitTwoWithOneLineNamingItAndTheFix(@TempDir Path dir) throws IOException {
        Path scenario = RunCommandTest.write(dir, "small.yaml", RunCommandTest.SMALL);
        Path file = RunCommandTest.write(dir, "not-a-folder", "x");
        for (Path bad : List.of(file.resolve("out"), Path.of("/proc/senesim-out"))) {
            CliTestSupport.Result r = CliTestSupport.run("run", scenario.toString(), "--out", bad.toString(), "--quiet");
            assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
            assertThat(r.err().strip()).doesNotContain("\n").contains(bad.toString()).contains("Fix:")
                    .doesNotContain("internal error");
        }
    }

    @Test
    void aPatchThatCannotFitTheHeapIsRefusedBeforeItStartsWithTheMemoryItNeeds(@TempDir Path dir) throws IOException {
        Path scenario = RunCommandTest.write(dir, "huge.yaml", """
                duration: 1 year
                tissue: {dimension: 3D, size: [20 mm, 20 mm, 1.96 mm], voxel: 20 um}
                """);
        // 98 M voxels, within the loader's limit of 100 M: about 9 GiB, more than the tests' 4 GiB heap
        CliTestSupport.Result r = CliTestSupport.run("run", scenario.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("GiB").contains("SENESIM_JAVA_OPTS=-Xmx").contains("huge.yaml");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void aMultiMegabyteScenarioIsRefusedWithoutReadingItAndMessagesQuoteOnlyAPrefix(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "name: \"" + "a".repeat(20_000_000) + "\"\n");
        long t0 = System.nanoTime();
        CliTestSupport.Result r = CliTestSupport.run("run", big.toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("bytes").hasSizeLessThan(400);
        // not a timing benchmark: main took minutes here; anything near that is the fault back
        assertThat(seconds).isLessThan(20);
        Path longValue = RunCommandTest.write(dir, "long.yaml", "person: {fitzpatrick: " + "9".repeat(3000) + "}\n");
        CliTestSupport.Result v = CliTestSupport.run("run", longValue.toString());
        assertThat(v.exitCode()).isEqualTo(2);
        assertThat(v.err()).contains("person.fitzpatrick").hasSizeLessThan(400);
        Path longDevice = RunCommandTest.write(dir, "dev.yaml", "protocol:\n  - {device: " + "q".repeat(100_000)
                + ", start: 30 years}\n");
        CliTestSupport.Result d = CliTestSupport.run("run", longDevice.toString());
        assertThat(d.exitCode()).isEqualTo(2);
        assertThat(d.err()).hasSizeLessThan(400);
        assertThat(ScenarioLoader.MAX_FILE_BYTES).isLessThan(3_000_000);
    }

    @Test
    void exportSbmlRefusesAnExistingFileWithoutForceAndWritesNormalPermissions(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("organism.xml");
        Files.writeString(out, "mine");
        CliTestSupport.Result r = CliTestSupport.run("export-sbml", "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(out)).isEqualTo("mine");
        assertThat(CliTestSupport.run("export-sbml", "--out", out.toString(), "--force").exitCode()).isZero();
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(out);
        assertThat(perms).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OTHERS_READ);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("organism.xml");
        }
    }

    @Test
    void sbmlOnStandardOutputIsValidXmlAndNoLogFileAppearsInTheWorkingDirectory(@TempDir Path dir) throws Exception {
        Process p = java(dir, null, "export-sbml");
        byte[] stdout = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new java.io.ByteArrayInputStream(stdout));
        assertThat(new String(stdout, 0, 5, StandardCharsets.UTF_8)).isEqualTo("<?xml");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(x -> x.getFileName().toString())).doesNotContain("jsbml.log").isEmpty();
        }
    }

    @Test
    void interruptedRunSaysNothingWasWrittenAndAKilledRunsLeftoverIsRemovedByTheNext(@TempDir Path dir) throws Exception {
        Path scenario = RunCommandTest.write(dir, "long.yaml", """
                name: long
                duration: 60 years
                tissue: {dimension: 2D, size: [1 mm, 1 mm], voxel: 20 um}
                outputs: {snapshots: []}
                """);
        Path runs = dir.resolve("runs");
        // SIGTERM runs the shutdown hooks as Ctrl-C's SIGINT does
        Path errFile = dir.resolve("stderr.txt");
        Process term = java(dir, errFile, "run", scenario.toString(), "--out", runs.resolve("a").toString(), "--threads", "1");
        waitForPartial(runs, ".a.partial");
        term.destroy();
        assertThat(term.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(errFile);
        assertThat(err).contains("interrupted; nothing was written");
        assertThat(runs.resolve(".a.partial")).doesNotExist();
        assertThat(runs.resolve("a")).doesNotExist();

        Process kill = java(dir, errFile, "run", scenario.toString(), "--out", runs.resolve("b").toString(), "--threads", "1");
        waitForPartial(runs, ".b.partial");
        kill.destroyForcibly();
        assertThat(kill.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(runs.resolve(".b.partial")).exists();
        Path small = RunCommandTest.write(dir, "small.yaml", RunCommandTest.SMALL);
        CliTestSupport.Result next = CliTestSupport.run("run", small.toString(), "--out", runs.resolve("c").toString());
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(next.err()).contains("removed").contains(".b.partial");
        assertThat(runs.resolve(".b.partial")).doesNotExist();
    }

    @Test
    void inAWorkingDirectoryThatCannotBeWrittenARunIsExitTwoWithoutOutAndExitZeroWithIt(@TempDir Path dir)
            throws Exception {
        // /proc refuses new folders even to root (tests run as root, for whom chmod 555 changes nothing)
        Path scenario = RunCommandTest.write(dir, "small.yaml", RunCommandTest.SMALL);
        Path err = dir.resolve("err.txt");
        Process without = java(Path.of("/proc"), err, "run", scenario.toString(), "--threads", "1");
        assertThat(without.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(without.exitValue()).isEqualTo(2);
        assertThat(Files.readString(err).strip()).doesNotContain("\n").contains("runs").contains("Fix:")
                .contains("--out");
        Process with = java(Path.of("/proc"), err, "run", scenario.toString(), "--threads", "1", "--out",
                dir.resolve("out").toString());
        assertThat(with.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(with.exitValue()).as(Files.readString(err)).isZero();
        assertThat(dir.resolve("out/report.html")).exists();
    }

    @Test
    void progressWithoutATerminalIsAPlainLineEveryTenPercent() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream err = new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8);
        ConsoleProgress plain = new ConsoleProgress(err, "Simulating x", false);
        for (int day = 0; day <= 1000; day++) {
            plain.progress(day, 1000);
        }
        plain.close();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r");
        assertThat(text.lines()).hasSize(10).first().asString().startsWith("Simulating x: 10%");
        assertThat(text.lines().toList().get(9)).startsWith("Simulating x: 100%");
        // and without a terminal the command picks that form instead of printing nothing (System.console() is null here)
        assertThat(ConsoleProgress.forRun(false, "x")).isInstanceOf(ConsoleProgress.class);
        // so does every other progress display (sensitivity, calibrate): the class of fault, not one command
        bytes.reset();
        ConsoleProgress other = new ConsoleProgress(err, "Sensitivity of x");
        for (int k = 1; k <= 50; k++) {
            other.progress(k, 50);
        }
        other.close();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("\r").doesNotContain("[#");
    }

    private static Process java(Path cwd, Path stderr, String... args) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                SenesimCommand.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        if (stderr != null) {
            pb.redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        } else {
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        return pb.start();
    }

    private static void waitForPartial(Path runs, String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(runs.resolve(name).resolve(".senesim-owner"))) {
            assertThat(System.nanoTime()).as("the run never reserved " + name).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
