package org.senesim.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #17's last "done when": every command of the README, started in a working directory that
 * cannot be written ({@code /proc}, which refuses new entries even to root), either succeeds with its
 * output in a writable place ({@code --out}, {@code --markdown}, {@code --into}, {@code --workspace})
 * or, without one, stops at once with exit 2 and one line naming the place and the fix — before any
 * computing, so no progress line comes first. Real processes, so the working directory is real.
 *
 * <p>{@link #everyCommandOfTheReadmeIsCovered} reads the README's command table and fails when a
 * command is in neither list below nor in {@link #SHORTENED_OR_LEFT_OUT}, which says for each what is
 * run instead and why: the README's own sizes are minutes long; here every command runs with the
 * smallest sizes that still exercise its whole path (one or two seeds, a 2D patch of a few hundred
 * micrometres, a handful of people or evaluations), so the test stays lean on CI.
 */
class ReadOnlyWorkingDirectoryTest {

    @TempDir
    static Path dir;

    private static Path out;
    private static String small;
    private static String longRun;
    private static String arms;
    private static String targets;
    private static Path markedDoc;

    /** README commands run here in a shortened form, or not run, and why. */
    static final Map<String, String> SHORTENED_OR_LEFT_OUT = Map.of(
            "run (flagship)", "without --out only: the flagship is 3 arms x 12 seeds of 50 years (about a minute); "
                    + "with --out its path is compare's, run here on a two-arm protocol of one year",
            "trial --engine spark", "not run: it builds the Spark module (a 290 MiB download) on first use; "
                    + "senesim-spark's own tests run trials on Spark",
            "reproduce", "one reproduction (mitnitski-2002) with --markdown, not --all (minutes)",
            "calibrate", "one target, 10 particles, 1 generation, 40 people",
            "bench tissue", "one year of a 0.4 mm patch, one run",
            "bench organism", "a cohort of 10 people, compartment skin only",
            "bench plan", "4 plans of examples/plan-35.yaml (one generation of 4), no warm-up, one run",
            "serve", "started, its page fetched once, then stopped");

    @BeforeAll
    static void files() throws IOException {
        out = Files.createDirectories(dir.resolve("out"));
        small = RunCommandTest.write(dir, "small.yaml", RunCommandTest.SMALL).toString();
        longRun = RunCommandTest.write(dir, "long.yaml", """
                name: long
                duration: 30 years
                person: {age: 50 years}
                tissue: {dimension: 2D, size: [0.4 mm, 0.4 mm], voxel: 20 um}
                outputs: {every: 90 days, snapshots: []}
                """).toString();
        arms = RunCommandTest.write(dir, "arms.yaml", """
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
        RunCommandTest.write(dir, "w60.yaml", "name: w60\nperson: {age: 60 years, sex: female}\n");
        RunCommandTest.write(dir, "figs.published.yaml", """
                reproduction: figs
                title: test figures
                figures:
                  - {id: median_age_at_death, description: d, published: 84, unit: years, tolerance: {absolute: 3}, calibration: true, source: s}
                """);
        targets = RunCommandTest.write(dir, "t.yaml", """
                calibration: t
                title: test
                parameters: [organism.production.eta.human]
                abc: {particles: 10, generations: 1, batch: 10, seed: 4}
                targets:
                  - {figure: median_age_at_death, published: figs.published.yaml, use: calibrate, scenario: w60.yaml, quantity: median_age_at_death, people: 40}
                """).toString();
        markedDoc = RunCommandTest.write(out, "model.md", "# Parameters\n\n" + org.senesim.evidence.ParameterTable.BEGIN
                + "\n" + org.senesim.evidence.ParameterTable.END + "\n");
    }

    private static String example(String name) {
        return DocsSnippetsTest.root().resolve("examples").resolve(name).toAbsolutePath().normalize().toString();
    }

    private static String at(String name) {
        return out.resolve(name).toString();
    }

    /** Commands that write files, without a place to write them: exit 2 at once. Keyed by README command. */
    private static Map<String, List<String>> withoutOut() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("run (flagship)", List.of("run"));
        m.put("run", List.of("run", small, "--threads", "1"));
        m.put("run --checkpoint-every", List.of("run", small, "--threads", "1", "--checkpoint-every", "1 year"));
        m.put("run --uncertainty", List.of("run", small, "--threads", "1", "--uncertainty", "2"));
        m.put("run --tier-cuts", List.of("run", arms, "--threads", "1", "--tier-cuts"));
        m.put("compare", List.of("compare", arms, "--threads", "1"));
        m.put("trial", List.of("trial", example("trials/dq-pulses-from-70.yaml"), "--people", "20", "--threads", "1"));
        m.put("plan", List.of("plan", example("plan-35.yaml"), "--evaluations", "4", "--population", "4", "--threads", "1"));
        m.put("params --into", List.of("params", "--format", "markdown", "--into", "model.md"));
        m.put("export-sbml", List.of("export-sbml", "--out", "model.xml"));
        m.put("reproduce", List.of("reproduce", "mitnitski-2002", "--markdown", "validation.md"));
        m.put("sensitivity", List.of("sensitivity", example("smoker-high-uv.yaml"), "--samples", "2", "--people", "10",
                "--threads", "1"));
        m.put("calibrate", List.of("calibrate", targets, "--threads", "1"));
        m.put("serve", List.of("serve", "--port", "0"));
        return m;
    }

    /** Every command with its output in a writable place (or writing none): exit 0. */
    private static Map<String, List<String>> withOut() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("run", List.of("run", small, "--threads", "1", "--out", at("run")));
        m.put("run --uncertainty", List.of("run", small, "--threads", "1", "--uncertainty", "2", "--out", at("unc")));
        m.put("run --tier-cuts", List.of("run", arms, "--threads", "1", "--tier-cuts", "--out", at("cuts")));
        m.put("compare", List.of("compare", arms, "--threads", "1", "--replicates", "1", "--out", at("c")));
        m.put("trial", List.of("trial", example("trials/dq-pulses-from-70.yaml"), "--people", "20", "--threads", "1",
                "--out", at("t")));
        m.put("plan", List.of("plan", example("plan-35.yaml"), "--evaluations", "4", "--population", "4",
                "--threads", "1", "--out", at("p")));
        m.put("devices", List.of("devices"));
        m.put("params", List.of("params"));
        m.put("params --into", List.of("params", "--format", "markdown", "--into", markedDoc.toString()));
        m.put("bench tissue", List.of("bench", "tissue", small, "--years", "1", "--runs", "1", "--threads", "1"));
        m.put("bench organism", List.of("bench", "organism", "--people", "10", "--skin", "compartment", "--threads", "1"));
        m.put("bench plan", List.of("bench", "plan", DocsSnippetsTest.root().resolve("examples/plan-35.yaml").toAbsolutePath().toString(),
                "--evaluations", "4", "--population", "4", "--warmup", "0", "--runs", "1", "--threads", "1"));
        m.put("export-sbml", List.of("export-sbml", "--out", at("model.xml")));
        m.put("reproduce", List.of("reproduce", "mitnitski-2002", "--markdown", at("validation.md")));
        m.put("reproduce --list", List.of("reproduce", "--list"));
        m.put("sensitivity", List.of("sensitivity", example("smoker-high-uv.yaml"), "--samples", "2", "--people", "10",
                "--threads", "1", "--out", at("s")));
        m.put("calibrate", List.of("calibrate", targets, "--threads", "1", "--out", at("cal")));
        m.put("--help", List.of("--help"));
        m.put("--version", List.of("--version"));
        m.put("help", List.of("help", "compare"));
        return m;
    }

    @TestFactory
    Stream<DynamicTest> withoutOutEachIsExitTwoAtOnceWithOneLine() {
        return withoutOut().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            List<String> args = e.getValue();
            Path err = dir.resolve("err.txt");
            Process p = java(Path.of("/proc"), err, args);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            List<String> lines = Files.readAllLines(err);
            assertThat(p.exitValue()).as(String.join("\n", lines)).isEqualTo(2);
            assertThat(lines).as("stderr of " + args).hasSize(1);
            assertThat(lines.get(0)).startsWith("senesim: ").contains("Fix:");
            if (!e.getKey().equals("params --into")) { // it names the file it needs, not a folder of /proc
                assertThat(lines.get(0)).contains("/proc");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> withOutInAWritablePlaceEachSucceeds() {
        return withOut().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path err = dir.resolve("ok-err.txt");
            Process p = java(Path.of("/proc"), err, e.getValue());
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        }));
    }

    /** {@code run --checkpoint-every} killed after its first checkpoint, then {@code resume}, both from /proc. */
    @Test
    void aCheckpointedRunKilledAndResumedFromAReadOnlyWorkingDirectorySucceeds() throws Exception {
        Path err = dir.resolve("ckpt-err.txt");
        Process run = java(Path.of("/proc"), err, List.of("run", longRun, "--threads", "1", "--checkpoint-every", "1 year",
                "--out", at("long")));
        Path checkpoint = out.resolve(".long.partial/checkpoint.senesim");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(checkpoint)) {
            assertThat(run.isAlive()).as("the run ended before its first checkpoint: " + Files.readString(err)).isTrue();
            assertThat(System.nanoTime()).as("no checkpoint within 120 s").isLessThan(deadline);
            Thread.sleep(10);
        }
        run.destroyForcibly();
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Process resume = java(Path.of("/proc"), err, List.of("resume", out.resolve(".long.partial").toString()));
        assertThat(resume.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(resume.exitValue()).as(Files.readString(err)).isZero();
        assertThat(out.resolve("long/report.html")).exists();
    }

    /** {@code serve} with a writable --workspace: prints its URL, serves its page, nothing on stderr. */
    @Test
    void serveWithAWritableWorkspaceStartsAndServesFromAReadOnlyWorkingDirectory() throws Exception {
        Path err = dir.resolve("serve-err.txt");
        List<String> cmd = command(List.of("serve", "--port", "0", "--threads", "1", "--workspace", at("ws")));
        Process p = new ProcessBuilder(cmd).directory(new java.io.File("/proc"))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectError(err.toFile()).start();
        try {
            BufferedReader stdout = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = stdout.readLine();
            assertThat(line).as(Files.readString(err)).startsWith("Senesim explorer: http://127.0.0.1:");
            Matcher m = Pattern.compile("(http://\\S+)").matcher(line);
            assertThat(m.find()).isTrue();
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(m.group(1))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            // the web server's start-up INFO lines are not shown; warnings would be
            assertThat(Files.readString(err)).isEmpty();
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The README's command table, command by command, against what this test runs. */
    @Test
    void everyCommandOfTheReadmeIsCovered() throws IOException {
        String readme = Files.readString(DocsSnippetsTest.root().resolve("README.md"));
        Set<String> commands = new LinkedHashSet<>();
        for (String line : readme.lines().filter(l -> l.startsWith("| `senesim ")).toList()) {
            // the first cell ends at "` |" (options inside it escape their pipes as \|)
            String cell = line.substring(2, line.indexOf("` |") + 1);
            Matcher span = Pattern.compile("`senesim ([^`]*)`").matcher(cell);
            while (span.find()) {
                commands.add(key(span.group(1)));
            }
        }
        assertThat(readme).contains("./senesim run\n");
        commands.add("run (flagship)");
        assertThat(commands).contains("run", "compare", "trial", "serve", "help", "bench tissue", "trial --engine spark");
        Set<String> covered = new LinkedHashSet<>(withoutOut().keySet());
        covered.addAll(withOut().keySet());
        covered.addAll(SHORTENED_OR_LEFT_OUT.keySet());
        covered.add("resume");
        covered.add("serve");
        assertThat(covered).containsAll(commands);
    }

    /** {@code trial TRIAL.yaml --engine spark [...]} -> {@code trial --engine spark}; {@code bench tissue ...} -> {@code bench tissue}. */
    private static String key(String usage) {
        String[] words = usage.trim().split("\\s+");
        if (words[0].equals("bench")) {
            return "bench " + words[1];
        }
        if (usage.contains("--engine spark")) {
            return words[0] + " --engine spark";
        }
        return words[0];
    }

    private static List<String> command(List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                SenesimCommand.class.getName()));
        cmd.addAll(args);
        return cmd;
    }

    private static Process java(Path cwd, Path stderr, List<String> args) throws IOException {
        return new ProcessBuilder(command(args)).directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
    }
}
