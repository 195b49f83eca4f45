package org.senesim.cli;

import org.senesim.calibration.abc.Posterior;
import org.senesim.engine.ProgressListener;
import org.senesim.engine.RunResult;
import org.senesim.engine.Workers;
import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.Arm;
import org.senesim.intervention.Comparison;
import org.senesim.report.Numbers;
import org.senesim.report.Uncertainty;
import org.senesim.scenario.Outputs;
import org.senesim.scenario.Scenario;

import java.io.PrintStream;
import java.util.List;

/**
 * The samples of {@code senesim run --uncertainty N}: the scenario run N more times, sample k with
 * the parameters {@link ParameterSet#sampledThenFiltered} draws for step k from the scenario's seed
 * (values the scenario sets stay fixed, the evidence filter applies after the draw), and with the
 * scenario's own seed for the run itself: common random numbers, so the spread between samples is
 * the parameters' and not the tissue's run-to-run noise. Samples take no snapshots and keep only
 * their time series and summary. On several threads, samples run side by side (small patches gain
 * little from parallel sweeps within one run); every sample's result is the same whatever the
 * thread count, because the engine's is.
 */
final class UncertaintyRuns {

    /** Fewest samples that give a band. */
    static final int MIN_SAMPLES = 2;
    /** Most samples accepted: beyond it the 5–95 % band no longer moves, only the time spent grows. */
    static final int MAX_SAMPLES = 1000;

    private UncertaintyRuns() {
    }

    /** Bad input unless n is a usable sample count. */
    static void check(int n) {
        if (n < MIN_SAMPLES || n > MAX_SAMPLES) {
            throw new InputException("--uncertainty must be a whole number of samples between " + MIN_SAMPLES + " and "
                    + MAX_SAMPLES + ", got " + n + ". Fix: e.g. --uncertainty 20 (a 5–95 % band needs at least "
                    + MIN_SAMPLES + " samples).");
        }
    }

    /**
     * Runs the samples.
     *
     * @param scenario the scenario as run nominally (seed and evidence cut applied)
     * @param arm      the protocol's single arm
     * @param nominal  the nominal parameters ({@link Scenario#parameterSet()})
     * @param n        number of samples
     * @param threads  worker threads in all
     * @param log      where to print one line per finished sample, or null
     */
    static List<Uncertainty.Sample> run(Scenario scenario, Arm arm, ParameterSet nominal, int n, int threads,
                                        PrintStream log) {
        return run(scenario, arm, nominal, n, threads, log, null);
    }

    /** As {@link #run(Scenario, Arm, ParameterSet, int, int, PrintStream)}, drawing from {@code posterior} when given ({@link Posterior#sample}). */
    static List<Uncertainty.Sample> run(Scenario scenario, Arm arm, ParameterSet nominal, int n, int threads,
                                        PrintStream log, Posterior posterior) {
        Scenario noSnapshots = new Scenario(scenario.name(), scenario.description(), scenario.source(), scenario.seed(),
                scenario.durationDays(), scenario.person(), scenario.tissue(),
                new Outputs(scenario.outputs().everyDays(), List.of()), scenario.parameterOverrides(), scenario.minTier(),
                scenario.protocol(), scenario.experiments());
        int concurrent = Math.max(1, Math.min(threads, n));
        int workers = Math.max(1, threads / concurrent);
        Uncertainty.Sample[] samples = new Uncertainty.Sample[n];
        Object lock = new Object();
        int[] finished = {0};
        if (log != null) {
            log.println("Running " + n + " uncertainty samples, " + concurrent + " at a time...");
        }
        // One chunk per sample: the engine's worker team hands them out, each writes its own slot,
        // and the first failure is rethrown as it was.
        try (Workers team = new Workers(concurrent)) {
            team.forChunks(n, 1, (chunk, from, to) -> {
                int index = chunk + 1;
                long start = System.nanoTime();
                ParameterSet p = posterior == null ? nominal.sampledThenFiltered(scenario.seed(), index, scenario.minTier())
                        : posterior.sample(nominal, scenario.seed(), index, scenario.minTier());
                RunResult r = Comparison.runArm(noSnapshots, arm, p, workers, ProgressListener.NONE, Comparison.TISSUE)
                        .result();
                // Only the series and the summary are kept: no snapshots of samples in memory.
                samples[chunk] = new Uncertainty.Sample(index, p, r.series(), r.summary());
                if (log != null) {
                    synchronized (lock) {
                        finished[0]++;
                        log.println("Uncertainty sample " + index + " of " + n + " done in "
                                + Numbers.readable((System.nanoTime() - start) / 1e9, 2) + " s (" + finished[0] + "/" + n
                                + " finished)");
                    }
                }
            });
        }
        return List.of(samples);
    }
}
