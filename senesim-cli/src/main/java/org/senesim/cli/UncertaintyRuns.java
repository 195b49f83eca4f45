package org.senesim.cli;

import org.senesim.scenario.Posterior;
import org.senesim.evidence.ParameterSet;
import org.senesim.report.Numbers;
import org.senesim.report.Uncertainty;
import org.senesim.engine.RunResult;
import org.senesim.observe.SummaryItem;
import org.senesim.run.ArmRun;
import org.senesim.run.DeathAgeOverChance;
import org.senesim.run.Design;
import org.senesim.run.LocalExecutor;
import org.senesim.run.RunSpec;
import org.senesim.run.Simulator;
import org.senesim.run.UncertaintyDesign;
import org.senesim.scenario.Scenario;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The samples of {@code senesim run --uncertainty N}: the scenario run N more times, sample k with
 * the parameters {@link ParameterSet#sampledThenFiltered} (or the posterior) draws for step k from the
 * scenario's seed (values the scenario sets stay fixed, the evidence filter applies after the draw),
 * and living seed + k — or, with {@code --same-noise}, the scenario's own seed (common random numbers:
 * the spread is then the parameters' alone) ({@link UncertaintyDesign}). Samples take no snapshots and
 * keep only their time series and summary. The run layer's executor spreads them over
 * the threads; every sample's result is the same whatever the thread count.
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
     * Runs the samples on {@code threads} threads; each sample keeps only its time series and
     * summary, handed over in sample order.
     *
     * @param nominal   the nominal run (seed and evidence cut applied, the protocol's single arm)
     * @param n         number of samples
     * @param threads   worker threads in all
     * @param log       where to print one line per finished sample, or null
     * @param posterior draw sample k's calibrated parameters from it ({@link Posterior#sample}), or null
     * @param sameNoise every sample on the nominal seed instead of seed + k
     */
    static List<Uncertainty.Sample> run(RunSpec nominal, int n, int threads, PrintStream log, Posterior posterior,
                                        boolean sameNoise) {
        Design design = posterior == null ? new UncertaintyDesign(nominal, n, sameNoise)
                : new UncertaintyDesign(nominal, n, sameNoise,
                        k -> posterior.sample(nominal.parameters(), nominal.seed(), k, nominal.minTier()), "posterior sample ");
        LocalExecutor executor = new LocalExecutor(threads);
        if (log != null) {
            log.println("Running " + n + " uncertainty samples, " + executor.concurrentRuns(n) + " at a time...");
        }
        Simulator simulator = Simulator.patch();
        if (log != null) {
            AtomicInteger finished = new AtomicInteger();
            Simulator patch = simulator;
            simulator = (spec, context) -> {
                long start = System.nanoTime();
                ArmRun run = patch.run(spec, context);
                int index = design.specs().indexOf(spec) + 1;
                synchronized (log) {
                    log.println("Uncertainty sample " + index + " of " + n + " done in "
                            + Numbers.readable((System.nanoTime() - start) / 1e9, 2) + " s (" + finished.incrementAndGet()
                            + "/" + n + " finished)");
                }
                return run;
            };
        }
        List<Uncertainty.Sample> samples = new ArrayList<>();
        executor.execute(design, simulator, (i, run) -> samples.add(new Uncertainty.Sample(UncertaintyDesign.sample(i),
                run.spec().seed(), run.spec().parameters(), run.result().series(), run.result().summary())));
        return samples;
    }

    /**
     * The nominal run's and every sample's median and mean age at death over the same chance paths
     * ({@link DeathAgeOverChance}), added to their summaries so that they are banded like any headline.
     */
    record AgesOverChance(List<SummaryItem> nominalItems, List<Uncertainty.Sample> samples) {

        /** The nominal result with its median and mean over chance at the end of its summary. */
        RunResult nominal(RunResult r) {
            List<SummaryItem> summary = new ArrayList<>(r.summary());
            summary.addAll(nominalItems);
            return new RunResult(r.series(), r.snapshots(), summary);
        }
    }

    static AgesOverChance agesOverChance(Scenario scenario, ParameterSet nominal, List<Uncertainty.Sample> samples,
                                             int threads, PrintStream log) {
        if (!DeathAgeOverChance.applies(scenario)) {
            if (log != null) {
                log.println("Median age at death over chance: not computed, the paths would leave the scenario's "
                        + "treatments and experiments out.");
            }
            return new AgesOverChance(List.of(), samples);
        }
        if (log != null) {
            log.println("Median age at death over chance: " + (samples.size() + 1) + " parameter sets x "
                    + DeathAgeOverChance.PATHS + " chance paths on the organism model...");
        }
        LocalExecutor executor = new LocalExecutor(threads);
        List<SummaryItem> nominalItems = DeathAgeOverChance.items(scenario, nominal, executor);
        List<Uncertainty.Sample> out = new ArrayList<>();
        for (Uncertainty.Sample s : samples) {
            List<SummaryItem> summary = new ArrayList<>(s.summary());
            summary.addAll(DeathAgeOverChance.items(scenario, s.parameters(), executor));
            out.add(new Uncertainty.Sample(s.index(), s.seed(), s.parameters(), s.series(), summary));
        }
        return new AgesOverChance(nominalItems, out);
    }
}
