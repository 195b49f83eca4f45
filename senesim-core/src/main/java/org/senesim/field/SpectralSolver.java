package org.senesim.field;

import org.senesim.parallel.Workers;

/**
 * Exact solve of a constant-coefficient stencil equation on a field grid of {@code cx × cy × cz}
 * cells (periodic x and y, no-flux z) by fast diagonalisation: transform along each axis into the
 * operator's eigenbasis, multiply by the inverse eigenvalue, transform back.
 *
 * <p>Layout. Every transform runs along the slowest axis of a flat array, where it is a sum of
 * whole rows, {@code out[m][·] = Σ_a B[m][a] · in[a][·]}: long loops whose arrays are indexed
 * alike, which C2 vectorises. Between transforms the array is rotated, slow axis to fast
 * ([z][y][x] → [y][x][z] → [x][z][y]), so that the next axis becomes the slowest. Transforming
 * a 10-cell x-row in place would run scalar, about four times slower.
 *
 * <p>Determinism: every output element is produced by the same arithmetic in the same order
 * whatever the chunking, so results do not depend on the number of threads.
 */
final class SpectralSolver {

    /** The operator's symbol: (source weighting)/(operator) for per-axis eigenvalues s = 2 − 2cos θ. */
    @FunctionalInterface
    interface Symbol {
        double at(double sx, double sy, double sz);
    }

    /** Columns per transform chunk at most: long enough to vectorise, short enough for the scratch to stay in cache. */
    private static final int COLUMNS_PER_CHUNK = 512;
    /** Scratch elements per row set of a chunk (n rows × columns); keeps the five row sets of an FFT in L2. */
    private static final int CHUNK_ELEMENTS = 16_384;
    /** Elements per rotation chunk. */
    private static final int ROTATION_CHUNK = 16_384;
    private static final int MAX_STORED_SYMBOL = 1 << 22;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private final int cx, cy, cz, cells;
    private final AxisBasis bx, by, bz;
    private final AxisTransform tx, ty, tz;
    private final Symbol symbol;
    /** Symbol per mode in the [x][z][y] layout where it is applied, unless the grid is huge. */
    private final double[] stored;
    private final double[] a, b;

    SpectralSolver(int cx, int cy, int cz, Symbol symbol) {
        this.cx = cx;
        this.cy = cy;
        this.cz = cz;
        this.cells = cx * cy * cz;
        this.bx = AxisBasis.periodic(cx);
        this.by = AxisBasis.periodic(cy);
        this.bz = AxisBasis.noFlux(cz);
        this.tx = AxisTransform.of(bx, true);
        this.ty = AxisTransform.of(by, true);
        this.tz = AxisTransform.of(bz, false);
        this.symbol = symbol;
        this.a = new double[cells];
        this.b = new double[cells];
        if (cells <= MAX_STORED_SYMBOL) {
            stored = new double[cells];
            scaleModes(stored, 0, cx, true);
        } else {
            stored = null;
        }
    }

    /**
     * Solves for {@code source} (layout [z][y][x], not modified) and returns the solution in the
     * same layout, in an internal array valid until the next call.
     *
     * @param workers threads to split each step over, or null to run on the calling thread
     */
    double[] solve(double[] source, Workers workers) {
        int xy = cx * cy;
        if (cy == 1) {
            // A 2D section: the y transform is the identity and [x][z][y] is [x][z], so two
            // transpositions do; the same operations on each element as below, in the same order.
            transform(workers, source, a, tz, true, cx);  // [z][x], z forward
            rotate(workers, a, b, cz, 1, cx);             // → [x][z]
            transform(workers, b, a, tx, true, cz);       // x forward
            parallel(workers, cx, 1, (chunk, from, to) -> scaleModes(a, from, to, false));
            transform(workers, a, b, tx, false, cz);      // x inverse
            rotate(workers, b, a, cx, cz, 1);             // → [z][x]
            transform(workers, a, b, tz, false, cx);      // z inverse
            return b;
        }
        transform(workers, source, a, tz, true, xy);      // [z][y][x], z forward
        rotate(workers, a, b, cz, cy, cx);                // → [y][x][z]
        transform(workers, b, a, ty, true, cx * cz);      // y forward
        rotate(workers, a, b, cy, cx, cz);                // → [x][z][y]
        transform(workers, b, a, tx, true, cz * cy);      // x forward
        parallel(workers, cx, 1, (chunk, from, to) -> scaleModes(a, from, to, false));
        transform(workers, a, b, tx, false, cz * cy);     // x inverse
        rotate(workers, b, a, cx, cz, cy);                // → [z][y][x]
        transform(workers, a, b, tz, false, xy);          // z inverse
        rotate(workers, b, a, cz, cy, cx);                // → [y][x][z]
        transform(workers, a, b, ty, false, cx * cz);     // y inverse
        unrotate(workers, b, a, cz, cy, cx);              // → [z][y][x]
        return a;
    }

    /**
     * Multiplies the x-modes {@code [from, to)} of {@code modes} (layout [x][z][y]) by the
     * symbol, or with {@code fill} writes the symbol itself.
     */
    private void scaleModes(double[] modes, int from, int to, boolean fill) {
        int zy = cz * cy;
        for (int mx = from; mx < to; mx++) {
            int row = mx * zy;
            if (!fill && stored != null) {
                multiply(modes, stored, row, zy);
                continue;
            }
            double sx = bx.eigen[mx];
            for (int mz = 0; mz < cz; mz++) {
                double sz = bz.eigen[mz];
                for (int my = 0; my < cy; my++) {
                    double m = symbol.at(sx, by.eigen[my], sz);
                    int i = row + mz * cy + my;
                    modes[i] = fill ? m : modes[i] * m;
                }
            }
        }
    }

    /**
     * Transforms every column of the n rows of {@code rest} elements along the axis, in column
     * chunks. Each chunk copies its slice of the n input rows to scratch at offset 0, so that the
     * kernels index all their arrays alike, and copies the result back.
     */
    private static void transform(Workers workers, double[] in, double[] out, AxisTransform axis, boolean forward,
                                  int rest) {
        int n = axis.n;
        if (n == 1) {
            System.arraycopy(in, 0, out, 0, rest); // the only mode of a one-cell axis is the constant 1
            return;
        }
        int grain = Math.max(16, Math.min(COLUMNS_PER_CHUNK, CHUNK_ELEMENTS / n));
        parallel(workers, rest, grain, (chunk, from, to) -> {
            int len = to - from;
            Scratch s = SCRATCH.get().ensure(n, len);
            for (int k = 0; k < n; k++) {
                System.arraycopy(in, k * rest + from, s.x[k], 0, len);
            }
            if (forward) {
                axis.forward(s.x, len, s.rows);
            } else {
                axis.inverse(s.x, len, s.rows);
            }
            for (int r = 0; r < n; r++) {
                System.arraycopy(s.x[r], 0, out, r * rest + from, len);
            }
        });
    }

    /** [s][m][f] → [m][f][s]: the slowest axis becomes the fastest. */
    private static void rotate(Workers workers, double[] in, double[] out, int ns, int nm, int nf) {
        parallel(workers, nm, Math.max(1, ROTATION_CHUNK / (nf * ns)), (chunk, from, to) -> {
            for (int m = from; m < to; m++) {
                for (int f = 0; f < nf; f++) {
                    int dst = (m * nf + f) * ns;
                    int src = m * nf + f;
                    int stride = nm * nf;
                    for (int s = 0; s < ns; s++) {
                        out[dst + s] = in[src + s * stride];
                    }
                }
            }
        });
    }

    /** [m][f][s] → [s][m][f]: the inverse of {@link #rotate}. */
    private static void unrotate(Workers workers, double[] in, double[] out, int ns, int nm, int nf) {
        parallel(workers, ns, Math.max(1, ROTATION_CHUNK / (nm * nf)), (chunk, from, to) -> {
            for (int s = from; s < to; s++) {
                int dst = s * nm * nf;
                for (int mf = 0; mf < nm * nf; mf++) {
                    out[dst + mf] = in[mf * ns + s];
                }
            }
        });
    }

    private static void parallel(Workers workers, int n, int grain, Workers.ChunkBody body) {
        if (workers != null) {
            workers.forChunks(n, grain, body);
            return;
        }
        for (int c = 0, from = 0; from < n; c++, from += grain) {
            body.run(c, from, Math.min(n, from + grain));
        }
    }

    /** {@code a[off..off+n) *= m[off..off+n)}: one index for both arrays, so it vectorises. */
    private static void multiply(double[] a, double[] m, int off, int n) {
        for (int i = off; i < off + n; i++) {
            a[i] *= m[i];
        }
    }

    /** Per-thread scratch for one transform chunk; its contents never reach a result unmodified. */
    private static final class Scratch {
        double[][] x = new double[0][];
        final AxisTransform.Rows rows = new AxisTransform.Rows();
        int capacity;

        Scratch ensure(int n, int len) {
            if (x.length < n || capacity < len) {
                capacity = Math.max(capacity, len);
                x = new double[Math.max(n, x.length)][capacity];
            }
            rows.ensure(n, capacity);
            return this;
        }
    }
}
