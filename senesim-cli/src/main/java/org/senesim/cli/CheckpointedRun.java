package org.senesim.cli;

import org.senesim.engine.Checkpoints;
import org.senesim.engine.ProgressListener;
import org.senesim.report.CheckpointFile;
import org.senesim.report.Provenance;
import org.senesim.report.RunFiles;
import org.senesim.report.RunFolder;
import org.senesim.report.RunWriter;
import org.senesim.run.ArmRun;
import org.senesim.run.Design;
import org.senesim.run.LocalExecutor;
import org.senesim.run.RunSpec;
import org.senesim.run.Simulator;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;
import org.senesim.scenario.Species;
import org.senesim.scenario.Units;

import java.io.DataInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A single long run that survives a crash: {@code run --checkpoint-every DURATION} saves the whole
 * state into the run's unfinished folder every so often ({@link CheckpointFile}), and
 * {@code senesim resume} continues from the last one and finishes the same folder. The files are
 * bit-identical to those of a run never stopped, except the wall-clock times in provenance.json and
 * the report's run facts (docs/outputs.md, "Checkpoints").
 */
final class CheckpointedRun {

    private CheckpointedRun() {
    }

    /** Days in a {@code --checkpoint-every} value ("6 months", "30 days", "1 year"); at least one day. */
    static long days(String text) {
        Units.Split split = text == null ? null : Units.split(text);
        Units.Unit unit = split == null ? null : Units.Dimension.TIME.unit(split.unit().isEmpty() ? "days" : split.unit());
        if (unit == null || !(split.value() > 0) || Double.isInfinite(split.value())) {
            throw new InputException("--checkpoint-every: '" + quote(text) + "' is not a duration. Fix: give a positive "
                    + "number with a unit, e.g. --checkpoint-every '1 year' or --checkpoint-every 90d");
        }
        double days = split.value() * unit.inBase();
        if (days < 1 || days > 1e6) {
            throw new InputException("--checkpoint-every: " + quote(text) + " is " + (days < 1 ? "under a day" : "too long")
                    + "; the patch steps one day at a time. Fix: give 1 day to 1000 years");
        }
        return Math.round(days);
    }

    private static String quote(String text) {
        String t = String.valueOf(text);
        return t.length() > 40 ? t.substring(0, 40) + "..." : t;
    }

    /** Refuses what has no single long run to checkpoint, before anything is computed. */
    static void check(Scenario scenario, boolean arms, boolean uncertainty, boolean tierCuts) {
        String where = CompareCommand.where(scenario);
        if (arms) {
            throw new InputException(where + "--checkpoint-every saves one long run, but this scenario's protocol has "
                    + "arms (a comparison of several runs). Fix: run each arm as its own scenario with "
                    + "--checkpoint-every, or drop --checkpoint-every");
        }
        if (uncertainty || tierCuts) {
            throw new InputException("--checkpoint-every saves one long run, not the many runs of "
                    + (uncertainty ? "--uncertainty" : "--tier-cuts") + ". Fix: drop one of the two options");
        }
        if (scenario.person().species() != Species.HUMAN) {
            throw new InputException(where + "--checkpoint-every saves the skin patch, and a mouse scenario runs the "
                    + "organism alone (in seconds). Fix: drop --checkpoint-every");
        }
    }

    /** Starts a checkpointed run into a new run folder ({@code scenario} as loaded, for its checks and name). */
    static void start(Scenario scenario, Path scenarioFile, RunOptions options, long everyDays, List<String> args,
                      Instant start) throws IOException {
        int threads = options.threadCount();
        String text;
        try {
            text = Files.readString(scenarioFile);
        } catch (IOException e) {
            throw new InputException(scenarioFile + ": cannot read it again to keep it in the checkpoint ("
                    + e.getMessage() + "). Fix: keep the scenario file in place while the run starts");
        }
        // the run is made from the very text the checkpoint keeps, so a resume rebuilds it exactly
        RunSpec spec = spec(options.apply(ScenarioLoader.parse(text, scenarioFile)));
        CheckpointFile.Header header = new CheckpointFile.Header(text, scenarioFile.toString(), options.seed,
                options.minTier, args, threads, start, everyDays, options.force, options.quiet);
        try (RunFolder folder = RunOutput.open(options.out, options.force, scenario, options.quiet)) {
            if (!options.quiet) {
                System.err.println("senesim: a checkpoint every " + everyDays + " simulated days in " + folder.dir()
                        + "; if the run stops, continue it with: senesim resume " + folder.dir());
            }
            finish(folder, spec, header, null);
        }
    }

    /** Continues a run from its checkpoint (a run folder or the checkpoint file in it). */
    static void resume(Path given) throws IOException {
        try (CheckpointFile.Opened cp = CheckpointFile.open(given)) {
            CheckpointFile.Header header = cp.header();
            RunSpec spec;
            try {
                RunOptions options = new RunOptions();
                options.seed = header.seed();
                options.minTier = header.minTier();
                spec = spec(options.apply(ScenarioLoader.parse(header.scenarioText(), Path.of(header.scenarioFile()))));
            } catch (RuntimeException e) {
                throw new InputException(cp.file() + ": the run it holds cannot be read by this Senesim ("
                        + e.getMessage() + "). Fix: resume it with the Senesim that wrote it, or start the run again");
            }
            MemoryCheck.requireFits(spec.scenario(), Runtime.getRuntime().maxMemory());
            try (RunFolder folder = RunFolder.resume(cp.file().toAbsolutePath().getParent(), header.replace())) {
                if (!header.quiet()) {
                    System.err.println("senesim: continuing " + spec.scenario().name() + " from simulated day "
                            + cp.day() + " of " + spec.days());
                }
                finish(folder, spec, header, cp.state());
            }
        }
    }

    private static RunSpec spec(Scenario scenario) {
        return RunSpec.of(scenario, scenario.protocol().arms().get(0), scenario.parameterSet());
    }

    private static void finish(RunFolder folder, RunSpec spec, CheckpointFile.Header header, DataInput resume)
            throws IOException {
        Scenario scenario = spec.scenario();
        Checkpoints checkpoints = CheckpointFile.into(folder, header);
        ProgressListener progress = ConsoleProgress.forRun(header.quiet(), "Simulating " + scenario.name());
        ArmRun run;
        try {
            run = new LocalExecutor(header.threads(), progress)
                    .runAll(Design.one(spec), Simulator.patch(checkpoints, resume)).get(0);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof org.senesim.StateIo.MismatchException m) {
                throw new InputException(folder.dir().resolve(RunFiles.CHECKPOINT) + " does not fit the run it names ("
                        + m.getMessage() + "). Fix: start the run again");
            }
            throw e.getCause();
        } finally {
            if (progress instanceof ConsoleProgress bar) {
                bar.close();
            }
        }
        Provenance provenance = Provenance.builder()
                .scenario(scenario.name(), header.scenarioFile())
                .seed(scenario.seed()).threads(header.threads()).start(header.start()).commandLine(header.commandLine())
                .uncertaintySamples(0)
                .build();
        RunWriter.write(folder, scenario, spec.parameters(), run.result(), provenance, null, List.of());
        Path done = folder.commit();
        if (!header.quiet()) {
            RunCommand.printSummary(System.out, run.result(), null);
            if (!scenario.protocol().isEmpty()) {
                System.out.println(RunCommand.protocolLine(scenario, run));
            }
        }
        System.out.println("Report: " + done.resolve(RunFiles.REPORT));
    }
}
