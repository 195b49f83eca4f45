package org.senesim.validation.tissue;

import org.senesim.engine.DailyHook;
import org.senesim.engine.ProgressListener;
import org.senesim.engine.RunResult;
import org.senesim.engine.TissueSimulation;
import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Arm;
import org.senesim.intervention.Comparison;
import org.senesim.scenario.Protocol;
import org.senesim.scenario.Scenario;
import org.senesim.validation.ReproductionContext;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Runs the tissue reproductions' scenarios as {@code senesim run} and {@code senesim compare} would:
 * the patch coupled to the organism, seeds side by side on the context's threads (the scenario's
 * seed and the next ones, as {@code compare --replicates} numbers them), progress every few seconds.
 */
final class TissueRuns {

    /** Seconds between progress lines. */
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

    private TissueRuns() {
    }

    /**
     * The arms of a scenario's protocol, each run with the protocol's {@code compare.replicates}
     * seeds; indexed [replicate][arm], arms in the file's order.
     */
    static List<List<Comparison.ArmRun>> compare(ReproductionContext context, Scenario scenario, String what) {
        Protocol protocol = scenario.protocol();
        List<Arm> arms = protocol.comparisonArms();
        return Comparison.run(scenario, arms, context.parameters(scenario), context.threads(),
                progress(context, what), Comparison.TISSUE, protocol.replicates());
    }

    /** A scenario without protocol, run with {@code seeds} seeds; one result per seed, in seed order. */
    static List<RunResult> seeds(ReproductionContext context, Scenario scenario, int seeds, String what) {
        return seeds(context, scenario, seeds, what, List::of);
    }

    /**
     * As {@link #seeds(ReproductionContext, Scenario, int, String)}, each run with its own fresh set
     * of extra hooks (an observer or an experiment that acts on the patch).
     */
    static List<RunResult> seeds(ReproductionContext context, Scenario scenario, int seeds, String what,
                                 Supplier<List<DailyHook>> extraHooks) {
        Comparison.Engine engine = (s, p, workers, listener, hooks) -> {
            List<DailyHook> all = new ArrayList<>(hooks);
            all.addAll(extraHooks.get());
            return TissueSimulation.run(s, p, workers, listener, all);
        };
        List<List<Comparison.ArmRun>> runs = Comparison.run(scenario, List.of(Arm.noTreatment()),
                context.parameters(scenario), context.threads(), progress(context, what), engine, seeds);
        List<RunResult> out = new ArrayList<>();
        for (List<Comparison.ArmRun> replicate : runs) {
            out.add(replicate.get(0).result());
        }
        return out;
    }

    /** Progress as "what: 40 %" lines, at most one every few seconds. */
    static ProgressListener progress(ReproductionContext context, String what) {
        // arms run on several threads: the line goes to whichever claims the interval first
        AtomicLong last = new AtomicLong(System.nanoTime());
        return (done, total) -> {
            long now = System.nanoTime();
            long before = last.get();
            if (now - before >= PROGRESS_EVERY_NANOS && total > 0 && last.compareAndSet(before, now)) {
                context.progress(what + ": " + Math.round(100.0 * done / total) + " %");
            }
        };
    }
}
