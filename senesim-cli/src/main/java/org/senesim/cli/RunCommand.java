package org.senesim.cli;

import org.senesim.scenario.Posterior;
import org.senesim.engine.ProgressListener;
import org.senesim.engine.RunResult;
import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.Flagship;
import org.senesim.run.Headlines;
import org.senesim.scenario.Protocol;
import org.senesim.observe.SummaryItem;
import org.senesim.report.Counts;
import org.senesim.report.Numbers;
import org.senesim.report.Provenance;
import org.senesim.report.RunFiles;
import org.senesim.report.RunFolder;
import org.senesim.report.RunWriter;
import org.senesim.report.Uncertainty;
import org.senesim.report.compare.TierCuts;
import org.senesim.run.ArmRun;
import org.senesim.run.Design;
import org.senesim.run.LocalExecutor;
import org.senesim.run.RunSpec;
import org.senesim.run.Simulator;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
 * differences is printed. {@code --uncertainty N} adds N runs with sampled parameters and draws
 * their 5–95 % bands ({@link UncertaintyRuns}); {@code --tier-cuts} runs the scenario at every
 * evidence cut and tabulates its headline outcomes per cut, as {@code compare --tier-cuts} does.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a scenario and writes a run folder: scenario.resolved.yaml, provenance.json, "
                + "timeseries.csv, summary.json, snapshots/ and report.html. Its protocol, if any, is applied; a "
                + "protocol with arms runs as 'senesim compare'. Without a scenario: the flagship comparison of a "
                + "35-year-old followed to 85 (no treatment, pre-juvenation from 35, reactive treatment at 60), "
                + "with a table of headline differences.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    RunOptions options;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.yaml",
            description = "Scenario file (see docs/scenario.md). Default: the flagship comparison (docs/interventions.md).")
    Path scenarioFile;

    @Option(names = "--uncertainty", paramLabel = "N",
            description = "Also run the scenario N more times (2 to " + UncertaintyRuns.MAX_SAMPLES + ") with its registry "
                    + "parameters drawn from their distributions (reproducible from the seed; values the scenario sets stay "
                    + "fixed, the evidence filter applies after the draw; sample k lives seed + k, so the bands are a "
                    + "prediction for this person: parameters and chance) and draw 5-95%% bands on every chart and in "
                    + "summary.json, with each parameter set's median and mean age at death over the same 400 chance "
                    + "paths of the organism (docs/outputs.md). Takes about N/threads times as long.")
    Integer uncertainty;

    @Option(names = "--same-noise", description = "With --uncertainty: every sample lives the scenario's own seed "
            + "(common random numbers), so the bands show the parameters' uncertainty alone, not chance.")
    boolean sameNoise;

    @Option(names = "--posterior", paramLabel = "FILE",
            description = "With --uncertainty: draw the calibrated parameters from this posterior ensemble (posterior.json of "
                    + "'senesim calibrate'), keep the parameters it was conditioned on at their nominal values, draw the rest "
                    + "from the registry (docs/calibration.md).")
    Path posteriorFile;

    @Option(names = "--tier-cuts", description = "Also run the scenario at every evidence cut (rct, human-observational, "
            + "animal, in-vitro, mechanistic, all tiers) and report each headline outcome at each cut: how much of the "
            + "prediction rests on weak evidence. Takes up to six times as long.")
    boolean tierCuts;

    @Option(names = "--checkpoint-every", paramLabel = "DURATION",
            description = "Save the whole state of the run every DURATION of simulated time (e.g. '5 years', 90d) into "
                    + "its unfinished folder; if the run is killed, 'senesim resume FOLDER' continues it and gives the same "
                    + "files (docs/outputs.md). One run only: not with protocol arms, --uncertainty or --tier-cuts.")
    String checkpointEvery;

    @Override
    public Integer call() throws IOException {
        Instant start = Instant.now();
        Scenario scenario = scenarioFile == null ? Flagship.scenario() : ScenarioLoader.load(scenarioFile);
        scenario = options.apply(scenario);
        int nThreads = options.threadCount();
        boolean quiet = options.quiet;
        if (uncertainty != null) {
            UncertaintyRuns.check(uncertainty);
        }
        if (sameNoise && uncertainty == null) {
            throw new InputException("--same-noise sets how uncertainty samples are seeded. Fix: add --uncertainty N");
        }
        if (posteriorFile != null && uncertainty == null) {
            throw new InputException("--posterior draws uncertainty samples. Fix: add --uncertainty N");
        }
        Posterior posterior = posteriorFile == null ? null
                : Posterior.read(posteriorFile, org.senesim.evidence.ParameterRegistry.builtIn());
        CompareCommand.checkSpecies(scenario);
        Protocol protocol = scenario.protocol();
        List<String> args = spec().commandLine().getParseResult().originalArgs();
        if (checkpointEvery != null) {
            if (options.fidelity() != org.senesim.run.Fidelity.PATCH) {
                throw new InputException("--checkpoint-every checkpoints the patch only (a mean-field run takes seconds)."
                        + " Fix: drop --checkpoint-every or --fidelity");
            }
            long every = CheckpointedRun.days(checkpointEvery);
            CheckpointedRun.check(scenario, protocol.armsGiven(), uncertainty != null, tierCuts);
            CheckpointedRun.start(scenario, scenarioFile, options, every, args, start);
            return ExitCodes.OK;
        }
        if (protocol.armsGiven()) {
            if (uncertainty != null) {
                throw new InputException(CompareCommand.where(scenario) + "--uncertainty runs a single scenario, but "
                        + (scenarioFile == null ? "the built-in flagship" : "this scenario's protocol") + " has arms (a "
                        + "comparison). Fix: give a scenario without protocol arms, or drop --uncertainty.");
            }
            CompareCommand.compare(scenario, scenarioFile, protocol, options.out, options.force, nThreads, options.fidelity(),
                    org.senesim.run.ParameterDraws.NOMINAL, null, null, null, tierCuts, quiet, args,
                    start);
            return ExitCodes.OK;
        }
        ParameterSet parameters = scenario.parameterSet();
        org.senesim.run.Fidelity fidelity = options.fidelity();
        if (fidelity != org.senesim.run.Fidelity.PATCH && (uncertainty != null || tierCuts)) {
            throw new InputException("--uncertainty and --tier-cuts run on the patch only. Fix: drop them or --fidelity");
        }
        try (RunFolder folder = RunOutput.open(options.out, options.force, scenario, quiet)) {
            warnIfNarrow(scenario, scenarioFile, options.fidelity(), quiet);
            ProgressListener progress = ConsoleProgress.forRun(quiet, "Simulating " + scenario.name());
            RunSpec spec = RunSpec.of(scenario, protocol.arms().get(0), parameters);
            if (fidelity != org.senesim.run.Fidelity.PATCH) {
                spec = spec.withFidelity(fidelity);
            }
            ArmRun run;
            try {
                run = new LocalExecutor(nThreads, progress).runAll(Design.one(spec), Simulator.byFidelity()).get(0);
            } finally {
                if (progress instanceof ConsoleProgress bar) {
                    bar.close();
                }
            }
            Uncertainty bands = null;
            RunResult result = run.result();
            if (uncertainty != null) {
                List<Uncertainty.Sample> samples = UncertaintyRuns.run(spec, uncertainty, nThreads, quiet ? null : System.err,
                        posterior, sameNoise);
                // what the parameters say without the luck of one path: each set's median and mean over the same chance paths
                UncertaintyRuns.AgesOverChance overChance = UncertaintyRuns.agesOverChance(scenario, spec.parameters(),
                        samples, nThreads, quiet ? null : System.err);
                result = overChance.nominal(result);
                samples = overChance.samples();
                bands = Uncertainty.of(scenario.seed(), result.series(), result.summary(), samples, mayMatter(scenario));
                if (posteriorFile != null) {
                    bands = bands.withPosterior(posteriorFile.getFileName().toString());
                }
            }
            List<TierCuts.Cut> cuts = tierCuts
                    ? CompareCommand.tierCuts(scenario, List.of(run.arm()), parameters, List.of(List.of(run)),
                    Headlines.defaultAges(scenario.person().ageYears(), scenario.endAgeYears()), 0, nThreads, 1, quiet)
                    : List.of();
            Provenance provenance = Provenance.builder()
                    .scenario(scenario.name(), scenarioFile == null ? null : scenarioFile.toString())
                    .seed(scenario.seed()).threads(nThreads).start(start).commandLine(args)
                    .uncertaintySamples(uncertainty == null ? 0 : uncertainty)
                    .build();
            RunWriter.write(folder, scenario, parameters, result, provenance, bands, cuts);
            Path done = folder.commit();
            if (!quiet) {
                printSummary(System.out, result, bands);
                if (!cuts.isEmpty()) {
                    System.out.print(TierCuts.text(cuts, List.of(scenario.name()), 0));
                    System.out.println();
                }
                if (!protocol.isEmpty()) {
                    System.out.println(protocolLine(scenario, run));
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

    /**
     * One console line when the patch is narrower than the lattice samples faithfully, once the run
     * is under way (a run refused as bad input keeps its single line).
     */
    static void warnIfNarrow(Scenario scenario, Path scenarioFile, org.senesim.run.Fidelity fidelity, boolean quiet) {
        if (scenario.tissue().narrow() && fidelity == org.senesim.run.Fidelity.PATCH && !quiet) {
            System.err.println("senesim: " + (scenarioFile == null ? scenario.name() : scenarioFile) + ": "
                    + scenario.tissue().narrowNote());
        }
    }

    /** The sessions a single run applied, in one line. */
    static String protocolLine(Scenario scenario, ArmRun run) {
        double startAge = scenario.person().ageYears();
        return "Protocol: " + run.applied().size() + " sessions applied ("
                + String.join("; ", run.arm().courses().stream().map(c -> c.describe(startAge)).toList()) + ")";
    }

    static void printSummary(PrintStream out, RunResult result, Uncertainty bands) {
        out.println();
        if (bands != null) {
            out.printf("  %-72s %10s %-26s%n", "", "nominal", "5-95% of " + bands.samples() + " samples (median)");
        }
        for (SummaryItem item : result.summary()) {
            Uncertainty.Band b = bands == null ? null : bands.summaryBand(item.id());
            String band = b == null ? "" : b.text(bands.samples());
            // a rare count reads per 100,000 people as in a comparison (issue #17), unless a band in the
            // quantity's own unit stands beside it
            Counts shown = Counts.ofOne(band.isEmpty() ? item.unit() : "1", item.value());
            String value = band.isEmpty() ? shown.value(item.value(), 3) : Numbers.readable(item.value(), 3);
            String unit = band.isEmpty() ? shown.unit() : "1".equals(item.unit()) ? "" : item.unit();
            out.printf("  %-72s %10s %s%s%n", item.label(), value, band.isEmpty() ? "" : String.format("%-26s ", band), unit);
        }
        out.println();
    }

    /**
     * The registry parameters a run of {@code scenario} can depend on, for naming a dead sample's
     * furthest draws: those of its species (or of any), and the treatment figures ({@code intervention.*},
     * read only where a protocol treats) only when it has a protocol.
     */
    static java.util.function.Predicate<org.senesim.evidence.Parameter> mayMatter(org.senesim.scenario.Scenario scenario) {
        String species = scenario.person().species().id();
        boolean treated = scenario.protocol().arms().stream().anyMatch(a -> !a.isEmpty());
        return p -> (p.species().equals("any") || p.species().equals(species)) && (treated || !p.id().startsWith("intervention."));
    }
}
