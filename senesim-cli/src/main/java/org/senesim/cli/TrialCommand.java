package org.senesim.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.senesim.scenario.Posterior;
import org.senesim.engine.ProgressListener;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.EvidenceTier;
import org.senesim.trial.design.Trial;
import org.senesim.trial.design.TrialLoader;
import org.senesim.trial.population.Population;
import org.senesim.trial.results.TrialOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code senesim trial}: an in-silico trial from a trial file into a run folder with the person
 * records (DuckDB, Parquet) and report.html (docs/trials.md).
 */
@Command(name = "trial", mixinStandardHelpOptions = true,
        description = "Runs an in-silico trial (population, design, arms, endpoints; docs/trials.md) and writes a run folder: "
                + "trial.duckdb and person.parquet with every person's record, report.html (flow, baseline table, "
                + "Kaplan-Meier curves, forest plot, evidence) and provenance.json.")
final class TrialCommand implements Callable<Integer> {

    @Mixin
    RunOptions options;

    @Parameters(index = "0", paramLabel = "TRIAL.yaml", description = "Trial file (see docs/trials.md and examples/trials/).")
    Path trialFile;

    @Option(names = "--people", paramLabel = "N", description = "People to screen, replacing the trial file's population.size.")
    Integer people;

    @Option(names = "--engine", paramLabel = "E", defaultValue = "local",
            description = "Where the people are simulated: local (this JVM's threads) or spark (Apache Spark, in a JVM of its own; "
                    + "docs/spark.md). Results do not depend on it. Default: ${DEFAULT-VALUE}.")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: the Spark master, local[N] or spark://HOST:7077 (default local[--threads], else local[*]).")
    String master;

    @Option(names = "--posterior", paramLabel = "FILE",
            description = "Draw each person's calibrated parameters from this posterior ensemble (posterior.json of 'senesim "
                    + "calibrate', e.g. examples/calibration/default-human.posterior.json) instead of the registry defaults: "
                    + "person i lives one of its sets, chosen by weight and keyed by (population seed, i).")
    Path posteriorFile;

    @Override
    public Integer call() throws Exception {
        Trial trial = TrialLoader.load(trialFile);
        if (people != null && (people < 1 || people > 100_000_000)) {
            throw new InputException("--people must be between 1 and 100000000, got " + people + ". Fix: e.g. --people 1000");
        }
        if (options.seed != null && options.seed < 0) {
            throw new InputException("--seed must be >= 0, got " + options.seed + ". Fix: e.g. --seed 1");
        }
        EvidenceTier tier = trial.minTier();
        if (options.minTier != null) {
            try {
                tier = EvidenceTier.parse(options.minTier);
            } catch (IllegalArgumentException e) {
                throw new InputException("--min-tier: unknown evidence tier '" + options.minTier + "'; allowed: " + EvidenceTier.allowed());
            }
        }
        Population p = trial.population();
        Population resized = p.resized(people == null ? p.size() : people, options.seed == null ? p.seed() : options.seed);
        if (posteriorFile != null) {   // read here also for Spark, so a bad file fails before a JVM starts
            Posterior post = Posterior.read(posteriorFile, ParameterRegistry.builtIn());
            resized = resized.withPosterior(post, posteriorFile.getFileName().toString());
        }
        trial = trial.with(resized, tier);
        int threads = options.threadCount();
        if (!engine.equals("local") && !engine.equals("spark")) {
            throw new InputException("--engine must be local or spark, got '" + engine + "'");
        }
        if (master != null && !engine.equals("spark")) {
            throw new InputException("--master needs --engine spark");
        }
        if (engine.equals("spark")) {
            return SparkEngine.run(sparkArgs());
        }
        Path target = options.out != null ? options.out
                : Path.of("runs", trial.name() + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        long total = trial.population().size();
        ProgressListener bar = ConsoleProgress.forRun(options.quiet, "trial " + trial.name());
        TrialOutput.Outcome out;
        try {
            out = TrialOutput.run(trial, target, options.force, threads, done -> bar.progress(done, total));
        } finally {
            if (bar instanceof AutoCloseable c) {
                c.close();
            }
        }
        if (!options.quiet) {
            System.out.printf(Locale.ROOT, "%s: %d screened, %d enrolled, %.1f s on %d threads%n", trial.name(),
                    out.flow().screened(), out.flow().eligible(), out.seconds(), threads);
            if (out.flow().eligible() == 0) {
                System.out.println("  " + TrialOutput.nobodyEnrolled(trial, out.flow()));
            }
            TrialOutput.effectLines(out.results()).forEach(System.out::println);
        }
        System.out.println("report: " + out.folder().resolve(TrialOutput.REPORT));
        return ExitCodes.OK;
    }

    /** This command's options as the Spark entry point takes them (it checks them again, as the same loader). */
    private List<String> sparkArgs() {
        List<String> a = new ArrayList<>(List.of(trialFile.toString()));
        String m = master != null ? master : options.threads != null ? "local[" + options.threads + "]" : "local[*]";
        a.addAll(List.of("--master", m));
        if (people != null) {
            a.addAll(List.of("--people", people.toString()));
        }
        if (options.seed != null) {
            a.addAll(List.of("--seed", options.seed.toString()));
        }
        if (options.minTier != null) {
            a.addAll(List.of("--min-tier", options.minTier));
        }
        if (posteriorFile != null) {
            a.addAll(List.of("--posterior", posteriorFile.toString()));
        }
        if (options.out != null) {
            a.addAll(List.of("--out", options.out.toString()));
        }
        if (options.force) {
            a.add("--force");
        }
        if (options.quiet) {
            a.add("--quiet");
        }
        return a;
    }
}
