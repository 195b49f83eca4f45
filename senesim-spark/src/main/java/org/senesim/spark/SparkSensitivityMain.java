package org.senesim.spark;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.senesim.calibration.sensitivity.SensitivityStudy;
import org.senesim.calibration.targets.Quantity;
import org.senesim.calibration.targets.RunLayerEvaluator;
import org.senesim.report.ParquetTables;
import org.senesim.report.RunFolder;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code senesim sensitivity SCENARIO --engine spark}: the same analysis and folder as the local
 * command ({@link SensitivityStudy}), with the design points' cohorts run on Spark through
 * {@link SparkRunExecutor} (docs/spark.md). The CLI starts this class in a JVM of its own;
 * {@code spark-submit --class org.senesim.spark.SparkSensitivityMain senesim-spark-app.jar} runs it on a
 * cluster. Exit codes as the CLI: 0 done, 2 bad input (one line), 1 internal error.
 */
@Command(name = "senesim sensitivity --engine spark", mixinStandardHelpOptions = true,
        description = "Sensitivity of population figures of a scenario's person with the cohorts run on Apache Spark (docs/spark.md).")
public final class SparkSensitivityMain implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario whose person the cohort copies.")
    Path scenarioFile;

    @Option(names = "--method", paramLabel = "M", description = "morris (default) or sobol.")
    String method = "morris";

    @Option(names = "--parameters", paramLabel = "IDS", split = ",", description = "Registry ids or prefixes ending in *.")
    List<String> parameters;

    @Option(names = "--outputs", paramLabel = "Q", split = ",", description = "Figures of the cohort: " + Quantity.FORMS + ".")
    List<String> outputs;

    @Option(names = "--samples", paramLabel = "N", description = "Morris trajectories or Sobol base samples.")
    Integer samples;

    @Option(names = "--people", paramLabel = "N", description = "People per cohort (default 1000).")
    int people = 1000;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the design and the bootstrap (default 1).")
    long seed = 1;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N], spark://HOST:7077. Default: the one spark-submit set, else local[*].")
    String master;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to create. Default: runs/sensitivity-<scenario>-<date-time>.")
    Path out;

    @Option(names = "--force", description = "Replace the folder if it exists.")
    boolean force;

    @Option(names = "--quiet", description = "No table on the console.")
    boolean quiet;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return EntryPoint.execute(new SparkSensitivityMain(), args, SensitivityStudy.BadOption.class);
    }

    @Override
    public Integer call() throws Exception {
        Scenario scenario = ScenarioLoader.load(scenarioFile);   // bad input fails here, before Spark starts
        SensitivityStudy study = SensitivityStudy.of(scenario, method, parameters, outputs, samples, people, seed);
        for (String note : study.notes()) {
            System.err.println("note: " + note);
        }
        Path target = out != null ? out : Path.of("runs", "sensitivity-" + scenario.name() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)));
        List<String> quantities = study.quantityTexts();
        int cohort = study.people();
        SparkRunExecutor.Recipe recipe = () -> RunLayerEvaluator.cohort(
                quantities.stream().map(Quantity::parse).toList(), cohort);
        try (RunFolder folder = RunFolder.create(target, force);
             SparkSession spark = Sessions.open(master, "senesim sensitivity " + scenario.name())) {
            long start = System.nanoTime();
            SensitivityStudy.Result result = study.run(study.evaluator(new SparkRunExecutor(spark, recipe)));
            folder.writeText("sensitivity.csv", result.csv());
            folder.writeText("report.html", result.html());
            ParquetTables.fromCsv(folder.resolve("sensitivity.csv"), folder.resolve("sensitivity.parquet"));
            Path done = folder.commit();
            if (!quiet) {
                System.out.printf(Locale.ROOT, "%s: %.1f s on Spark %s%n", study.note().substring(0,
                        study.note().indexOf(':')), (System.nanoTime() - start) / 1e9, spark.sparkContext().master());
            }
            System.out.println("Report: " + done.resolve("report.html"));
        }
        return 0;
    }
}
