package org.senesim.cli;

import org.senesim.calibration.sensitivity.SensitivityStudy;
import org.senesim.calibration.space.Evaluator;
import org.senesim.calibration.targets.Quantity;
import org.senesim.report.ParquetTables;
import org.senesim.report.RunFolder;
import org.senesim.run.LocalExecutor;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code senesim sensitivity}: which parameters move a population figure of the scenario's person,
 * by Morris screening or Sobol indices, each design point one cohort of that person. Writes a folder
 * with {@code sensitivity.csv} and {@code report.html} (ranked tables, bar and tornado charts).
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Sensitivity of population figures of a scenario's person (a cohort of N copies of the person,"
                + " organism model) to registry parameters, over their plausible ranges: Morris elementary effects"
                + " (mu*, sigma) or Sobol first-order and total indices with 95%% bootstrap intervals. Writes"
                + " sensitivity.csv and report.html (docs/calibration.md).")
final class SensitivityCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario whose person the cohort copies.")
    Path scenarioFile;

    @Option(names = "--method", paramLabel = "M", description = "morris (default) or sobol.")
    String method = "morris";

    @Option(names = "--parameters", paramLabel = "IDS", split = ",",
            description = "Registry ids or prefixes ending in * (organism.sasp.*). Default: organism.* for Morris.")
    List<String> parameters;

    @Option(names = "--outputs", paramLabel = "Q", split = ",",
            description = "Figures of the cohort: " + Quantity.FORMS + ". Default: median_age_at_death.")
    List<String> outputs;

    @Option(names = "--samples", paramLabel = "N",
            description = "Morris trajectories (default 10) or Sobol base samples N (default 256; N*(k+2) cohort runs).")
    Integer samples;

    @Option(names = "--people", paramLabel = "N", description = "People per cohort (default 1000).")
    int people = 1000;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to create. Default: runs/sensitivity-<scenario>-<date-time>.")
    Path out;

    @Option(names = "--force", description = "Replace the folder if it exists.")
    boolean force;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors). Results do not depend on it.")
    Integer threads;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the Morris trajectories and the bootstrap (default 1).")
    long seed = 1;

    @Option(names = "--quiet", description = "No progress on the console.")
    boolean quiet;

    @Option(names = "--engine", paramLabel = "E", description = "Where the cohorts run: local (this JVM's threads, "
            + "default) or spark (Apache Spark, in a JVM of its own; docs/spark.md). Results do not depend on it.")
    String engine = "local";

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: the Spark master (local[N], spark://HOST:7077). Default: local[--threads], else local[*].")
    String master;

    @Override
    public Integer call() throws Exception {
        if (!engine.equals("local") && !engine.equals("spark")) {
            throw new InputException("--engine is '" + engine + "'. Fix: --engine local or --engine spark");
        }
        if (master != null && !engine.equals("spark")) {
            throw new InputException("--master sets where Spark runs. Fix: add --engine spark, or drop --master");
        }
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        int nThreads = RunOptions.threadCount(threads);
        SensitivityStudy study;
        try {
            study = SensitivityStudy.of(scenario, method, parameters, outputs, samples, people, seed);
        } catch (SensitivityStudy.BadOption e) {
            throw new InputException(e.getMessage());
        }
        if (engine.equals("spark")) {
            // the same checks passed here; the child repeats them and runs the design on Spark
            return SparkEngine.run(SparkEngine.SENSITIVITY_MAIN, sparkArguments());
        }
        for (String note : study.notes()) {
            System.err.println("note: " + note);
        }
        Evaluator cohorts = study.evaluator(new LocalExecutor(nThreads));
        Evaluator evaluator = quiet ? cohorts : new ProgressEvaluator(cohorts, "Sensitivity of " + scenario.name());
        Path target = out != null ? out : Path.of("runs", "sensitivity-" + scenario.name() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)));
        try (RunFolder folder = RunFolder.create(target, force)) {
            SensitivityStudy.Result result = study.run(evaluator);
            closeProgress(evaluator);
            folder.writeText("sensitivity.csv", result.csv());
            folder.writeText("report.html", result.html());
            ParquetTables.fromCsv(folder.resolve("sensitivity.csv"), folder.resolve("sensitivity.parquet"));
            printTop(result.csv());
            Path done = folder.commit();
            System.out.println("Report: " + done.resolve("report.html"));
        }
        return ExitCodes.OK;
    }

    /** This command's options for the Spark entry point (it takes the same ones, less the engine's). */
    private List<String> sparkArguments() {
        List<String> a = new ArrayList<>(List.of(scenarioFile.toString(), "--method", method, "--people",
                Integer.toString(people), "--seed", Long.toString(seed)));
        if (parameters != null) {
            a.addAll(List.of("--parameters", String.join(",", parameters)));
        }
        if (outputs != null) {
            a.addAll(List.of("--outputs", String.join(",", outputs)));
        }
        if (samples != null) {
            a.addAll(List.of("--samples", samples.toString()));
        }
        if (out != null) {
            a.addAll(List.of("--out", out.toString()));
        }
        if (force) {
            a.add("--force");
        }
        if (quiet) {
            a.add("--quiet");
        }
        a.addAll(List.of("--master", master != null ? master : threads != null ? "local[" + threads + "]" : "local[*]"));
        return a;
    }

    private void closeProgress(Evaluator e) {
        if (e instanceof ProgressEvaluator p) {
            p.close();
        }
    }

    /** The ranked table on the console (first 15 rows per output). */
    private void printTop(String csv) {
        if (quiet) {
            return;
        }
        List<String> lines = Arrays.asList(csv.split("\n"));
        String[] header = lines.get(0).split(",");
        System.out.printf("%-28s %-44s %4s %12s %12s %12s%n", header[0], header[1], header[2], header[4], header[5],
                header[3]);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            if (Integer.parseInt(c[2]) <= 15) {
                System.out.printf("%-28s %-44s %4s %12s %12s %12s%n", c[0], c[1], c[2], c[4], c[5], c[3]);
            }
        }
    }

    /** Reports progress by batches of design points (the whole design is one batch for Morris and Sobol). */
    static final class ProgressEvaluator implements Evaluator {
        private final Evaluator inner;
        private final ConsoleProgress bar;

        ProgressEvaluator(Evaluator inner, String label) {
            this.inner = inner;
            this.bar = new ConsoleProgress(System.err, label);
        }

        @Override
        public List<String> outputs() {
            return inner.outputs();
        }

        @Override
        public double[][] evaluate(double[][] points) {
            // in slices, so the bar moves; each point's result depends on the point alone
            double[][] out = new double[points.length][];
            int slice = Math.max(1, points.length / 50);
            for (int from = 0; from < points.length; from += slice) {
                int to = Math.min(points.length, from + slice);
                double[][] part = inner.evaluate(Arrays.copyOfRange(points, from, to));
                System.arraycopy(part, 0, out, from, part.length);
                bar.progress(to, points.length);
            }
            return out;
        }

        void close() {
            bar.close();
        }
    }
}
