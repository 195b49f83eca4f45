package org.senesim.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.senesim.calibration.abc.AbcSmc;
import org.senesim.calibration.abc.DirectoryStore;
import org.senesim.calibration.report.CalibrationRun;
import org.senesim.calibration.targets.TargetModel;
import org.senesim.calibration.targets.TargetsFile;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.report.ParquetTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code senesim calibrate TARGETS.yaml --engine spark}: the same ABC-SMC and calibration folder as
 * the local command, with each batch of candidate points run on Spark through
 * {@link SparkRunExecutor} (docs/spark.md). Every executor rebuilds the targets' model from the
 * targets file, so the file and the scenario and figure files it names must be readable at the same
 * path on every machine (as the run folder). Interrupted, the same command resumes from the last
 * completed generation, as locally. Exit codes as the CLI: 0 done, 2 bad input (one line), 1 internal error.
 */
@Command(name = "senesim calibrate --engine spark", mixinStandardHelpOptions = true,
        description = "Calibrates registry parameters by ABC-SMC with the candidates run on Apache Spark (docs/spark.md).")
public final class SparkCalibrateMain implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TARGETS.yaml", description = "The targets file.")
    Path targetsFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Calibration folder (created, or resumed). Default: calibrations/<calibration name>.")
    Path out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N], spark://HOST:7077. Default: the one spark-submit set, else local[*].")
    String master;

    @Option(names = "--quiet", description = "No tables on the console.")
    boolean quiet;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return EntryPoint.execute(new SparkCalibrateMain(), args, DirectoryStore.MismatchException.class);
    }

    @Override
    public Integer call() throws Exception {
        ParameterRegistry registry = ParameterRegistry.builtIn();
        TargetsFile targets = TargetsFile.load(targetsFile, registry);   // bad input fails here, before Spark starts
        Path folder = out != null ? out : Path.of("calibrations", targets.name());
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new EntryPoint.BadInput("--out " + folder + " is a file. Fix: give a folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new EntryPoint.BadInput("cannot create the calibration folder " + folder.toAbsolutePath() + ". Fix: choose a folder"
                    + " you can write with --out DIR");
        }
        // what an executor rebuilds the model from: the targets file by its absolute path
        String path = targetsFile.toAbsolutePath().toString();
        SparkRunExecutor.Recipe search = () -> model(path, false).simulator();
        SparkRunExecutor.Recipe all = () -> model(path, true).simulator();
        TargetModel model = new TargetModel(targets, 1, false);
        AbcSmc.Result result;
        try (SparkSession spark = Sessions.open(master, "senesim calibrate " + targets.name())) {
            int slots = spark.sparkContext().defaultParallelism();
            CalibrationRun run = new CalibrationRun(targets, model.on(new SparkRunExecutor(spark, search)),
                    model.withHoldOuts().on(new SparkRunExecutor(spark, all)), model, registry, slots);
            result = run.run(folder, AbcSmc.Listener.SILENT);
        }
        for (String table : List.of("diagnostics", "predictive")) {
            ParquetTables.fromCsv(folder.resolve(table + ".csv"), folder.resolve(table + ".parquet"));
        }
        if (!quiet) {
            System.out.println(result.generations().size() + " generations, stopped: "
                    + result.stop().name().toLowerCase(java.util.Locale.ROOT));
        }
        System.out.println("Posterior: " + folder.resolve("posterior.json"));
        System.out.println("Report: " + folder.resolve("report.html"));
        return 0;
    }

    /** On an executor: the targets' model, read from the targets file (one computing thread: a task is a core). */
    private static TargetModel model(String path, boolean holdOuts) {
        return new TargetModel(TargetsFile.load(Path.of(path), ParameterRegistry.builtIn()), 1, holdOuts);
    }
}
