package org.senesim.cli;

import org.senesim.engine.ProgressListener;
import org.senesim.engine.RunResult;
import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.Comparison;
import org.senesim.intervention.Flagship;
import org.senesim.intervention.Protocol;
import org.senesim.intervention.ProtocolParser;
import org.senesim.observe.SummaryItem;
import org.senesim.report.Numbers;
import org.senesim.report.Provenance;
import org.senesim.report.RunFiles;
import org.senesim.report.RunFolder;
import org.senesim.report.RunWriter;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code senesim run}: one scenario, one run folder, one report. A scenario whose protocol has arms
 * is a comparison and runs as {@code senesim compare} does; without a scenario, the flagship
 * comparison runs (no treatment, pre-juvenation, reactive treatment) and a short table of headline
 * differences is printed.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a scenario and writes a run folder: scenario.resolved.yaml, provenance.json, timeseries.csv,",
                "summary.json, snapshots/ and report.html. Its protocol, if any, is applied; a protocol with arms runs",
                "as 'senesim compare'. Without a scenario: the flagship comparison of a 35-year-old followed to 85",
                "(no treatment, pre-juvenation from 35, reactive treatment at 60), with a table of headline differences."})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.yaml",
            description = "Scenario file (see docs/scenario.md). Default: the flagship comparison (docs/interventions.md).")
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

    @Option(names = "--min-tier", paramLabel = "T",
            description = "Weakest evidence tier whose effects stay on (rct, human-observational, animal, in-vitro, "
                    + "mechanistic, expert-opinion); parameters resting on weaker evidence take their neutral value. "
                    + "Replaces the scenario's evidence.min_tier.")
    String minTier;

    @Option(names = "--quiet", description = "No progress bar and no summary on the console.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Instant start = Instant.now();
        Scenario scenario = scenarioFile == null ? Flagship.scenario() : ScenarioLoader.load(scenarioFile);
        scenario = CompareCommand.withSeed(scenario, seed);
        scenario = CompareCommand.withMinTier(scenario, minTier);
        int nThreads = CompareCommand.threads(threads);
        CompareCommand.checkSpecies(scenario);
        Protocol protocol = ProtocolParser.parse(scenario);
        List<String> args = spec().commandLine().getParseResult().originalArgs();
        if (protocol.armsGiven()) {
            CompareCommand.compare(scenario, scenarioFile, protocol, out, force, nThreads, null, null, false, quiet, args,
                    start);
            return ExitCodes.OK;
        }
        ParameterSet parameters = scenario.parameterSet();
        Path target = out != null ? out : CompareCommand.defaultOut(scenario);
        try (RunFolder folder = RunFolder.create(target, force)) {
            ProgressListener progress = ConsoleProgress.forRun(quiet, "Simulating " + scenario.name());
            Comparison.ArmRun run;
            try {
                run = Comparison.runArm(scenario, protocol.arms().get(0), parameters, nThreads, progress, Comparison.TISSUE);
            } finally {
                if (progress instanceof ConsoleProgress bar) {
                    bar.close();
                }
            }
            Provenance provenance = Provenance.builder()
                    .scenario(scenario.name(), scenarioFile == null ? null : scenarioFile.toString())
                    .seed(scenario.seed()).threads(nThreads).start(start).commandLine(args)
                    .build();
            RunWriter.write(folder, scenario, parameters, run.result(), provenance);
            Path done = folder.commit();
            if (!quiet) {
                printSummary(System.out, run.result());
                if (!protocol.isEmpty()) {
                    double startAge = scenario.person().ageYears();
                    System.out.println("Protocol: " + run.schedule().applied().size() + " sessions applied ("
                            + String.join("; ", run.arm().courses().stream()
                                    .map(c -> c.describe(startAge)).toList()) + ")");
                }
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

    private static void printSummary(PrintStream out, RunResult result) {
        out.println();
        for (SummaryItem item : result.summary()) {
            out.printf("  %-72s %10s %s%n", item.label(), Numbers.readable(item.value(), 3), item.unit());
        }
        out.println();
    }
}
