package org.senesim.field;

/**
 * The orthonormal transform of one grid axis into its {@link AxisBasis} and back, applied to n rows
 * of {@code len} columns at once (each column is one line of the grid along the axis).
 *
 * <p>Two implementations give the same coefficients up to rounding: {@link Dense} multiplies by the
 * basis matrix (2n² flops per column: fastest for short axes, where its long vectorised row loops
 * beat any bookkeeping), {@link Fast} uses {@link RowFft} (O(n log n) per column: the cost per cell
 * stays flat as the grid grows). Which one an axis gets depends on its length only, never on the
 * machine or the thread count, so results are reproducible everywhere.
 */
abstract class AxisTransform {

    /**
     * Shortest axis given the FFT. Measured forward + inverse per element in the solver's column
     * chunks (docs/performance.md, "Field solver"): at 10–24 cells the dense product is as fast or
     * faster, from 40 cells on the FFT wins (1.3× at 50, 5× at 200, 45× at 1000).
     */
    static final int FAST_MIN_LENGTH = 32;
    /** Largest prime factor the FFT takes; longer prime factors would make it as slow as the dense product. */
    static final int FAST_MAX_PRIME = 13;

    final int n;

    AxisTransform(int n) {
        this.n = n;
    }

    /** The transform chosen for this axis: the FFT for long axes with small prime factors, else dense. */
    static AxisTransform of(AxisBasis basis, boolean periodic) {
        int n = basis.n;
        if (n >= FAST_MIN_LENGTH && RowFft.largestPrimeFactor(n) <= FAST_MAX_PRIME) {
            return periodic ? new FastPeriodic(n) : new FastNoFlux(n);
        }
        return new Dense(basis);
    }

    /**
     * Replaces the values in rows {@code x[0..n)}, columns {@code [0, len)}, by their coefficients
     * in mode order. Row arrays may be exchanged with scratch rows of {@code w} (never copied).
     */
    abstract void forward(double[][] x, int len, Rows w);

    /** Replaces the coefficients in rows {@code x[0..n)} by the values they stand for. */
    abstract void inverse(double[][] x, int len, Rows w);

    /** Per-thread scratch rows: four sets of n rows, all of one capacity so rows can change places. */
    static final class Rows {
        double[][] re = new double[0][], im = new double[0][], re2 = new double[0][], im2 = new double[0][];
        int capacity;

        Rows ensure(int n, int len) {
            if (re.length < n || capacity < len) {
                capacity = Math.max(capacity, len);
                int rows = Math.max(n, re.length);
                re = new double[rows][capacity];
                im = new double[rows][capacity];
                re2 = new double[rows][capacity];
                im2 = new double[rows][capacity];
            }
            return this;
        }
    }

    /** Swaps row j of a and b. */
    static void swap(double[][] a, int j, double[][] b, int k) {
        double[] t = a[j];
        a[j] = b[k];
        b[k] = t;
    }

    /** The basis matrix times each column, as sums of whole rows. */
    static final class Dense extends AxisTransform {
        private final double[] modes, transposed;

        Dense(AxisBasis basis) {
            super(basis.n);
            modes = basis.modes;
            transposed = basis.transposed;
        }

        @Override
        void forward(double[][] x, int len, Rows w) {
            multiply(modes, x, len, w);
        }

        @Override
        void inverse(double[][] x, int len, Rows w) {
            multiply(transposed, x, len, w);
        }

        private void multiply(double[] matrix, double[][] x, int len, Rows w) {
            double[][] out = w.re;
            for (int r = 0; r < n; r++) {
                double[] acc = out[r];
                java.util.Arrays.fill(acc, 0, len, 0.0);
                int m = r * n;
                for (int k = 0; k < n; k++) {
                    double c = matrix[m + k];
                    if (c != 0.0) {
                        double[] src = x[k];
                        for (int i = 0; i < len; i++) {
                            acc[i] += c * src[i];
                        }
                    }
                }
            }
            for (int r = 0; r < n; r++) {
                swap(x, r, out, r);
            }
        }
    }

    /**
     * Real Fourier basis (constant, cos/sin pairs, Nyquist) through a complex FFT:
     * with X = DFT(x), the coefficients are Re X_0/√n, √(2/n)·Re X_j, −√(2/n)·Im X_j, Re X_{n/2}/√n.
     */
    static final class FastPeriodic extends AxisTransform {
        private final RowFft fft;
        private final double unit, pair;

        FastPeriodic(int n) {
            super(n);
            fft = new RowFft(n);
            unit = 1.0 / Math.sqrt(n);
            pair = Math.sqrt(2.0 / n);
        }

        @Override
        void forward(double[][] x, int len, Rows w) {
            for (int j = 0; j < n; j++) {
                swap(x, j, w.re, j);
                java.util.Arrays.fill(w.im[j], 0, len, 0.0);
            }
            fft.forward(w.re, w.im, w.re2, w.im2, len);
            scale(w.re[0], unit, x[0], len);
            for (int j = 1; 2 * j < n; j++) {
                scale(w.re[j], pair, x[2 * j - 1], len);
                scale(w.im[j], -pair, x[2 * j], len);
            }
            if (n % 2 == 0) {
                scale(w.re[n / 2], unit, x[n - 1], len);
            }
        }

        /**
         * x = Re IDFT(X)/n for the Hermitian X the coefficients stand for, computed as
         * Re DFT(conj X)/n; the 1/n is folded into the scales.
         */
        @Override
        void inverse(double[][] x, int len, Rows w) {
            double u = unit;
            double p = 1.0 / Math.sqrt(2.0 * n);
            scale(x[0], u, w.re[0], len);
            java.util.Arrays.fill(w.im[0], 0, len, 0.0);
            for (int j = 1; 2 * j < n; j++) {
                double[] a = x[2 * j - 1], b = x[2 * j];
                scale(a, p, w.re[j], len);
                scale(b, p, w.im[j], len);
                scale(a, p, w.re[n - j], len);
                scale(b, -p, w.im[n - j], len);
            }
            if (n % 2 == 0) {
                scale(x[n - 1], u, w.re[n / 2], len);
                java.util.Arrays.fill(w.im[n / 2], 0, len, 0.0);
            }
            fft.forward(w.re, w.im, w.re2, w.im2, len);
            for (int j = 0; j < n; j++) {
                swap(x, j, w.re, j);
            }
        }
    }

    /**
     * DCT-II through a complex FFT of the same length (Makhoul 1980): reorder v_k = x_{2k},
     * v_{n−1−k} = x_{2k+1}; then Σ_i x_i cos(πm(2i+1)/2n) = Re(e^{−iπm/2n} V_m). The inverse
     * rebuilds V_m = e^{iπm/2n}(X_m − i X_{n−m}) and transforms back.
     */
    static final class FastNoFlux extends AxisTransform {
        private final RowFft fft;
        /** Forward: coefficient_m = a_m Re V_m + b_m Im V_m. */
        private final double[] a, b;
        /** Inverse: conj V_m / n = (p_m c_m + q_m c_{n−m}) + i (r_m c_{n−m} − s_m c_m). */
        private final double[] p, q, r, s;

        FastNoFlux(int n) {
            super(n);
            fft = new RowFft(n);
            a = new double[n];
            b = new double[n];
            p = new double[n];
            q = new double[n];
            r = new double[n];
            s = new double[n];
            double[] norm = new double[n];
            for (int m = 0; m < n; m++) {
                norm[m] = Math.sqrt((m == 0 ? 1.0 : 2.0) / n);
            }
            for (int m = 0; m < n; m++) {
                double phi = StrictMath.PI * m / (2.0 * n);
                double c = StrictMath.cos(phi), sn = StrictMath.sin(phi);
                a[m] = norm[m] * c;
                b[m] = norm[m] * sn;
                p[m] = c / (n * norm[m]);
                s[m] = sn / (n * norm[m]);
                if (m > 0) {
                    q[m] = sn / (n * norm[n - m]);
                    r[m] = c / (n * norm[n - m]);
                }
            }
        }

        private int source(int k) {
            return 2 * k < n ? 2 * k : 2 * (n - 1 - k) + 1;
        }

        @Override
        void forward(double[][] x, int len, Rows w) {
            for (int k = 0; k < n; k++) {
                swap(w.re, k, x, source(k));
            }
            for (int k = 0; k < n; k++) {
                java.util.Arrays.fill(w.im[k], 0, len, 0.0);
            }
            fft.forward(w.re, w.im, w.re2, w.im2, len);
            for (int m = 0; m < n; m++) {
                combine(a[m], w.re[m], b[m], w.im[m], x[m], len);
            }
        }

        @Override
        void inverse(double[][] x, int len, Rows w) {
            scale(x[0], p[0], w.re[0], len);
            java.util.Arrays.fill(w.im[0], 0, len, 0.0);
            for (int m = 1; m < n; m++) {
                combine(p[m], x[m], q[m], x[n - m], w.re[m], len);
                combine(r[m], x[n - m], -s[m], x[m], w.im[m], len);
            }
            fft.forward(w.re, w.im, w.re2, w.im2, len);
            for (int k = 0; k < n; k++) {
                swap(x, source(k), w.re, k);
            }
        }
    }

    /** {@code dst = c · src} on [0, len). */
    static void scale(double[] src, double c, double[] dst, int len) {
        for (int i = 0; i < len; i++) {
            dst[i] = c * src[i];
        }
    }

    /** {@code dst = c · u + d · v} on [0, len). */
    static void combine(double c, double[] u, double d, double[] v, double[] dst, int len) {
        for (int i = 0; i < len; i++) {
            dst[i] = c * u[i] + d * v[i];
        }
    }
}
