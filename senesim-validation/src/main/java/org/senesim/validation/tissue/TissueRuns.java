package org.senesim.validation.tissue;

import org.senesim.engine.ProgressListener;
import org.senesim.engine.RunResult;
import org.senesim.run.ArmRun;
import org.senesim.run.ArmsDesign;
import org.senesim.run.LocalExecutor;
import org.senesim.run.Simulator;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Protocol;
import org.senesim.scenario.Scenario;
import org.senesim.tissue.DailyHook;
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
    static List<List<ArmRun>> compare(ReproductionContext context, Scenario scenario, String what) {
        Protocol protocol = scenario.protocol();
        List<Arm> arms = protocol.comparisonArms();
        return new ArmsDesign(scenario, arms, context.parameters(scenario), protocol.replicates())
                .run(executor(context, what), Simulator.patch());
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
        ArmsDesign design = new ArmsDesign(scenario, List.of(Arm.noTreatment()), context.parameters(scenario), seeds);
        List<RunResult> out = new ArrayList<>();
        executor(context, what).execute(design, Simulator.withPatchHooks(extraHooks), (i, run) -> out.add(run.result()));
        return out;
    }

    /** The context's threads, with progress lines. */
    private static LocalExecutor executor(ReproductionContext context, String what) {
        return new LocalExecutor(context.threads(), progress(context, what));
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
