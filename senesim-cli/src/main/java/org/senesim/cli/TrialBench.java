package org.senesim.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.senesim.trial.design.Trial;
import org.senesim.trial.design.TrialLoader;
import org.senesim.trial.results.TrialOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code senesim bench trial}: times a whole trial (simulation, DuckDB, Parquet, analysis, report)
 * of N people × 2 arms, each person living both arms (counterfactual design), from 40 to 100 at
 * weekly steps with monthly senolytic pulses in one arm, and reports the cost per person-year and
 * the peak heap, so "memory flat in N" can be checked by running two sizes.
 */
@Command(name = "trial", mixinStandardHelpOptions = true,
        description = "Times a trial of N people x 2 arms (each person in both), 40 to 100 years at weekly steps, "
                + "monthly D+Q in one arm, on the organism model (or --fidelity): wall and CPU time, cost per person-year, peak heap.")
final class TrialBench implements Callable<Integer> {

    @Option(names = "--people", paramLabel = "N", defaultValue = "100000", description = "People (default: ${DEFAULT-VALUE}).")
    int people;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors).")
    Integer threads;

    @Option(names = "--to-age", paramLabel = "A", defaultValue = "100", description = "End of follow-up (default: ${DEFAULT-VALUE}).")
    double toAge;

    @Option(names = "--fidelity", paramLabel = "F", defaultValue = "organism",
            description = "organism, reduced-skin (a shared mean-field run per stratum of people), mean-field or lattice (each person's"
                    + " own skin site, a 2D section 1 mm wide, through the run layer); on the skin fidelities the D+Q arm takes the drug"
                    + " as a protocol step (default: ${DEFAULT-VALUE}).")
    String fidelity;

    @Override
    public Integer call() throws Exception {
        if (people < 1 || people > 10_000_000) {
            throw new InputException("--people must be between 1 and 10000000, got " + people + ". Fix: e.g. --people 1000");
        }
        if (!(toAge > 40 && toAge <= 120)) {
            throw new InputException("--to-age must be above 40 and at most 120, got " + toAge);
        }
        if (!java.util.Set.of("organism", "reduced-skin", "mean-field", "lattice").contains(fidelity)) {
            throw new InputException("--fidelity must be organism, reduced-skin, mean-field or lattice, got " + fidelity);
        }
        int n = RunOptions.threadCount(threads);
        Trial trial = TrialLoader.parse("""
                name: bench
                population: {size: %d, seed: 1, age: 40, smoking: {shares: {0: 0.8, 1: 0.2}}, alcohol: {mean: 4, sd: 3, min: 0, max: 40}}
                design: {type: counterfactual, follow_up: {to_age: %s}}
                fidelity: %s
                step: 1 week
                arms:
                  - {name: control}
                  - name: dq
                    treatments: [{drug: dasatinib-quercetin, every: 4 weeks}]
                endpoints:
                  - {id: death, kind: death}
                  - {id: frail, kind: frailty_above}
                  - {id: frailty_80, kind: value, measure: frailty, age: 80}
                """.formatted(people, Double.toString(toAge), fidelity), "bench trial");
        Path dir = Files.createTempDirectory("senesim-bench-trial");
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        TrialOutput.Outcome out = TrialOutput.run(trial, dir.resolve("run"), false, n, done -> { });
        double wall = (System.nanoTime() - t0) / 1e9;
        long cpu1 = processCpuNanos();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        double personYears;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + out.folder().resolve(TrialOutput.DATABASE).toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT sum(follow_up_years) FROM person")) {
            rs.next();
            personYears = rs.getDouble(1);
        }
        long dbBytes = Files.size(out.folder().resolve(TrialOutput.DATABASE));
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        String cpu = cpu0 < 0 || cpu1 < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f s", (cpu1 - cpu0) / 1e9);
        System.out.printf(Locale.ROOT, "%,d people x 2 arms, 40 to %.0f at weekly steps, " + fidelity + ", %d threads: %.1f s wall"
                        + " (process CPU %s), %,.0f person-years simulated, %.2f us per person-year of wall time,"
                        + " peak heap %.0f MiB (sum of pool peaks), database %.1f MiB%n",
                people, toAge, n, wall, cpu, personYears, 1e6 * wall / personYears, peak / 1048576.0, dbBytes / 1048576.0);
        return ExitCodes.OK;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
