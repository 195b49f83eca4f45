package org.senesim.cli;

import org.senesim.Version;
import org.senesim.validation.Figures;
import org.senesim.validation.PublishedFigure;
import org.senesim.validation.Reproduction;
import org.senesim.validation.ReproductionResult;
import org.senesim.validation.ReproductionRunner;
import org.senesim.validation.Reproductions;
import org.senesim.validation.ValidationMarkdown;
import org.senesim.validation.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code senesim reproduce}: re-runs published experiments with the model and prints, per figure,
 * the model's value, the published one, the tolerance, the verdict and whether the model was
 * calibrated to it. Exit 0 only when every verdict passes, 1 when one fails, 2 for bad input. With
 * {@code --all} it also writes {@code docs/validation.md}.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Re-runs published experiments (examples/reproductions/) and judges the model against the "
                + "published figures: model value, published value, tolerance, PASS/FAIL and whether the figure "
                + "was used for calibration. Exit code 0 only when every verdict passes, 1 when one fails. With "
                + "--all the table is also written to docs/validation.md (from the project root) or to --markdown "
                + "FILE.")
final class ReproduceCommand implements Callable<Integer> {

    /** Exit code when a verdict fails (the command ran, the model did not pass). */
    static final int VERDICT_FAILED = 1;

    static final Path DEFAULT_MARKDOWN = Path.of("docs", "validation.md");

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Reproductions to run (see --list).")
    List<String> names = new ArrayList<>();

    @Option(names = "--all", description = "Run every reproduction and write the validation table (docs/validation.md).")
    boolean all;

    @Option(names = "--list", description = "List the reproductions with their titles and exit.")
    boolean list;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: all processors). Results do not depend on it.")
    Integer threads;

    @Option(names = "--markdown", paramLabel = "FILE",
            description = "Write the verdict table as Markdown to FILE (default with --all: docs/validation.md "
                    + "when run from the project root).")
    Path markdown;

    @Option(names = "--quiet", description = "No progress lines on the console.")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        if (list) {
            if (all || !names.isEmpty()) {
                throw new InputException("--list takes no reproduction names and no --all; run 'senesim reproduce --list' alone");
            }
            int width = Reproductions.names().stream().mapToInt(String::length).max().orElse(0);
            for (Reproduction r : Reproductions.all()) {
                out.println(pad(r.name(), width) + "  " + r.title());
            }
            return ExitCodes.OK;
        }
        List<Reproduction> chosen = choose();
        // every published file read before anything runs: a typo in the last one costs no run time
        for (Reproduction r : chosen) {
            ReproductionRunner.published(r.name());
        }
        int nThreads = RunOptions.threadCount(threads);
        Path target = markdownTarget();
        Instant start = Instant.now();
        long t0 = System.nanoTime();
        ReproductionRunner runner = new ReproductionRunner(nThreads, quiet ? m -> { } : m -> progress(t0, m));
        List<ReproductionResult> results = new ArrayList<>();
        for (Reproduction r : chosen) {
            if (!quiet) {
                progress(t0, r.name() + ": " + r.title());
            }
            results.add(runner.run(r));
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        printTable(out, results, wall);
        if (target != null) {
            String commandLine = "senesim " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
            String md = ValidationMarkdown.render(results, new ValidationMarkdown.Run(Instant.now(), Version.version(),
                    Version.gitCommit(), nThreads, wall, commandLine.strip()));
            write(target, md);
            out.println("Validation table: " + target);
        } else if (all) {
            out.println("docs/validation.md not written: run from the project root, or give --markdown FILE.");
        }
        boolean pass = results.stream().allMatch(ReproductionResult::allPass);
        return pass ? ExitCodes.OK : VERDICT_FAILED;
    }

    private List<Reproduction> choose() {
        if (all && !names.isEmpty()) {
            throw new InputException("give reproduction names or --all, not both");
        }
        if (all) {
            return Reproductions.all();
        }
        if (names.isEmpty()) {
            throw new InputException("name a reproduction or give --all; known: " + String.join(", ", Reproductions.names())
                    + " (senesim reproduce --list)");
        }
        LinkedHashSet<Reproduction> chosen = new LinkedHashSet<>();
        for (String n : names) {
            try {
                chosen.add(Reproductions.byName(n));
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage());
            }
        }
        return List.copyOf(chosen);
    }

    /** The Markdown file to write, or null: --markdown, else docs/validation.md with --all from the project root. */
    private Path markdownTarget() {
        if (markdown != null) {
            Path parent = markdown.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new InputException("--markdown " + markdown + ": folder " + parent
                        + " does not exist; create it or choose another file");
            }
            if (Files.isDirectory(markdown)) {
                throw new InputException("--markdown " + markdown + " is a folder; give a file such as "
                        + markdown.resolve("validation.md"));
            }
            if (parent != null) {
                // found out now, not after minutes of reproductions
                try {
                    Files.deleteIfExists(Files.createTempFile(parent, ".senesim-probe", ".tmp"));
                } catch (IOException e) {
                    throw new InputException("--markdown " + markdown + ": cannot write into " + parent
                            + ". Fix: choose a file in a folder you can write");
                }
            }
            return markdown;
        }
        if (all && Files.isDirectory(DEFAULT_MARKDOWN.getParent()) && Files.isRegularFile(Path.of("pom.xml"))
                && Files.isDirectory(Path.of("senesim-validation"))) {
            return DEFAULT_MARKDOWN;
        }
        return null;
    }

    private static void write(Path target, String text) throws IOException {
        // whole or not at all, normal permissions, and a place that cannot be written is bad input
        org.senesim.report.OutputFile.write(target, text.getBytes(StandardCharsets.UTF_8), true, "--markdown");
    }

    private static void progress(long t0, String message) {
        System.err.printf(Locale.ROOT, "[%5.1f s] %s%n", (System.nanoTime() - t0) / 1e9, message);
        System.err.flush();
    }

    static void printTable(PrintStream out, List<ReproductionResult> results, double wallSeconds) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"reproduction", "figure", "model", "published", "unit", "tolerance", "verdict",
            "calibration", "source"});
        for (ReproductionResult r : results) {
            for (Verdict v : r.verdicts()) {
                PublishedFigure f = v.figure();
                rows.add(new String[] {r.name(), f.id(), Figures.format(v.model()), Figures.format(f.published()), f.unit(),
                    f.tolerance().describe(), v.verdictText(), v.calibrationText(), f.source()});
            }
        }
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] row : rows) {
            for (int c = 0; c < cols - 1; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        out.println();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                boolean numeric = c == 2 || c == 3;
                line.append(c == cols - 1 ? row[c] : numeric ? padLeft(row[c], width[c]) : pad(row[c], width[c]));
                if (c < cols - 1) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.println();
        int nameWidth = results.stream().mapToInt(r -> r.name().length()).max().orElse(0);
        long figures = 0;
        long passed = 0;
        for (ReproductionResult r : results) {
            figures += r.verdicts().size();
            passed += r.passed();
            long cal = r.verdicts().stream().filter(v -> v.figure().calibration()).count();
            out.printf(Locale.ROOT, "%s  %s  %d/%d pass (%d calibration, %d independent)  %.1f s%n", pad(r.name(), nameWidth),
                    r.allPass() ? "PASS" : "FAIL", r.passed(), r.verdicts().size(), cal, r.verdicts().size() - cal,
                    r.seconds());
        }
        long known = results.stream().flatMap(r -> r.verdicts().stream())
                .filter(v -> !v.pass() && v.figure().knownFailure() != null).count();
        out.printf(Locale.ROOT, "%d of %d verdicts pass (%d of the failures known and explained in the published files,"
                + " see docs/validation.md); wall time %.1f s%n", passed, figures, known, wallSeconds);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
