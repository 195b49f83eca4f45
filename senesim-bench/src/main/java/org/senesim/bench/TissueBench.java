package org.senesim.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.senesim.engine.TissueSimulation;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.lattice.Lattice;
import org.senesim.parallel.Workers;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;
import org.senesim.tissue.TissuePatch;

import java.util.concurrent.TimeUnit;

/**
 * Ten simulated days of the whole default skin patch (50 × 50 × 60 voxels, a 60-year-old, every
 * process and both fields), reported in nanoseconds per voxel-day.
 * Run: {@code java -jar senesim-bench/target/senesim-benchmarks.jar TissueBench -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(TissueBench.VOXEL_DAYS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class TissueBench {

    static final int DAYS = 10;
    static final int VOXEL_DAYS = 150_000 * DAYS;

    @Param({"1", "2"})
    public int threads;

    private Workers workers;
    private TissuePatch patch;

    @Setup(Level.Trial)
    public void setUp() {
        Scenario s = ScenarioLoader.builtInDefault();
        ParameterSet p = ParameterRegistry.builtIn().defaults();
        Lattice lattice = TissueSimulation.latticeOf(s.tissue());
        if (lattice.size() != 150_000) {
            throw new IllegalStateException("the default patch is no longer 150,000 voxels; update VOXEL_DAYS");
        }
        workers = new Workers(threads);
        org.senesim.scenario.Person older = new org.senesim.scenario.Person(s.person().species(), s.person().sex(), 60,
                s.person().fitzpatrick(), s.person().latitudeDegrees(), s.person().outdoorHoursPerDay(),
                s.person().sunscreenSpf(), s.person().sunscreenAdherence(), s.person().smokingPacksPerDay(),
                s.person().alcoholDrinksPerWeek(), s.person().diet());
        patch = new TissuePatch(p, older, lattice, 1, workers);
        for (int d = 0; d < 200; d++) {
            patch.step(workers);
        }
    }

    @Benchmark
    public long tenDays() {
        for (int d = 0; d < DAYS; d++) {
            patch.step(workers);
        }
        return patch.day();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        workers.close();
    }
}
