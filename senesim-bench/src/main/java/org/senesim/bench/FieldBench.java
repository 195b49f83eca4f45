package org.senesim.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.senesim.field.Interpolation;
import org.senesim.field.LatticeGeometry;
import org.senesim.field.SteadyField;
import org.senesim.parallel.Workers;

/**
 * Simulated days of both quasi-steady fields (SASP and growth factor) on a patch of 20 µm voxels:
 * the default 3D patch (50 × 50 × 60), a 2D section of 1000 × 1000 or a 3D block of 3 M voxels
 * ({@code -p patch=...}). Each day about 3% of the secreting voxels stop and as many start
 * elsewhere, so the source changes slowly, as it does in the model.
 *
 * <p>The score is nanoseconds per voxel-day for BOTH fields together (the model's budget is about
 * 1 ns): each invocation runs {@value #VOXEL_DAYS} voxel-days (20 days of the default patch, 3 of
 * the section, 1 of the block), and {@code @OperationsPerInvocation} divides by that.
 * Run: {@code java -jar senesim-bench/target/senesim-benchmarks.jar FieldBench -f 1 -wi 2 -i 3};
 * add {@code -p coarsening=2} for a finer field grid, {@code -p mode=each} to solve the fields one
 * after the other, {@code -p interpolation=NEAREST}, or {@code -p tolerance=0.1} to skip re-solves
 * while less than 10% of the secretion has moved.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(FieldBench.VOXEL_DAYS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class FieldBench {

    static final int VOXEL_DAYS = 3_000_000;

    /** Patch, nx x ny x nz voxels; each size divides {@link #VOXEL_DAYS}. */
    @Param({"50x50x60", "1000x1x1000", "200x200x75"})
    public String patch;

    private int days;

    // Illustrative values in the range of the design brief; the model reads its own from the registry.
    private static final double SASP_D = 50.0;            // µm²/s
    private static final double SASP_K = 50.0 / 62_500.0; // 1/s, range √(D/k) = 250 µm
    private static final double GF_D = 80.0;              // µm²/s
    private static final double GF_K = 80.0 / 40_000.0;   // 1/s, range 200 µm
    private static final double SASP_SECRETING = 0.03;
    private static final double GF_SECRETING = 0.003;
    private static final double DAILY_TURNOVER = 0.03;

    /** Field threads. */
    @Param({"1", "2"})
    public int threads;

    /** Field-grid coarsening: 1 is the exact path, 5 gives a 10 × 10 × 12 field grid. */
    @Param({"5"})
    public int coarsening;

    /**
     * {@code all}: {@link SteadyField#solveAll}, both fields at once, one per thread;
     * {@code each}: {@link SteadyField#solve} one after the other.
     */
    @Param({"all"})
    public String mode;

    /** Read-back from the field grid. */
    @Param({"LINEAR"})
    public String interpolation;

    /** Relative L1 source change below which a day's re-solve is skipped. */
    @Param({"0"})
    public double tolerance;

    private Workers workers;
    private SteadyField sasp;
    private SteadyField growth;
    private int[] saspSites;
    private int[] growthSites;
    private SplittableRandom random;

    @Setup(Level.Trial)
    public void setUp() {
        String[] n = patch.split("x");
        LatticeGeometry lattice = new LatticeGeometry(Integer.parseInt(n[0]), Integer.parseInt(n[1]),
                Integer.parseInt(n[2]), 20.0);
        if (VOXEL_DAYS % lattice.voxelCount() != 0) {
            throw new IllegalArgumentException("patch " + patch + " does not divide " + VOXEL_DAYS + " voxel-days");
        }
        days = VOXEL_DAYS / lattice.voxelCount();
        SteadyField.Options options = SteadyField.Options.coarse(coarsening)
                .withInterpolation(Interpolation.valueOf(interpolation))
                .withResolveTolerance(tolerance);
        sasp = new SteadyField(lattice, SASP_D, SASP_K, options);
        growth = new SteadyField(lattice, GF_D, GF_K, options);
        random = new SplittableRandom(2026);
        saspSites = place(sasp.source(), SASP_SECRETING);
        growthSites = place(growth.source(), GF_SECRETING);
        workers = new Workers(threads);
        SteadyField.solveAll(workers, sasp, growth);
    }

    private int[] place(float[] source, double fraction) {
        int[] sites = new int[(int) Math.round(fraction * source.length)];
        for (int s = 0; s < sites.length; s++) {
            sites[s] = freeVoxel(source);
            source[sites[s]] = 0.5f + (float) random.nextDouble();
        }
        return sites;
    }

    private int freeVoxel(float[] source) {
        int v;
        do {
            v = random.nextInt(source.length);
        } while (source[v] != 0f);
        return v;
    }

    /** Moves a few percent of the secreting sites, as cells turn senescent, are cleared or migrate. */
    private void turnOver(float[] source, int[] sites) {
        int moves = (int) Math.round(DAILY_TURNOVER * sites.length);
        for (int m = 0; m < moves; m++) {
            int s = random.nextInt(sites.length);
            float rate = source[sites[s]];
            source[sites[s]] = 0f;
            sites[s] = freeVoxel(source);
            source[sites[s]] = rate;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        workers.close();
    }

    @Benchmark
    public float days() {
        for (int d = 0; d < days; d++) {
            turnOver(sasp.source(), saspSites);
            turnOver(growth.source(), growthSites);
            if (mode.equals("all")) {
                SteadyField.solveAll(workers, sasp, growth);
            } else {
                sasp.solve(workers);
                growth.solve(workers);
            }
        }
        return sasp.value()[sasp.value().length / 2] + growth.value()[growth.value().length / 3];
    }
}
