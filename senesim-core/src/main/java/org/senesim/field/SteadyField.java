package org.senesim.field;

import java.util.IdentityHashMap;
import java.util.Map;
import org.senesim.parallel.Workers;

/**
 * A diffusing, decaying signal (SASP, growth factor) on a tissue patch, solved quasi-steady: each
 * simulated day the model fills {@link #source()} and calls {@link #solve(Workers)}, which puts in
 * {@link #value()} the steady state of
 *
 * <pre>  D ∇²c − k c + q = 0,   q = source / (h³ · 86 400 s/day)</pre>
 *
 * <p>Diffusion settles within minutes while cells change over days, so one steady solve per day
 * stands for the whole day.
 *
 * <h2>Units</h2>
 * <ul>
 *   <li>{@code D}, the diffusivity, in µm²/s; {@code k}, the first-order decay rate, in 1/s. The
 *       signalling range is {@code λ = √(D/k)} µm. Both come from the parameter registry.</li>
 *   <li>{@code source[i]}: amount secreted into voxel {@code i} per day (amount per voxel per day;
 *       the amount unit is the caller's, e.g. pg or molecules). Negative values are sinks.</li>
 *   <li>{@code value[i]}: concentration at the centre of voxel {@code i}, in the same amount unit
 *       per µm³. At steady state the field holds {@code Σ value · h³ = Σ source / (k · 86 400)}:
 *       every amount secreted lives {@code 1/k} seconds on average.</li>
 * </ul>
 *
 * <h2>Boundaries</h2>
 * Periodic in x and y (the patch repeats laterally); no flux at the top (z = 0, under the
 * epidermis) and the bottom (z = nz−1), implemented as mirror ghost cells. A 2D section
 * ({@code ny == 1}) is a slab uniform in y.
 *
 * <h2>Discretisation and accuracy</h2>
 * The field is solved on a field grid that is the lattice coarsened by {@link Options#coarsening()}:
 * the source of a field cell is the sum of its voxels' sources, and values are read back by
 * {@link Options#interpolation()}.
 * <ul>
 *   <li>Coarsening 1 (the exact path) uses the compact 27-point stencil with sixth-order source
 *       weighting, so a point source matches the continuum {@code Q e^{−r/λ} / (4π D r)} within
 *       0.3% at every voxel more than two voxels away (the common 7-point stencil is off by 5% at
 *       three voxels).</li>
 *   <li>Coarsening f &gt; 1 uses the 7-point stencil on the field grid (the coarsening error
 *       dominates, so a higher-order stencil buys nothing). The value at a voxel then misses the
 *       part of its own and its neighbours' secretion that varies within one field cell. Measured
 *       on the default 1 × 1 × 1.2 mm patch with λ = 250 µm against the exact path (relative error
 *       per voxel, {@link Interpolation#LINEAR}): f = 2: rms 0.7%, max 6% on 3% random secretors
 *       (rms 0.7%, max 9% on clustered ones); f = 5: rms 1.3%, max 9% (clustered: rms 2.3%,
 *       max 21%). See docs/performance.md, "Field solver".</li>
 * </ul>
 *
 * <h2>Solver and convergence criterion</h2>
 * There is no iteration to converge. Every stencil used is a polynomial in the three 1D second
 * differences, which the real Fourier basis (periodic axes) and the DCT-II basis (no-flux axis)
 * diagonalise exactly, so {@code solve} transforms the field-grid source along each axis, divides
 * by the operator's eigenvalue and transforms back (fast diagonalisation, in double precision). The
 * result is the exact solution of the discrete equations up to rounding (relative residual about
 * 1e-7 after rounding to float). Cost per field cell: {@code 2n} multiply–adds per short axis of
 * n cells (a dense basis matrix) and O(log n) per axis of 32 cells or more (an FFT, see
 * {@code AxisTransform}), plus one pass over the voxels to gather sources and one to write
 * values; on the default patch at coarsening 5 the two voxel passes take about half the time.
 *
 * <p>Re-solve criterion: the solve is skipped, and {@link #value()} kept, when the field-grid
 * source differs from the one last solved by at most {@link Options#resolveTolerance()} in relative
 * L1 norm, {@code Σ|s − s_solved| ≤ tol · Σ|s_solved|}. As the steady operator conserves mass
 * ({@code Σ c·h³ = Σ s / k}), this bounds the total amount of the field that is out of date by the
 * same fraction. With tolerance 0 the field is re-solved whenever any source changed at all, and
 * an unchanged source (for example a growth-factor field with no wound) costs only the gathering
 * pass.
 *
 * <h2>Threads</h2>
 * Results are bit-identical for any number of threads: every array element is computed by the same
 * arithmetic in the same order whichever thread runs it, and the only reduction (the re-solve
 * criterion) is summed per fixed chunk and combined in chunk order. For several fields,
 * {@link #solveAll(Workers, SteadyField...)} shares each stage of all of them among the threads.
 * A field is not itself thread-safe: one solve at a time, and no writes to {@link #source()}
 * while it runs.
 */
public final class SteadyField {

    /** Seconds per day: sources are per day, D and k per second. */
    public static final double SECONDS_PER_DAY = 86_400.0;

    /** Field cells above which the spectral solve is split over threads (below, a split costs more than it saves). */
    private static final int PARALLEL_SPECTRAL_CELLS = 32_768;
    /**
     * Voxels below which {@link #solve} runs on the calling thread: on the default 150k-voxel patch
     * a hand-over to another thread at each of the three stages costs more than the stage
     * (measured 2.7 against 1.1 ns per voxel-day for two fields); use {@link #solveAll} there.
     */
    private static final int PARALLEL_VOXELS = 1 << 20;
    /** Target voxels of work per chunk; a constant so that chunk boundaries never depend on threads. */
    private static final int CHUNK_VOXELS = 16_384;

    /**
     * Accuracy/speed choices of a field.
     *
     * @param coarsening       field cells are blocks of this many voxels along each axis (1 = the
     *                         exact path); must divide every lattice size above 1
     * @param interpolation    how coarse values are read back at voxels (ignored at coarsening 1)
     * @param resolveTolerance relative L1 change of the source below which the solve is skipped;
     *                         0 re-solves whenever the source changed
     */
    public record Options(int coarsening, Interpolation interpolation, double resolveTolerance) {

        public Options {
            if (coarsening < 1) {
                throw new IllegalArgumentException("coarsening must be >= 1, got " + coarsening);
            }
            if (interpolation == null) {
                throw new IllegalArgumentException("interpolation must not be null");
            }
            if (!(resolveTolerance >= 0) || !(resolveTolerance < 1)) {
                throw new IllegalArgumentException("resolveTolerance must be in [0, 1), got " + resolveTolerance);
            }
        }

        /** Coarsening 1, re-solve on any change: the reference path the tests check. */
        public static Options exact() {
            return new Options(1, Interpolation.LINEAR, 0.0);
        }

        /** Coarsening {@code factor}, trilinear read-back, re-solve on any change. */
        public static Options coarse(int factor) {
            return new Options(factor, Interpolation.LINEAR, 0.0);
        }

        public Options withInterpolation(Interpolation value) {
            return new Options(coarsening, value, resolveTolerance);
        }

        public Options withResolveTolerance(double value) {
            return new Options(coarsening, interpolation, value);
        }
    }

    private final LatticeGeometry lattice;
    private final LatticeGeometry grid;
    private final double diffusivity;
    private final double decayRate;
    private final Options options;

    final float[] source;
    final float[] value;

    // Field grid: cx × cy × cz cells of fx × fy × fz voxels.
    private final int cx, cy, cz, fx, fy, fz, plane, cells;
    private final boolean compactStencil;
    private final SpectralSolver solver;

    /** Field-grid source being solved and the one last solved, layout [z][y][x]. */
    final double[] fieldSource, solvedSource;
    /** Field-grid values of the last solve (coarsening &gt; 1 only). */
    final float[] fieldValue;
    /** Per field-grid plane, that plane expanded to voxel resolution in x and y (coarsening &gt; 1 only). */
    private final float[][] expanded;
    // Read-back maps along each axis: voxel v reads (1 − w)·cell[lo] + w·cell[hi].
    private final int[] x0, x1, y0, y1, z0, z1;
    private final float[] wx, wy, wz;

    private final int planeGrain, planeChunks, voxelPlaneGrain, readChunks;
    /** The spectral solution of the current solve, between its stages. */
    private double[] solution;
    // Per-chunk scratch (a chunk runs on one thread at a time).
    private final float[][] chunkRow, chunkPlane, chunkNext, readScratch;
    /** Per chunk, the field rows of one plane expanded along x: [field y][voxel x]. */
    private final float[][][] chunkRowsX;
    private final double[] chunkChange, chunkBase;
    private final boolean[] chunkBad;

    boolean solvedOnce;
    long solves, skips;

    /**
     * @param lattice     the voxel lattice the source and value arrays live on
     * @param diffusivity D in µm²/s, positive and finite
     * @param decayRate   k in 1/s, positive and finite
     * @param options     accuracy/speed choices, e.g. {@link Options#exact()} or {@link Options#coarse(int)}
     * @throws IllegalArgumentException on a non-positive D or k, or a coarsening that does not divide the lattice
     */
    public SteadyField(LatticeGeometry lattice, double diffusivity, double decayRate, Options options) {
        if (lattice == null || options == null) {
            throw new IllegalArgumentException("lattice and options must not be null");
        }
        if (!(diffusivity > 0) || !Double.isFinite(diffusivity)) {
            throw new IllegalArgumentException("diffusivity D must be positive and finite (µm²/s), got " + diffusivity);
        }
        if (!(decayRate > 0) || !Double.isFinite(decayRate)) {
            throw new IllegalArgumentException("decay rate k must be positive and finite (1/s), got " + decayRate
                    + "; without decay a no-flux patch has no steady state");
        }
        this.lattice = lattice;
        this.grid = lattice.coarsen(options.coarsening());
        this.diffusivity = diffusivity;
        this.decayRate = decayRate;
        this.options = options;

        int nx = lattice.nx();
        int ny = lattice.ny();
        int nz = lattice.nz();
        this.source = new float[lattice.voxelCount()];
        this.value = new float[lattice.voxelCount()];

        cx = grid.nx();
        cy = grid.ny();
        cz = grid.nz();
        fx = nx / cx;
        fy = ny / cy;
        fz = nz / cz;
        plane = cx * cy;
        cells = plane * cz;
        compactStencil = options.coarsening() == 1;

        double h = grid.voxelEdge();
        double kappa2 = decayRate * h * h / diffusivity;
        // (D/h²)·A c = W·q with q = s/(V·T)  ⇒  c = h² W s / (A · D·V·T). A field cell is h³,
        // except in a 2D section, which stays one voxel thick in y however much x and z are coarsened.
        double cellVolume = h * h * (lattice.is2D() ? lattice.voxelEdge() : h);
        double scale = h * h / (diffusivity * cellVolume * SECONDS_PER_DAY);
        solver = new SpectralSolver(cx, cy, cz, compactStencil
                ? (sx, sy, sz) -> scale * compactSymbol(sx, sy, sz, kappa2)
                : (sx, sy, sz) -> scale / (sx + sy + sz + kappa2));

        fieldSource = new double[cells];
        solvedSource = new double[cells];
        boolean coarse = !compactStencil;
        fieldValue = coarse ? new float[cells] : null;
        expanded = coarse ? new float[cz][nx * ny] : null;
        x0 = new int[nx];
        x1 = new int[nx];
        wx = new float[nx];
        y0 = new int[ny];
        y1 = new int[ny];
        wy = new float[ny];
        z0 = new int[nz];
        z1 = new int[nz];
        wz = new float[nz];
        boolean linear = options.interpolation() == Interpolation.LINEAR;
        FieldKernels.readBackMap(fx, cx, true, linear, x0, x1, wx);
        FieldKernels.readBackMap(fy, cy, true, linear, y0, y1, wy);
        FieldKernels.readBackMap(fz, cz, false, linear, z0, z1, wz);

        planeGrain = Math.max(1, CHUNK_VOXELS / (nx * ny * fz));
        planeChunks = Workers.chunkCount(cz, planeGrain);
        voxelPlaneGrain = Math.max(1, CHUNK_VOXELS / (nx * ny));
        int planeScratch = coarse ? nx * ny : 0;
        chunkRow = new float[planeChunks][nx];
        chunkPlane = new float[planeChunks][planeScratch];
        chunkNext = new float[planeChunks][planeScratch];
        chunkRowsX = new float[planeChunks][coarse ? cy : 0][nx];
        readChunks = Workers.chunkCount(nz, voxelPlaneGrain);
        readScratch = new float[coarse ? readChunks : 0][nx * ny];
        chunkChange = new double[planeChunks];
        chunkBase = new double[planeChunks];
        chunkBad = new boolean[planeChunks];
    }

    /**
     * Eigenvalue of (source weighting)/(operator) of the compact scheme, with s_i = 2 − 2cos θ_i
     * the eigenvalue of −δ_i²: A = S − P/6 + R/30 + κ²(1 − S/12) is the 27-point operator
     * [128, −14, −3, −1]/30 plus the decay term, W = 1 − S/12 − Σs_i²/240 + P/90 the source
     * weighting that makes W/A match the continuum symbol 1/(|k|² + κ²) to sixth order
     * (S = Σs_i, P = Σ_{i&lt;j} s_i s_j, R = s_x s_y s_z, κ² = k h²/D). For the constant mode W = 1
     * and A = κ², which is what makes mass balance exact.
     */
    static double compactSymbol(double sx, double sy, double sz, double kappa2) {
        double s = sx + sy + sz;
        double pairs = sx * sy + sy * sz + sx * sz;
        double triple = sx * sy * sz;
        double squares = sx * sx + sy * sy + sz * sz;
        double a = s - pairs / 6.0 + triple / 30.0 + kappa2 * (1.0 - s / 12.0);
        double w = 1.0 - s / 12.0 - squares / 240.0 + pairs / 90.0;
        return w / a;
    }

    /** The voxel lattice of {@link #source()} and {@link #value()}. */
    public LatticeGeometry lattice() {
        return lattice;
    }

    /**
     * The grid the equation is solved on: the lattice coarsened by {@link Options#coarsening()}
     * (in a 2D section its cells stay one voxel thick in y).
     */
    public LatticeGeometry fieldGrid() {
        return grid;
    }

    /** D in µm²/s. */
    public double diffusivity() {
        return diffusivity;
    }

    /** k in 1/s. */
    public double decayRate() {
        return decayRate;
    }

    /** Signalling range λ = √(D/k) in µm. */
    public double range() {
        return Math.sqrt(diffusivity / decayRate);
    }

    public Options options() {
        return options;
    }

    /** Per-voxel source, amount per voxel per day; the caller writes it before {@link #solve}. Live array. */
    public float[] source() {
        return source;
    }

    /** Per-voxel concentration, amount per µm³, as of the last solve (zeros before). Live array; do not write. */
    public float[] value() {
        return value;
    }

    /** Field-grid values of the last solve (at coarsening 1, {@link #value()}). For tests. */
    float[] fieldValues() {
        return compactStencil ? value : fieldValue;
    }

    /** Number of calls that actually solved. */
    public long solveCount() {
        return solves;
    }

    /** Number of calls skipped because the source changed less than the re-solve tolerance. */
    public long skipCount() {
        return skips;
    }

    /**
     * Brings {@link #value()} to the steady state of the current {@link #source()}, or leaves it
     * when the source changed less than the re-solve tolerance since the last solve. On lattices of
     * a million voxels or more the work is split over {@code workers}; below, it runs on the calling
     * thread (use {@link #solveAll} to solve several fields at once). The result never depends on
     * the number of threads.
     *
     * @throws IllegalStateException if the source holds a NaN or infinity
     */
    public void solve(Workers workers) {
        if (workers == null) {
            throw new IllegalArgumentException("workers must not be null");
        }
        solveStaged(workers.threads() > 1 && lattice.voxelCount() >= PARALLEL_VOXELS ? workers : null,
                new SteadyField[] {this});
    }

    /**
     * Solves independent fields together. Each stage runs as one parallel loop over every field's
     * chunks: gathering the sources, then the spectral solves (one field per thread on small field
     * grids, each split over the threads on large ones), then writing values and reading them
     * back. A field whose source did not change costs only its share of the gathering loop, and no
     * thread waits on a field the other has already finished. Results are the same as
     * {@code solve}'s, for any number of threads.
     */
    public static void solveAll(Workers workers, SteadyField... fields) {
        if (workers == null || fields == null) {
            throw new IllegalArgumentException("workers and fields must not be null");
        }
        Map<SteadyField, Boolean> seen = new IdentityHashMap<>();
        for (SteadyField f : fields) {
            if (f == null || seen.put(f, Boolean.TRUE) != null) {
                throw new IllegalArgumentException("fields must be non-null and distinct");
            }
        }
        solveStaged(workers, fields);
    }

    /** The stages of {@link #solveAll}; {@code workers == null} runs everything on this thread. */
    private static void solveStaged(Workers workers, SteadyField[] fields) {
        if ((workers == null || workers.threads() == 1) && fields.length > 1) {
            // One thread: field by field, so each field's arrays stay in cache through its stages.
            for (SteadyField f : fields) {
                solveStaged(null, new SteadyField[] {f});
            }
            return;
        }
        forEachChunk(workers, fields, f -> f.planeChunks, (f, c) -> f.gather(c, c * f.planeGrain,
                Math.min(f.cz, (c + 1) * f.planeGrain)));
        SteadyField[] changed = new SteadyField[fields.length];
        int count = 0;
        for (SteadyField f : fields) {
            if (f.sourceChanged()) {
                changed[count++] = f;
            } else {
                f.skips++;
            }
        }
        if (count == 0) {
            return;
        }
        SteadyField[] solving = java.util.Arrays.copyOf(changed, count);
        boolean split = workers != null && solving[0].cells >= PARALLEL_SPECTRAL_CELLS;
        if (split) {
            for (SteadyField f : solving) {
                f.solution = f.solver.solve(f.fieldSource, workers);
            }
        } else {
            forChunks(workers, count, 1, (chunk, from, to) -> {
                for (int i = from; i < to; i++) {
                    solving[i].solution = solving[i].solver.solve(solving[i].fieldSource, null);
                }
            });
        }
        forEachChunk(workers, solving, f -> f.planeChunks, (f, c) -> f.writeValues(c, c * f.planeGrain,
                Math.min(f.cz, (c + 1) * f.planeGrain), f.solution));
        forEachChunk(workers, solving, f -> f.compactStencil ? 0 : f.readChunks, (f, c) -> f.readBack(c,
                c * f.voxelPlaneGrain, Math.min(f.lattice.nz(), (c + 1) * f.voxelPlaneGrain)));
        for (SteadyField f : solving) {
            f.solvedOnce = true;
            f.solves++;
        }
    }

    /** Whether the gathered source differs from the one last solved by more than the tolerance. */
    private boolean sourceChanged() {
        double change = 0;
        double base = 0;
        for (int c = 0; c < planeChunks; c++) {
            if (chunkBad[c]) {
                throw new IllegalStateException("field source holds NaN or infinity (check the secretion rates)");
            }
            change += chunkChange[c];
            base += chunkBase[c];
        }
        return !solvedOnce || change > options.resolveTolerance() * base;
    }

    private interface ChunksOf {
        int of(SteadyField f);
    }

    private interface FieldChunk {
        void run(SteadyField f, int chunk);
    }

    /**
     * One loop over the chunks of all fields; chunk i of the loop is fixed by the fields alone.
     * Fields of equal chunk counts are interleaved by depth (chunk 0 of each field, then chunk 1,
     * ...), so the team member that owns a depth range ({@link Workers}) handles both fields there,
     * as it does the cells that read them; field by field, one core would write a whole field and
     * the other read half of it back from the first core's cache every day.
     */
    private static void forEachChunk(Workers workers, SteadyField[] fields, ChunksOf chunks, FieldChunk body) {
        int n = fields.length;
        int[] first = new int[n + 1];
        boolean even = true;
        for (int i = 0; i < n; i++) {
            first[i + 1] = first[i] + chunks.of(fields[i]);
            even &= chunks.of(fields[i]) == chunks.of(fields[0]);
        }
        boolean interleave = even;
        forChunks(workers, first[n], 1, (chunk, from, to) -> {
            for (int c = from; c < to; c++) {
                if (interleave) {
                    body.run(fields[c % n], c / n);
                    continue;
                }
                int f = 0;
                while (c >= first[f + 1]) {
                    f++;
                }
                body.run(fields[f], c - first[f]);
            }
        });
    }

    private static void forChunks(Workers workers, int n, int grain, Workers.ChunkBody body) {
        if (workers != null) {
            workers.forChunks(n, grain, body);
            return;
        }
        for (int c = 0, from = 0; from < n; c++, from += grain) {
            body.run(c, from, Math.min(n, from + grain));
        }
    }

    /**
     * Stage 1, per field-grid plane: sums voxel sources into field cells and accumulates this
     * chunk's share of the re-solve criterion.
     */
    private void gather(int chunk, int zFrom, int zTo) {
        int nx = lattice.nx();
        int ny = lattice.ny();
        double change = 0;
        double base = 0;
        boolean bad = false;
        for (int zc = zFrom; zc < zTo; zc++) {
            int off = zc * plane;
            if (compactStencil) {
                for (int i = off; i < off + plane; i++) {
                    fieldSource[i] = source[i];
                }
            } else {
                // Depth first, over whole voxel planes copied to offset 0: C2 (JDK 17) vectorises a
                // loop only when all its arrays share one index (see the kernels at the end).
                int fine = nx * ny;
                int first = fine * (zc * fz);
                float[] acc = chunkPlane[chunk];
                float[] next = chunkNext[chunk];
                System.arraycopy(source, first, acc, 0, fine);
                for (int dz = 1; dz < fz; dz++) {
                    System.arraycopy(source, first + dz * fine, next, 0, fine);
                    FieldKernels.addTo(acc, next, fine);
                }
                float[] row = chunkRow[chunk];
                for (int yc = 0; yc < cy; yc++) {
                    System.arraycopy(acc, yc * fy * nx, row, 0, nx);
                    for (int dy = 1; dy < fy; dy++) {
                        FieldKernels.addTo(row, acc, (yc * fy + dy) * nx, nx);
                    }
                    int out = off + yc * cx;
                    for (int xc = 0; xc < cx; xc++) {
                        double sum = 0;
                        for (int dx = 0, x = xc * fx; dx < fx; dx++, x++) {
                            sum += row[x];
                        }
                        fieldSource[out + xc] = sum;
                    }
                }
            }
            for (int i = off; i < off + plane; i++) {
                double s = fieldSource[i];
                double old = solvedSource[i];
                bad |= !Double.isFinite(s);
                change += Math.abs(s - old);
                base += Math.abs(old);
            }
        }
        chunkChange[chunk] = change;
        chunkBase[chunk] = base;
        chunkBad[chunk] = bad;
    }

    /**
     * Stage 3, per field-grid plane: remembers the source solved and writes values, straight into
     * {@link #value} at coarsening 1, else into the field-grid values and their x–y expansion to
     * voxel resolution.
     */
    private void writeValues(int chunk, int zFrom, int zTo, double[] solution) {
        int nx = lattice.nx();
        int ny = lattice.ny();
        for (int zc = zFrom; zc < zTo; zc++) {
            int off = zc * plane;
            System.arraycopy(fieldSource, off, solvedSource, off, plane);
            float[] target = compactStencil ? value : fieldValue;
            for (int i = off; i < off + plane; i++) {
                target[i] = (float) solution[i];
            }
            if (compactStencil) {
                continue;
            }
            // Expand each field row along x, then blend rows along y. Rows are separate arrays and
            // each blended row goes through a scratch row, so that the blend indexes its arrays alike.
            float[][] rowsX = chunkRowsX[chunk];
            for (int yc = 0; yc < cy; yc++) {
                float[] t = rowsX[yc];
                int src = off + yc * cx;
                for (int x = 0; x < nx; x++) {
                    float a = fieldValue[src + x0[x]];
                    t[x] = a + wx[x] * (fieldValue[src + x1[x]] - a);
                }
            }
            float[] out = expanded[zc];
            float[] row = chunkRow[chunk];
            for (int y = 0; y < ny; y++) {
                float w = wy[y];
                if (w == 0f) {
                    System.arraycopy(rowsX[y0[y]], 0, out, y * nx, nx);
                } else {
                    FieldKernels.blend(1f - w, rowsX[y0[y]], w, rowsX[y1[y]], row, nx);
                    System.arraycopy(row, 0, out, y * nx, nx);
                }
            }
        }
    }

    /** Stage 4, per voxel plane (coarsening &gt; 1): blends the two nearest expanded planes along z. */
    private void readBack(int chunk, int zFrom, int zTo) {
        int planeSize = lattice.nx() * lattice.ny();
        float[] blended = readScratch[chunk];
        for (int z = zFrom; z < zTo; z++) {
            float w = wz[z];
            if (z0[z] == z1[z] || w == 0f) {
                System.arraycopy(expanded[z0[z]], 0, value, z * planeSize, planeSize);
                continue;
            }
            // Blend at offset 0 then copy: a blend written straight at the plane's offset would not vectorise.
            FieldKernels.blend(1f - w, expanded[z0[z]], w, expanded[z1[z]], blended, planeSize);
            System.arraycopy(blended, 0, value, z * planeSize, planeSize);
        }
    }
}
