package org.senesim.cli;

import org.senesim.planner.Planner;
import org.senesim.planner.PlanProblem;
import org.senesim.planner.objective.Objective;
import org.senesim.planner.screen.ScreeningError;
import org.senesim.planner.simulate.Screening;
import org.senesim.planner.simulate.SimulatedPlanEvaluator;
import org.senesim.planner.space.PlanSpace;
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

    @Option(names = "--screening", paramLabel = "S", defaultValue = "mean-field", description = "The search's screening, as "
            + "plan's --screening: mean-field, coarse-depth or coarse-weekly (then the timed search includes judging its front again on the "
            + "daily mean field) (default: ${DEFAULT-VALUE}).")
    String screening;

    @Option(names = "--compare", paramLabel = "N", defaultValue = "0", description = "Instead of timing, measure the "
            + "screening's error: N plans drawn from the plan space (seed of the person file) judged on --screening and on the "
            + "daily mean field: Spearman's rank correlation per simulated objective and the share of the daily front the "
            + "screening's front holds (default: ${DEFAULT-VALUE}, no comparison).")
    int compare;

    @Option(names = "--screen-resolution", paramLabel = "X", defaultValue = "1", description = "As plan's --screen-resolution: "
            + "the screening front thinned to X times the screening's scatter before it is judged again; 0 judges it all "
            + "(default: ${DEFAULT-VALUE}).")
    double screenResolution;

    @Option(names = "--objectives", paramLabel = "LIST", defaultValue = "senescence,kc,cost", description = "Objectives of the "
            + "search or the comparison, as plan's --objectives (default: ${DEFAULT-VALUE}).")
    String objectives;

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
        Screening screen;
        try {
            screen = Screening.parse(screening);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        // the request checks --screen-resolution (and the rest) before anything runs
        request(text, file, person, entries, 1, screen);
        if (compare < 0 || compare == 1) {
            throw new InputException("--compare must be 0 (time the search) or at least 2 plans, got " + compare);
        }
        if (compare > 0) {
            return compare(text, file, person, entries, screen);
        }
        Planner planner = new Planner(Burdens.builtIn());
        if (warmup > 0) {
            planner.plan(request(text, file, person, entries, warmup, screen), (cut, done, budget, front) -> { });
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int r = 0; r < runs; r++) {
            double load = loadAverage();
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            Planner.Result result = planner.plan(request(text, file, person, entries, evaluations, screen),
                    (cut, done, budget, front) -> { });
            wall[r] = (System.nanoTime() - t0) / 1e9;
            cpu[r] = (processCpuNanos() - c0) / 1e9;
            // under a screening the time includes judging the screening's front again day by day: say how many
            String again = screen.screens() ? String.format(Locale.ROOT,
                    ", including judging %d of the screening front's %d plans again on the daily mean field (thinned to %s)",
                    result.screened().size(), result.thinning().stream().mapToInt(t -> t.screenedFront()).sum(),
                    result.thinning().get(0).resolution()) : "";
            System.out.printf(Locale.ROOT, "run %d: %d plans, %d threads: %.2f s wall, %.2f s CPU, %.1f ms wall and %.1f ms CPU per plan,"
                            + " load %.2f -> %.2f%s%n", r + 1, evaluations, threads, wall[r], cpu[r], 1e3 * wall[r] / evaluations,
                    1e3 * cpu[r] / evaluations, load, loadAverage(), again);
        }
        double w = median(wall);
        double c = median(cpu);
        System.out.printf(Locale.ROOT, "median of %d: %.1f ms wall, %.1f ms CPU per plan; 5,000 plans would take %.0f s wall"
                        + " at this rate (target 60 s on 2 cores)%n", runs, 1e3 * w / evaluations, 1e3 * c / evaluations,
                5000 * w / evaluations);
        return ExitCodes.OK;
    }

    /** The screening's error on a fixed sample of plans, printed with the time it took. */
    private int compare(String text, Path file, Scenario person, List<CatalogEntry> entries, Screening screen) {
        long base = person.seed();
        PlanSpace space = new PlanSpace(entries, person.person().ageYears(), person.endAgeYears(), 20);
        List<Objective> objectives = objectives();
        double[] ages = Planner.ages(objectives);
        Burdens burdens = Burdens.builtIn();
        long[] seeds = {base};
        PlanProblem screened = new PlanProblem(space, objectives, new SimulatedPlanEvaluator(text, file.toString(),
                Fidelity.MEAN_FIELD, seeds, ages, null, ParameterDraws.NOMINAL, screen), burdens, 20, 50_000);
        PlanProblem daily = new PlanProblem(space, objectives, new SimulatedPlanEvaluator(text, file.toString(),
                Fidelity.MEAN_FIELD, seeds, ages, null, ParameterDraws.NOMINAL), burdens, 20, 50_000);
        long c0 = processCpuNanos();
        long t0 = System.nanoTime();
        ScreeningError error;
        try {
            error = ScreeningError.measure(screened, daily, compare, base, threads);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        System.out.printf(Locale.ROOT, "%s against the daily mean field, %s: %s (%.1f s wall, %.1f s CPU, load %.2f)%n",
                screen.id(), file.getFileName(), error.describe(), (System.nanoTime() - t0) / 1e9,
                (processCpuNanos() - c0) / 1e9, loadAverage());
        return ExitCodes.OK;
    }

    private Planner.Request request(String text, Path file, Scenario person, List<CatalogEntry> entries, int n, Screening screen) {
        long base = person.seed();
        try {
            return new Planner.Request(text, file.toString(), entries, person.person().ageYears(), person.endAgeYears(),
                    objectives(), 20, 50_000, n, population, new long[] {base},
                    new long[] {base + 1000}, 0, null, base, threads, ParameterDraws.NOMINAL, Fidelity.MEAN_FIELD, screen,
                    screenResolution);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    private List<Objective> objectives() {
        try {
            return Objective.parse(objectives);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
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
