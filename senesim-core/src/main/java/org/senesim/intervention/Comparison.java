package org.senesim.intervention;

import org.senesim.scenario.Arm;

import org.senesim.engine.DailyHook;
import org.senesim.engine.ProgressListener;
import org.senesim.engine.RunResult;
import org.senesim.engine.TissueSimulation;
import org.senesim.engine.Workers;
import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Outputs;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.Units;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Runs the arms of a comparison: the same person, the same seed, the same patch, each arm with its
 * own protocol. Arms run side by side, up to two per thread (one thread: one arm at a time), so that
 * three arms on two cores finish together instead of leaving one core idle for the last arm (small
 * patches gain little from parallel sweeps within an arm); spare threads go to each arm's sweeps. Every arm's result is
 * bit-identical whatever the thread count, because the engine's is.
 */
public final class Comparison {

    /** Runs one arm's scenario with its hooks (the tissue engine, or one that couples the organism). */
    @FunctionalInterface
    public interface Engine {
        RunResult run(Scenario scenario, ParameterSet parameters, Workers workers, ProgressListener progress,
                      List<DailyHook> hooks);
    }

    /** The tissue engine. */
    public static final Engine TISSUE = TissueSimulation::run;

    /**
     * One arm's run.
     *
     * @param arm      the arm
     * @param scenario the scenario as run (snapshots asked for by the protocol added)
     * @param schedule the protocol as applied (sessions, systemic effects)
     * @param result   time series, snapshots and summary
     */
    public record ArmRun(Arm arm, Scenario scenario, ProtocolSchedule schedule, RunResult result) {
    }

    private Comparison() {
    }

    /** Runs every arm once, with the scenario's seed, with the tissue engine. */
    public static List<ArmRun> run(Scenario scenario, List<Arm> arms, ParameterSet parameters, int threads,
                                   ProgressListener progress) {
        return run(scenario, arms, parameters, threads, progress, TISSUE, 1).get(0);
    }

    /** The seed of replicate {@code r}: the scenario's seed plus r (kept non-negative). */
    public static long replicateSeed(long seed, int r) {
        return (seed + r) & Long.MAX_VALUE;
    }

    /**
     * Runs every arm in {@code replicates} replicates with {@code engine} on {@code threads} threads,
     * reporting combined progress (days done over all runs). Replicate r uses seed
     * {@link #replicateSeed}; all arms of a replicate share it. The result is indexed
     * [replicate][arm], arms in the order given.
     */
    public static List<List<ArmRun>> run(Scenario scenario, List<Arm> arms, ParameterSet parameters, int threads,
                                         ProgressListener progress, Engine engine, int replicates) {
        if (arms.isEmpty() || replicates < 1) {
            throw new IllegalArgumentException("no arms or replicates to run");
        }
        List<Scenario> scenarios = new ArrayList<>();
        List<Arm> jobs = new ArrayList<>();
        for (int r = 0; r < replicates; r++) {
            for (Arm arm : arms) {
                scenarios.add(r == 0 ? scenario : scenario.withSeed(replicateSeed(scenario.seed(), r)));
                jobs.add(arm);
            }
        }
        List<ArmRun> flat = runAll(scenarios, jobs, parameters, threads, progress, engine);
        List<List<ArmRun>> out = new ArrayList<>();
        for (int r = 0; r < replicates; r++) {
            out.add(List.copyOf(flat.subList(r * arms.size(), (r + 1) * arms.size())));
        }
        return out;
    }

    private static List<ArmRun> runAll(List<Scenario> scenarios, List<Arm> arms, ParameterSet parameters, int threads,
                                       ProgressListener progress, Engine engine) {
        Scenario scenario = scenarios.get(0);
        int concurrent = Math.max(1, Math.min(threads == 1 ? 1 : 2 * threads, arms.size()));
        int workersPerArm = Math.max(1, threads / concurrent);
        long daysPerArm = Math.round(scenario.durationDays());
        long total = daysPerArm * arms.size();
        AtomicLongArray done = new AtomicLongArray(arms.size());
        Object lock = new Object();
        List<Future<ArmRun>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrent, r -> {
            Thread t = new Thread(r, "senesim-arm");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < arms.size(); i++) {
                final int index = i;
                Arm arm = arms.get(i);
                futures.add(pool.submit(() -> {
                    ProgressListener mine = (d, t) -> {
                        done.set(index, d);
                        long sum = 0;
                        for (int k = 0; k < done.length(); k++) {
                            sum += done.get(k);
                        }
                        synchronized (lock) {
                            progress.progress(sum, total);
                        }
                    };
                    return runArm(scenarios.get(index), arm, parameters, workersPerArm, mine, engine);
                }));
            }
            List<ArmRun> runs = new ArrayList<>();
            for (Future<ArmRun> f : futures) {
                runs.add(f.get());
            }
            return runs;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the arms", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs a single arm (also what {@code senesim run} does with a one-arm protocol). */
    public static ArmRun runArm(Scenario scenario, Arm arm, ParameterSet parameters, int threads,
                                ProgressListener progress, Engine engine) {
        ProtocolSchedule schedule = new ProtocolSchedule(arm, parameters, scenario);
        Scenario asRun = withSnapshotDays(scenario, schedule.snapshotDays());
        try (Workers workers = new Workers(threads)) {
            // An arm without steps needs no hook; that also lets an untreated mouse run, which has no
            // skin patch for a protocol to act on.
            List<DailyHook> hooks = arm.isEmpty() ? List.of() : List.of(schedule);
            RunResult result = engine.run(asRun, parameters, workers, progress, hooks);
            return new ArmRun(arm, asRun, schedule, result);
        }
    }

    /** The scenario with snapshots added on the given simulated days. */
    public static Scenario withSnapshotDays(Scenario s, List<Long> days) {
        if (days.isEmpty()) {
            return s;
        }
        TreeSet<Double> ages = new TreeSet<>(s.outputs().snapshotAgesYears());
        for (long d : days) {
            ages.add(s.person().ageYears() + d / Units.DAYS_PER_YEAR);
        }
        return s.withOutputs(new Outputs(s.outputs().everyDays(), new ArrayList<>(ages)));
    }
}
