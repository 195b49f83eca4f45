package org.senesim.cli;

import org.senesim.calibration.abc.AbcSmc;
import org.senesim.calibration.abc.DirectoryStore;
import org.senesim.calibration.abc.Generation;
import org.senesim.calibration.report.CalibrationRun;
import org.senesim.calibration.targets.TargetModel;
import org.senesim.calibration.targets.TargetsFile;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.report.ParquetTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code senesim calibrate TARGETS.yaml}: ABC-SMC of the targets file's parameters against its
 * published figures, into a folder that survives an interruption: run the same command again and it
 * continues from the last completed generation.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Calibrates registry parameters to published figures by ABC-SMC (targets file format in"
                + " docs/calibration.md). Writes posterior.json (weighted parameter sets with provenance),"
                + " diagnostics.csv (threshold, acceptance, ESS per generation), predictive.csv and report.html"
                + " (prior vs posterior, posterior-predictive check with hold-outs apart). Interrupted, the same"
                + " command resumes from the last completed generation.")
final class CalibrateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TARGETS.yaml", description = "The targets file.")
    Path targetsFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Calibration folder (created, or resumed when it holds"
            + " generations of the same targets file). Default: calibrations/<calibration name>.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors). Results do not depend on it.")
    Integer threads;

    @Option(names = "--quiet", description = "No progress on the console.")
    boolean quiet;

    @Option(names = "--engine", paramLabel = "E", description = "Where the candidates run: local (this JVM's threads, "
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
        ParameterRegistry registry = ParameterRegistry.builtIn();
        TargetsFile targets = TargetsFile.load(targetsFile, registry);
        int nThreads = RunOptions.threadCount(threads);
        if (engine.equals("spark")) {
            // the targets file loaded here, so its mistakes are found before Spark starts; the child runs it
            List<String> a = new java.util.ArrayList<>(List.of(targetsFile.toString(), "--master",
                    master != null ? master : threads != null ? "local[" + threads + "]" : "local[*]"));
            if (out != null) {
                a.addAll(List.of("--out", out.toString()));
            }
            if (quiet) {
                a.add("--quiet");
            }
            return SparkEngine.run(SparkEngine.CALIBRATE_MAIN, a);
        }
        Path folder = out != null ? out : Path.of("calibrations", targets.name());
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InputException("--out " + folder + " is a file. Fix: give a folder");
        }
        // the folder is made (or found) before an hour of computing, so a place that cannot take it is exit 2 now
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(Files.createTempFile(folder, ".senesim-probe", ".tmp"));
        } catch (IOException e) {
            throw new InputException("cannot create the calibration folder " + folder.toAbsolutePath() + " ("
                    + e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase(Locale.ROOT) + "). Fix: choose a folder you can write with --out DIR");
        }
        TargetModel model = new TargetModel(targets, nThreads, false);
        CalibrationRun run = new CalibrationRun(targets, model, model.withHoldOuts(), model, registry, nThreads);
        AbcSmc.Listener listener = quiet ? AbcSmc.Listener.SILENT : new Console(targets.settings().particles());
        AbcSmc.Result result;
        try {
            result = run.run(folder, listener);
        } catch (DirectoryStore.MismatchException e) {
            throw new InputException(e.getMessage());
        } finally {
            if (listener instanceof Console c) {
                c.close();
            }
        }
        for (String table : List.of("diagnostics", "predictive")) {
            ParquetTables.fromCsv(folder.resolve(table + ".csv"), folder.resolve(table + ".parquet"));
        }
        if (!quiet) {
            System.out.println();
            System.out.printf("%-10s %12s %10s %12s %8s%n", "generation", "epsilon", "run", "acceptance", "ESS");
            for (Generation g : result.generations()) {
                System.out.printf(Locale.ROOT, "%-10d %12s %10d %12.3f %8.1f%n", g.index(),
                        Double.isInfinite(g.epsilon()) ? "inf" : String.format(Locale.ROOT, "%.3f", g.epsilon()),
                        g.evaluated(), g.acceptance(), g.ess());
            }
            System.out.println("Stopped: " + result.stop().name().toLowerCase(Locale.ROOT));
            System.out.print(Files.readString(folder.resolve("predictive.csv")));
        }
        System.out.println("Posterior: " + folder.resolve("posterior.json"));
        System.out.println("Report: " + folder.resolve("report.html"));
        return ExitCodes.OK;
    }

    /** A progress bar per generation: particles accepted out of the population. */
    private static final class Console implements AbcSmc.Listener {
        private final int particles;
        private ConsoleProgress bar;
        private int generation = -1;

        Console(int particles) {
            this.particles = particles;
        }

        @Override
        public void batch(int g, double epsilon, int evaluated, int accepted, int total) {
            if (g != generation) {
                close();
                generation = g;
                bar = new ConsoleProgress(System.err, String.format(Locale.ROOT, "Generation %d (threshold %s)", g,
                        Double.isInfinite(epsilon) ? "none: prior" : String.format(Locale.ROOT, "%.3f", epsilon)));
            }
            bar.progress(accepted, particles);
        }

        @Override
        public void generation(Generation g) {
            close();
            System.err.printf(Locale.ROOT, "generation %d done: %d run, acceptance %.3f, ESS %.1f%n", g.index(),
                    g.evaluated(), g.acceptance(), g.ess());
        }

        void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
