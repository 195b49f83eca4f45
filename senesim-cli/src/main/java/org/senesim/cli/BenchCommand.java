package org.senesim.cli;

import org.senesim.engine.TissueSimulation;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.lattice.Lattice;
import org.senesim.meanfield.MeanFieldSkin;
import org.senesim.meanfield.ReducedMeanFieldSkin;
import org.senesim.parallel.Workers;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;
import org.senesim.tissue.TissuePatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code senesim bench}: whole-model throughput on this machine, for docs/performance.md. Not a
 * test: nothing here passes or fails on time. JMH micro-benchmarks live in senesim-bench.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures model throughput on this machine (wall time, voxel-days per second).",
        subcommands = {BenchCommand.Tissue.class, BenchCommand.Organism.class, TrialBench.class, PlanBench.class})
final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Steps a tissue patch (the default scenario's, or a given one) from its start age. */
    @Command(name = "tissue", mixinStandardHelpOptions = true,
            description = "Runs the skin patch of a scenario (default: the built-in one, 1 x 1 x 1.2 mm, age 20 to 80)"
                    + " with 1 and 2 threads and prints set-up time, the time of the days (voxel-days per second,"
                    + " ns per voxel-day, per phase) and the heap in use.")
    static final class Tissue implements Callable<Integer> {

        @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.yaml",
                description = "Scenario whose patch to run (default: the built-in default scenario).")
        Path scenarioFile;

        @Option(names = "--years", paramLabel = "Y", description = "Simulated years (default: the scenario's duration).")
        Double years;

        @Option(names = "--threads", paramLabel = "N", split = ",", defaultValue = "1,2",
                description = "Thread counts to measure, comma-separated (default: ${DEFAULT-VALUE}).")
        List<Integer> threads;

        @Option(names = "--runs", paramLabel = "R", defaultValue = "1",
                description = "Runs of each thread count, alternating between thread counts; with R >= 2 the"
                        + " median, min and max of the day loop and of each phase are printed (default: ${DEFAULT-VALUE}).")
        int runs;

        @Override
        public Integer call() {
            Scenario scenario = scenarioFile == null ? ScenarioLoader.builtInDefault() : ScenarioLoader.load(scenarioFile);
            ParameterSet p = scenario.parameterSet();
            Lattice lattice = TissueSimulation.latticeOf(scenario.tissue());
            long days = Math.round(years == null ? scenario.durationDays() : years * 365.25);
            if (days < 1) {
                throw new InputException("--years must be positive, got " + years);
            }
            if (runs < 1) {
                throw new InputException("--runs must be >= 1, got " + runs);
            }
            for (int n : threads) {
                if (n < 1) {
                    throw new InputException("--threads values must be >= 1, got " + n);
                }
            }
            System.out.printf("tissue patch %d x %d x %d = %,d voxels, %,d days, JDK %s, %d processors%n",
                    lattice.nx(), lattice.ny(), lattice.nz(), lattice.size(), days,
                    System.getProperty("java.runtime.version"), Runtime.getRuntime().availableProcessors());
            double voxelDays = (double) lattice.size() * days;
            TissueRun[][] results = new TissueRun[threads.size()][runs];
            // Thread counts alternate run by run, so a drift in the machine's speed reaches all of them alike.
            for (int r = 0; r < runs; r++) {
                for (int t = 0; t < threads.size(); t++) {
                    TissueRun run = TissueRun.time(p, scenario, lattice, days, threads.get(t));
                    results[t][r] = run;
                    System.out.printf("threads %d run %d: set-up %.2f s, days %.2f s, %.2f ns/voxel-day, CPU %s,"
                                    + " load %.2f -> %.2f, core round trip %s -> %s, team/alone days cells %d/%d fields %d/%d,"
                                    + " team/alone loops %d/%d, heap %.0f MiB%n",
                            threads.get(t), r + 1, run.setupSeconds, run.seconds, run.seconds * 1e9 / voxelDays,
                            run.cpuSeconds < 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.2f s", run.cpuSeconds),
                            run.loadBefore, run.loadAfter, nanos(run.roundTripBefore), nanos(run.roundTripAfter),
                            run.days[0], run.days[1], run.days[4], run.days[5], run.loops[0], run.loops[1], run.heapMiB);
                }
            }
            double baseline = median(results[0], x -> x.seconds);
            for (int t = 0; t < threads.size(); t++) {
                TissueRun[] rs = results[t];
                double med = median(rs, x -> x.seconds);
                System.out.printf("threads %d: days median %.2f s (min %.2f, max %.2f; %d run%s), %.3g voxel-days/s,"
                                + " %.2f ns/voxel-day, speed-up %.2fx%n", threads.get(t), med,
                        min(rs, x -> x.seconds), max(rs, x -> x.seconds), runs, runs == 1 ? "" : "s",
                        voxelDays / med, med * 1e9 / voxelDays, baseline / med);
                for (String phase : rs[0].phases.keySet()) {
                    System.out.printf("    %-40s %6.2f ns/voxel-day%n", phase,
                            median(rs, x -> x.phases.get(phase)) / voxelDays);
                }
            }
            return ExitCodes.OK;
        }

        private static String nanos(double ns) {
            return Double.isNaN(ns) ? "n/a" : String.format(java.util.Locale.ROOT, "%.0f ns", ns);
        }

        private static double median(TissueRun[] rs, java.util.function.ToDoubleFunction<TissueRun> f) {
            double[] v = java.util.Arrays.stream(rs).mapToDouble(f).sorted().toArray();
            return v.length % 2 == 1 ? v[v.length / 2] : 0.5 * (v[v.length / 2 - 1] + v[v.length / 2]);
        }

        private static double min(TissueRun[] rs, java.util.function.ToDoubleFunction<TissueRun> f) {
            return java.util.Arrays.stream(rs).mapToDouble(f).min().orElse(Double.NaN);
        }

        private static double max(TissueRun[] rs, java.util.function.ToDoubleFunction<TissueRun> f) {
            return java.util.Arrays.stream(rs).mapToDouble(f).max().orElse(Double.NaN);
        }
    }

    /** One timed run of a patch: set-up, the day loop, its process CPU, the load around it, the phases. */
    private record TissueRun(double setupSeconds, double seconds, double cpuSeconds, double loadBefore,
                             double loadAfter, double roundTripBefore, double roundTripAfter, long[] days,
                             long[] loops, double heapMiB, java.util.Map<String, Long> phases) {

        static TissueRun time(ParameterSet p, Scenario scenario, Lattice lattice, long days, int threads) {
            try (Workers workers = new Workers(threads)) {
                double loadBefore = loadAverage();
                double tripBefore = coreRoundTripNanos();
                long t0 = System.nanoTime();
                TissuePatch patch = new TissuePatch(p, scenario.person(), lattice, scenario.seed(), workers);
                long t1 = System.nanoTime();
                long cpu1 = Organism.processCpuNanos();
                for (long d = 0; d < days; d++) {
                    patch.step(workers);
                }
                long t2 = System.nanoTime();
                long cpu2 = Organism.processCpuNanos();
                Runtime rt = Runtime.getRuntime();
                return new TissueRun((t1 - t0) / 1e9, (t2 - t1) / 1e9,
                        cpu1 < 0 || cpu2 < 0 ? -1 : (cpu2 - cpu1) / 1e9, loadBefore, loadAverage(),
                        tripBefore, coreRoundTripNanos(), patch.teamChoiceCounts(), workers.loopCounts(), (rt.totalMemory() - rt.freeMemory()) / 1048576.0,
                        patch.clock().totals());
            }
        }

        /**
         * Mean time for one value to go to another thread and back (two threads spinning on one
         * shared variable, up to 10,000 round trips or 50 ms), ns; NaN on one processor or when the
         * partner got no core in that time. On a virtual machine it shows whether the host keeps
         * our two vCPUs on cores that share a cache: about 40-150 ns when it does, several hundred
         * when not, and it changes from one second to the next, which a two-thread run's day loop
         * follows (docs/performance.md, "fourth round").
         */
        private static double coreRoundTripNanos() {
            if (Runtime.getRuntime().availableProcessors() < 2) {
                return Double.NaN;
            }
            roundTrips();              // the first pass warms the compiler up
            return roundTrips();
        }

        private static double roundTrips() {
            java.util.concurrent.atomic.AtomicLong ball = new java.util.concurrent.atomic.AtomicLong();
            long deadline = System.nanoTime() + 50_000_000L;
            Thread partner = new Thread(() -> {
                for (long v = 1; ; v += 2) {
                    long seen;
                    while ((seen = ball.get()) != v) {
                        if (seen < 0) {
                            return;
                        }
                        Thread.onSpinWait();
                    }
                    if (!ball.compareAndSet(v, v + 1)) {
                        return;   // stopped (-1) while this thread was away
                    }
                }
            }, "senesim-round-trip");
            partner.setDaemon(true);
            partner.start();
            long trips = 0;
            long start = System.nanoTime();
            long end = start;
            while (trips < 10_000 && end < deadline) {
                long v = 2 * trips + 1;
                ball.set(v);
                while (ball.get() != v + 1 && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                end = System.nanoTime();
                if (ball.get() == v + 1) {
                    trips++;
                }
            }
            ball.set(-1);
            return trips == 0 ? Double.NaN : (end - start) / (double) trips;
        }

        /** The machine's one-minute load average (all processes, not only this one); -1 if unknown. */
        private static double loadAverage() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    /**
     * One person at daily steps, and a cohort at weekly steps with each skin: the built-in skin
     * compartment and the reduced mean-field skin (org.senesim.meanfield.ReducedMeanFieldSkin, with
     * the default scenario's person and patch geometry; its reference run is inside the timing).
     */
    @Command(name = "organism", mixinStandardHelpOptions = true,
            description = "Times one person from 20 to 110 at daily steps, and a cohort from 20 to 110 at weekly steps"
                    + " with the compartment skin and with the reduced mean-field skin.")
    static final class Organism implements Callable<Integer> {

        @Option(names = "--people", paramLabel = "N", defaultValue = "100000",
                description = "Cohort size (default: ${DEFAULT-VALUE}).")
        int people;

        @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
                description = "Threads for the cohort (default: ${DEFAULT-VALUE}).")
        int threads;

        @Option(names = "--skin", paramLabel = "SKIN", split = ",", defaultValue = "compartment,mean-field",
                description = "Cohort skins to time, comma-separated: compartment, mean-field (default: ${DEFAULT-VALUE}).")
        List<String> skins;

        @Override
        public Integer call() {
            if (people < 1 || threads < 1) {
                throw new InputException("--people and --threads must be >= 1");
            }
            if (skins.isEmpty()) {
                // "--skin ," splits into nothing: no cohort would be timed
                throw new InputException("--skin: no skin given; use compartment, mean-field or both, comma-separated");
            }
            for (String skin : skins) {
                if (!skin.equals("compartment") && !skin.equals("mean-field")) {
                    throw new InputException("--skin: unknown skin '" + skin + "'; use compartment or mean-field");
                }
            }
            ParameterSet p = ParameterRegistry.builtIn().defaults();
            org.senesim.systemic.OrganismModel model = org.senesim.systemic.OrganismModel.builder(p).build();
            // Warm the JIT on a few lives, then time: a single cold life measures the compiler.
            int warm = 20;
            for (int i = 0; i < warm; i++) {
                model.simulate(1000 + i, 20, 110, 1.0, java.util.List.of());
            }
            int lives = 50;
            long t0 = System.nanoTime();
            for (int i = 0; i < lives; i++) {
                model.simulate(i, 20, 110, 1.0, java.util.List.of());
            }
            double perLifeMs = (System.nanoTime() - t0) / 1e6 / lives;
            System.out.printf("one person, 20 to 110 at daily steps (32,873 steps), every day recorded: %.2f ms%n",
                    perLifeMs);
            Scenario scenario = ScenarioLoader.builtInDefault();
            org.senesim.run.Executor executor = new org.senesim.run.LocalExecutor(threads);
            for (String skin : skins) {
                long t1 = System.nanoTime();
                long cpu1 = processCpuNanos();
                org.senesim.run.Cohort cohort = new org.senesim.run.CohortDesign(model, 7, people, 20, 7,
                        skin.equals("compartment") ? null : new ReducedMeanFieldSkin(p, scenario.person(),
                                TissueSimulation.latticeOf(scenario.tissue()), model,
                                MeanFieldSkin.BloodSasp.asPatchSkin(p, model, 7))).start(executor);
                cohort.advanceTo(110);
                double seconds = (System.nanoTime() - t1) / 1e9;
                long cpu2 = processCpuNanos();
                // a JVM that does not report process CPU gives -1 twice: say so rather than "0.0 s"
                String cpu = cpu1 < 0 || cpu2 < 0 ? "n/a"
                        : String.format(java.util.Locale.ROOT, "%.1f s", (cpu2 - cpu1) / 1e9);
                System.out.printf("%,d people, 20 to 110 at weekly steps, %s skin, %d threads: %.2f s"
                                + " (process CPU %s; %d alive at 110)%n",
                        people, skin, threads, seconds, cpu, cohort.aliveCount());
            }
            return ExitCodes.OK;
        }

        /** CPU time of this process (all threads), ns; -1 when the JVM does not report it. */
        static long processCpuNanos() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1L;
        }
    }
}
