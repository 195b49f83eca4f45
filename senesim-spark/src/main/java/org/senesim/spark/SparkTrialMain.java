package org.senesim.spark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.senesim.evidence.EvidenceTier;
import org.senesim.trial.design.Trial;
import org.senesim.trial.results.TrialOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code senesim trial TRIAL.yaml --engine spark}: the same trial and run folder as the local
 * engine, with the person records computed on Spark (docs/spark.md). The CLI starts this class in
 * a JVM of its own; {@code spark-submit --class org.senesim.spark.SparkTrialMain senesim-spark-app.jar}
 * runs it on a cluster. Exit codes as the CLI: 0 done, 2 bad input (one line), 1 internal error.
 */
@Command(name = "senesim trial --engine spark", mixinStandardHelpOptions = true,
        description = "Runs an in-silico trial with the person records computed on Apache Spark (docs/spark.md).")
public final class SparkTrialMain implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TRIAL.yaml", description = "Trial file (docs/trials.md).")
    Path trialFile;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N], spark://HOST:7077. Default: the one spark-submit set, else local[*].")
    String master;

    @Option(names = "--people", paramLabel = "N", description = "People to screen, replacing the trial file's population.size.")
    Integer people;

    @Option(names = "--seed", paramLabel = "S", description = "Seed, replacing the trial file's.")
    Long seed;

    @Option(names = "--min-tier", paramLabel = "T", description = "Weakest evidence tier whose effects stay on.")
    String minTier;

    @Option(names = "--posterior", paramLabel = "FILE",
            description = "Each person's calibrated parameters from this posterior ensemble (posterior.json of 'senesim calibrate').")
    Path posteriorFile;

    @Option(names = "--block", paramLabel = "N", defaultValue = "1024",
            description = "People per block (one Spark partition each); results do not depend on it. Default: ${DEFAULT-VALUE}.")
    int block;

    @Option(names = "--out", paramLabel = "DIR", description = "Run folder to create. Default: runs/<trial name>-<date-time>.")
    Path out;

    @Option(names = "--force", description = "Replace the run folder if it already holds an earlier run.")
    boolean force;

    @Option(names = "--quiet", description = "No tables on the console.")
    boolean quiet;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return EntryPoint.execute(new SparkTrialMain(), args);
    }

    /** The trial file and options as shipped to executors; checks them as the local command does. */
    TrialSource source() {
        if (people != null && (people < 1 || people > 100_000_000)) {
            throw new EntryPoint.BadInput("--people must be between 1 and 100000000, got " + people);
        }
        if (seed != null && seed < 0) {
            throw new EntryPoint.BadInput("--seed must be >= 0, got " + seed);
        }
        if (block < 1 || block > 1_000_000) {
            throw new EntryPoint.BadInput("--block must be between 1 and 1000000, got " + block);
        }
        if (minTier != null) {
            try {
                EvidenceTier.parse(minTier);
            } catch (IllegalArgumentException e) {
                throw new EntryPoint.BadInput("--min-tier: unknown evidence tier '" + minTier + "'; allowed: " + EvidenceTier.allowed());
            }
        }
        String text;
        try {
            text = Files.readString(trialFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new EntryPoint.BadInput(trialFile + ": no such file. Fix: give the path of a trial file, e.g. examples/trials/dq-pulses-from-70.yaml");
        } catch (java.io.IOException e) {
            throw new EntryPoint.BadInput(trialFile + ": cannot read the file: " + e.getMessage());
        }
        String posteriorText = null;
        if (posteriorFile != null) {
            try {
                posteriorText = Files.readString(posteriorFile, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new EntryPoint.BadInput(posteriorFile + ": cannot read the posterior file (" + e.getMessage()
                        + "). Fix: give a posterior.json written by 'senesim calibrate'");
            }
        }
        return new TrialSource(text, trialFile.toString(), people == null ? 0 : people, seed == null ? -1 : seed, minTier,
                posteriorText, posteriorFile == null ? null : posteriorFile.toString());
    }

    @Override
    public Integer call() throws Exception {
        TrialSource source = source();
        Trial trial = source.trial();   // bad input fails here, before Spark starts
        Path target = out != null ? out
                : Path.of("runs", trial.name() + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        TrialOutput.Outcome o;
        try (SparkSession spark = Sessions.open(master, "senesim trial " + trial.name())) {
            o = TrialOutput.run(trial, target, force, new SparkTrialEngine(spark, source, block));
            if (!quiet) {
                System.out.printf(Locale.ROOT, "%s: %d screened, %d enrolled, %.1f s on Spark %s%n", trial.name(),
                        o.flow().screened(), o.flow().eligible(), o.seconds(), spark.sparkContext().master());
                if (o.flow().eligible() == 0) {
                    System.out.println("  " + TrialOutput.nobodyEnrolled(trial, o.flow()));
                }
            }
        }
        if (!quiet) {
            TrialOutput.effectLines(o.results()).forEach(System.out::println);
        }
        System.out.println("report: " + o.folder().resolve(TrialOutput.REPORT));
        return 0;
    }
}
