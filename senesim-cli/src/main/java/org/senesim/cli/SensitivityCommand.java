package org.senesim.cli;

import org.senesim.calibration.report.SensitivityReport;
import org.senesim.calibration.sensitivity.Morris;
import org.senesim.calibration.sensitivity.MorrisIndex;
import org.senesim.calibration.sensitivity.Sobol;
import org.senesim.calibration.sensitivity.SobolIndex;
import org.senesim.calibration.space.Evaluator;
import org.senesim.calibration.space.ParameterSpace;
import org.senesim.calibration.targets.RunLayerEvaluator;
import org.senesim.calibration.targets.Quantity;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.report.ParquetTables;
import org.senesim.report.RunFolder;
import org.senesim.run.LocalExecutor;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
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

    /** Sobol above this many parameters is refused: screen with Morris first. */
    static final int SOBOL_MAX_PARAMETERS = 30;

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

    @Override
    public Integer call() throws IOException {
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        ParameterRegistry registry = ParameterRegistry.builtIn();
        int nThreads = RunOptions.threadCount(threads);
        if (!method.equals("morris") && !method.equals("sobol")) {
            throw new InputException("--method is '" + method + "'. Fix: --method morris or --method sobol");
        }
        boolean sobol = method.equals("sobol");
        List<String> selectors = parameters == null ? List.of("organism.*") : parameters;
        ParameterSpace space;
        try {
            space = ParameterSpace.select(registry, selectors);
        } catch (IllegalArgumentException e) {
            throw new InputException("--parameters: " + e.getMessage());
        }
        // a mouse parameter cannot move a woman's cohort (and the reverse): leave the other species' out
        String species = scenario.person().species().name().toLowerCase(Locale.ROOT);
        space = new ParameterSpace(space.dimensions().stream().filter(d -> {
            String s = registry.get(d.id()).species();
            return s.equals("any") || s.equals(species);
        }).toList());
        List<String> scenarioSet = new ArrayList<>();
        for (String id : space.ids()) {
            if (scenario.parameterOverrides().containsKey(id)) {
                scenarioSet.add(id);
            }
        }
        if (!scenarioSet.isEmpty()) {
            System.err.println("note: " + String.join(", ", scenarioSet) + " set by the scenario will vary over the"
                    + " registry range instead");
        }
        if (space.size() == 0) {
            throw new InputException("--parameters selects no parameter with a plausible range. Fix: list ids with"
                    + " 'senesim params --grep WORD'");
        }
        if (sobol && space.size() > SOBOL_MAX_PARAMETERS) {
            throw new InputException("--method sobol with " + space.size() + " parameters would take N*(k+2) = "
                    + (samplesOr(256) * (space.size() + 2)) + " cohort runs. Fix: screen with --method morris first and"
                    + " pass the top ones with --parameters (at most " + SOBOL_MAX_PARAMETERS + ")");
        }
        List<Quantity> quantities = new ArrayList<>();
        for (String q : outputs == null ? List.of("median_age_at_death") : outputs) {
            Quantity parsed = Quantity.parse(q.strip());
            if (parsed == null) {
                throw new InputException("--outputs: unknown figure '" + q + "'. Fix: one of " + Quantity.FORMS);
            }
            if (parsed.kind() == Quantity.Kind.COLUMN_MEDIAN_AT && !Quantity.columns().contains(parsed.column())) {
                throw new InputException("--outputs: no organism column '" + parsed.column() + "'. Fix: one of "
                        + String.join(", ", Quantity.columns()));
            }
            quantities.add(parsed);
        }
        if (people < 10 || people > 10_000_000) {
            throw new InputException("--people must be between 10 and 10000000, got " + people);
        }
        int n = samplesOr(sobol ? 256 : 10);
        if (n < 2 || n > 1_000_000) {
            throw new InputException("--samples must be between 2 and 1000000, got " + n);
        }
        Evaluator cohorts = new RunLayerEvaluator(scenario, space, quantities, people, new LocalExecutor(nThreads));
        Evaluator evaluator = quiet ? cohorts : new ProgressEvaluator(cohorts, "Sensitivity of " + scenario.name());
        Path target = out != null ? out : Path.of("runs", "sensitivity-" + scenario.name() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)));
        try (RunFolder folder = RunFolder.create(target, force)) {
            String note = String.format(Locale.ROOT, "%s: cohorts of %d copies of the scenario's person (%s), %d"
                    + " parameters over their registry ranges, seed %d. Model predictions with stated evidence,"
                    + " not medical advice.", sobol ? "Sobol indices (Saltelli sampling, N = " + n + ")"
                    : "Morris screening (" + n + " trajectories, 4 levels)", people, scenario.name(), space.size(), seed);
            String title = "Sensitivity: " + scenario.name();
            if (sobol) {
                List<SobolIndex> idx = Sobol.run(space, evaluator, n, seed);
                folder.writeText("sensitivity.csv", SensitivityReport.sobolCsv(idx));
                folder.writeText("report.html", SensitivityReport.sobolHtml(title, note, idx));
                closeProgress(evaluator);
                printTop(SensitivityReport.sobolCsv(idx));
            } else {
                List<MorrisIndex> idx = Morris.run(space, evaluator, n, 4, seed);
                folder.writeText("sensitivity.csv", SensitivityReport.morrisCsv(idx));
                folder.writeText("report.html", SensitivityReport.morrisHtml(title, note, idx));
                closeProgress(evaluator);
                printTop(SensitivityReport.morrisCsv(idx));
            }
            ParquetTables.fromCsv(folder.resolve("sensitivity.csv"), folder.resolve("sensitivity.parquet"));
            Path done = folder.commit();
            System.out.println("Report: " + done.resolve("report.html"));
        }
        return ExitCodes.OK;
    }

    private int samplesOr(int def) {
        return samples == null ? def : samples;
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
