package org.senesim.cli;

import org.senesim.planner.Planner;
import org.senesim.planner.objective.Objective;
import org.senesim.planner.space.Burdens;
import org.senesim.run.Fidelity;
import org.senesim.run.ParameterDraws;
import org.senesim.scenario.Catalog;
import org.senesim.scenario.CatalogEntry;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code senesim bench plan}: the planner's search as {@code senesim plan} runs it (the request its
 * defaults make, same code path, no re-check and no files), timed per evaluated plan, for the planner issue's
 * benchmark (5,000 schedules for a 35-year-old followed to 85 in 60 s on 2 cores). A warm-up
 * search runs first, because the first lives of a JVM measure the JIT compiler, not the model.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Times the planner's search (mean-field skin, no re-check) on a person file (default examples/plan-35.yaml):"
                + " wall and CPU time per evaluated plan, and the projected time of 5,000 plans.")
final class PlanBench implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PERSON.yaml",
            description = "Person file (default: examples/plan-35.yaml under the Senesim home).")
    Path personFile;

    @Option(names = "--evaluations", paramLabel = "N", defaultValue = "200", description = "Plans per timed search (default: ${DEFAULT-VALUE}).")
    int evaluations;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "40", description = "Plans of the untimed warm-up search (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "3", description = "Timed searches; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Evaluation threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--population", paramLabel = "N", defaultValue = "20", description = "NSGA-II population (default: ${DEFAULT-VALUE}, as plan).")
    int population;

    @Override
    public Integer call() throws Exception {
        if (evaluations < 1 || warmup < 0 || runs < 1 || threads < 1 || population < 4 || population % 2 != 0) {
            throw new InputException("--evaluations, --runs and --threads must be >= 1, --warmup >= 0, --population even and >= 4");
        }
        Path file = personFile != null ? personFile : Path.of(System.getProperty("senesim.home", "."), "examples", "plan-35.yaml");
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such person file. Fix: give one, e.g. examples/plan-35.yaml");
        }
        String text = Files.readString(file);
        Scenario person = ScenarioLoader.parse(text, file.toString());
        List<CatalogEntry> entries = new ArrayList<>();
        for (String id : PlanCommand.DEFAULT_TREATMENTS.split(",")) {
            entries.add(Catalog.builtIn().find(id));
        }
        Planner planner = new Planner(Burdens.builtIn());
        if (warmup > 0) {
            planner.plan(request(text, file, person, entries, warmup), (cut, done, budget, front) -> { });
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int r = 0; r < runs; r++) {
            double load = loadAverage();
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            planner.plan(request(text, file, person, entries, evaluations), (cut, done, budget, front) -> { });
            wall[r] = (System.nanoTime() - t0) / 1e9;
            cpu[r] = (processCpuNanos() - c0) / 1e9;
            System.out.printf(Locale.ROOT, "run %d: %d plans, %d threads: %.2f s wall, %.2f s CPU, %.1f ms wall and %.1f ms CPU per plan,"
                            + " load %.2f -> %.2f%n", r + 1, evaluations, threads, wall[r], cpu[r], 1e3 * wall[r] / evaluations,
                    1e3 * cpu[r] / evaluations, load, loadAverage());
        }
        double w = median(wall);
        double c = median(cpu);
        System.out.printf(Locale.ROOT, "median of %d: %.1f ms wall, %.1f ms CPU per plan; 5,000 plans would take %.0f s wall"
                        + " at this rate (target 60 s on 2 cores)%n", runs, 1e3 * w / evaluations, 1e3 * c / evaluations,
                5000 * w / evaluations);
        return ExitCodes.OK;
    }

    private Planner.Request request(String text, Path file, Scenario person, List<CatalogEntry> entries, int n) {
        long base = person.seed();
        return new Planner.Request(text, file.toString(), entries, person.person().ageYears(), person.endAgeYears(),
                Objective.parse("senescence,kc,cost"), 20, 50_000, n, population, new long[] {base},
                new long[] {base + 1000}, 0, null, base, threads, ParameterDraws.NOMINAL, Fidelity.MEAN_FIELD);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1L;
    }
}
