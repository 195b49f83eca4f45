package org.senesim.cli;

import org.senesim.engine.ProgressListener;
import org.senesim.engine.RunResult;
import org.senesim.engine.TissueSimulation;
import org.senesim.engine.Workers;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.observe.SummaryItem;
import org.senesim.report.Numbers;
import org.senesim.report.Provenance;
import org.senesim.report.RunFiles;
import org.senesim.report.RunFolder;
import org.senesim.report.RunWriter;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;
import org.senesim.scenario.Species;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code senesim run}: one scenario, one run folder, one report. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a scenario (the built-in default when none is given) and writes a run folder:",
                "scenario.resolved.yaml, provenance.json, timeseries.csv, summary.json, snapshots/ and report.html."})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.yaml",
            description = "Scenario file (see docs/scenario.md). Default: the built-in default scenario.")
    Path scenarioFile;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Run folder to create. Default: runs/<scenario name>-<date-time>.")
    Path out;

    @Option(names = "--force", description = "Replace the run folder if it already holds an earlier run.")
    boolean force;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: all processors). Results do not depend on it.")
    Integer threads;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed, replacing the scenario's.")
    Long seed;

    @Option(names = "--quiet", description = "No progress bar and no summary on the console.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Instant start = Instant.now();
        Scenario scenario = scenarioFile == null ? ScenarioLoader.builtInDefault() : ScenarioLoader.load(scenarioFile);
        if (seed != null) {
            if (seed < 0) {
                throw new InputException("--seed must be >= 0, got " + seed);
            }
            scenario = scenario.withSeed(seed);
        }
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1 || nThreads > 1024) {
            throw new InputException("--threads must be between 1 and 1024, got " + nThreads);
        }
        if (scenario.person().species() != Species.HUMAN) {
            throw new InputException(where(scenario) + "person.species: the skin patch is calibrated for human skin only;"
                    + " mouse scenarios need the organism model (not yet wired into 'run'). Fix: use species: human.");
        }
        ParameterSet parameters = ParameterSet.of(ParameterRegistry.builtIn(), scenario.parameterOverrides());
        Path target = out != null ? out : defaultOut(scenario);
        try (RunFolder folder = RunFolder.create(target, force);
             Workers workers = new Workers(nThreads)) {
            ProgressListener progress = ConsoleProgress.forRun(quiet, "Simulating " + scenario.name());
            RunResult result;
            try {
                result = TissueSimulation.run(scenario, parameters, workers, progress);
            } finally {
                if (progress instanceof ConsoleProgress bar) {
                    bar.close();
                }
            }
            Provenance provenance = Provenance.builder()
                    .scenario(scenario.name(), scenarioFile == null ? null : scenarioFile.toString())
                    .seed(scenario.seed()).threads(nThreads).start(start)
                    .commandLine(List.of(spec().commandLine().getParseResult().originalArgs().toArray(new String[0])))
                    .build();
            RunWriter.write(folder, scenario, parameters, result, provenance);
            Path done = folder.commit();
            if (!quiet) {
                printSummary(System.out, result);
            }
            System.out.println("Report: " + done.resolve(RunFiles.REPORT));
        }
        return ExitCodes.OK;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private picocli.CommandLine.Model.CommandSpec spec() {
        return spec;
    }

    private static String where(Scenario s) {
        return s.source() == null ? "built-in scenario: " : s.source() + ": ";
    }

    private static Path defaultOut(Scenario scenario) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return Path.of("runs", scenario.name() + "-" + stamp);
    }

    private static void printSummary(PrintStream out, RunResult result) {
        out.println();
        for (SummaryItem item : result.summary()) {
            out.printf("  %-72s %10s %s%n", item.label(), Numbers.readable(item.value(), 3), item.unit());
        }
        out.println();
    }
}
