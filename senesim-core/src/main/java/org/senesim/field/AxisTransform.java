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
     * Real data through a complex FFT of the same length, two columns at a time: the first half of
     * the columns goes in as the real part, the second half as the imaginary part, and the two
     * spectra are separated after the transform (X_k = (Z_k + conj Z_{n−k})/2,
     * Y_k = (Z_k − conj Z_{n−k})/2i); the inverse packs two Hermitian spectra the same way. This
     * halves the work of transforming real columns one by one. A column's rounding then depends on
     * its partner column, which is fixed by the grid and the chunk layout, never by the threads.
     */
    abstract static class Packed extends AxisTransform {
        final RowFft fft;

        Packed(int n) {
            super(n);
            fft = new RowFft(n);
        }

        /** Row of the input (forward) or output (inverse) that goes to FFT position k. */
        abstract int source(int k);

        /** Coefficient rows from the separated spectra; {@code first} selects the half written. */
        abstract void coefficients(double[][] re, double[][] im, double[][] out, boolean first, int h);

        /** The packed spectrum to transform back, from first-half coefficients c1 and second-half c2. */
        abstract void spectrum(double[][] c1, double[][] c2, double[][] re, double[][] im, int h);

        @Override
        final void forward(double[][] x, int len, Rows w) {
            int h = (len + 1) / 2;
            int g = len - h;
            for (int k = 0; k < n; k++) {
                double[] in = x[source(k)];
                System.arraycopy(in, 0, w.re[k], 0, h);
                System.arraycopy(in, h, w.im[k], 0, g);
                if (g < h) {
                    w.im[k][h - 1] = 0.0;
                }
            }
            fft.forward(w.re, w.im, w.re2, w.im2, h);
            coefficients(w.re, w.im, x, true, h);
            // the second half is built at offset 0 in scratch rows, then copied into place
            coefficients(w.re, w.im, w.re2, false, h);
            for (int m = 0; m < n; m++) {
                System.arraycopy(w.re2[m], 0, x[m], h, g);
            }
        }

        @Override
        final void inverse(double[][] x, int len, Rows w) {
            int h = (len + 1) / 2;
            int g = len - h;
            for (int m = 0; m < n; m++) {
                System.arraycopy(x[m], h, w.re2[m], 0, g);
                if (g < h) {
                    w.re2[m][h - 1] = 0.0;
                }
            }
            spectrum(x, w.re2, w.re, w.im, h);
            fft.forward(w.re, w.im, w.re2, w.im2, h);
            for (int k = 0; k < n; k++) {
                double[] out = x[source(k)];
                System.arraycopy(w.re[k], 0, out, 0, h);
                System.arraycopy(w.im[k], 0, out, h, g);
            }
        }
    }

    /**
     * Real Fourier basis (constant, cos/sin pairs, Nyquist): with X = DFT(x) the coefficients are
     * Re X_0/√n, √(2/n)·Re X_j, −√(2/n)·Im X_j, Re X_{n/2}/√n. The inverse is Re DFT(conj X)/n for
     * the Hermitian X the coefficients stand for (the 1/n folded into the scales).
     */
    static final class FastPeriodic extends Packed {
        private final double unit, pair;

        FastPeriodic(int n) {
            super(n);
            unit = 1.0 / Math.sqrt(n);
            pair = Math.sqrt(2.0 / n);
        }

        @Override
        int source(int k) {
            return k;
        }

        @Override
        void coefficients(double[][] re, double[][] im, double[][] out, boolean first, int h) {
            // X_0 = Re Z_0, Y_0 = Im Z_0; likewise at the Nyquist mode
            scale(first ? re[0] : im[0], unit, out[0], h);
            double half = 0.5 * pair;
            for (int j = 1; 2 * j < n; j++) {
                double[] a = re[j], b = im[j], d = re[n - j], e = im[n - j];
                if (first) { // Re X_j = (a + d)/2, Im X_j = (b − e)/2
                    combine(half, a, half, d, out[2 * j - 1], h);
                    combine(-half, b, half, e, out[2 * j], h);
                } else { // Re Y_j = (b + e)/2, Im Y_j = (d − a)/2
                    combine(half, b, half, e, out[2 * j - 1], h);
                    combine(half, a, -half, d, out[2 * j], h);
                }
            }
            if (n % 2 == 0) {
                scale(first ? re[n / 2] : im[n / 2], unit, out[n - 1], h);
            }
        }

        @Override
        void spectrum(double[][] c1, double[][] c2, double[][] re, double[][] im, int h) {
            // S = A + iB with A = conj X of the first half, B of the second
            double p = 1.0 / Math.sqrt(2.0 * n);
            scale(c1[0], unit, re[0], h);
            scale(c2[0], unit, im[0], h);
            for (int j = 1; 2 * j < n; j++) {
                double[] a1 = c1[2 * j - 1], b1 = c1[2 * j], a2 = c2[2 * j - 1], b2 = c2[2 * j];
                combine(p, a1, -p, b2, re[j], h);
                combine(p, b1, p, a2, im[j], h);
                combine(p, a1, p, b2, re[n - j], h);
                combine(-p, b1, p, a2, im[n - j], h);
            }
            if (n % 2 == 0) {
                scale(c1[n - 1], unit, re[n / 2], h);
                scale(c2[n - 1], unit, im[n / 2], h);
            }
        }
    }

    /**
     * DCT-II through a complex FFT of the same length (Makhoul 1980): reorder v_k = x_{2k},
     * v_{n−1−k} = x_{2k+1}; then Σ_i x_i cos(πm(2i+1)/2n) = Re(e^{−iπm/2n} V_m). The inverse
     * rebuilds V_m = e^{iπm/2n}(X_m − i X_{n−m}) and transforms back.
     */
    static final class FastNoFlux extends Packed {
        /** Forward: coefficient_m = a_m Re V_m + b_m Im V_m. */
        private final double[] a, b;
        /** Inverse: conj V_m / n = (p_m c_m + q_m c_{n−m}) + i (r_m c_{n−m} − s_m c_m). */
        private final double[] p, q, r, s;

        FastNoFlux(int n) {
            super(n);
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

        @Override
        int source(int k) {
            return 2 * k < n ? 2 * k : 2 * (n - 1 - k) + 1;
        }

        @Override
        void coefficients(double[][] re, double[][] im, double[][] out, boolean first, int h) {
            scale(first ? re[0] : im[0], a[0], out[0], h);
            for (int m = 1; m < n; m++) {
                double[] zr = re[m], zi = im[m], wr = re[n - m], wi = im[n - m], o = out[m];
                double ha = 0.5 * a[m], hb = 0.5 * b[m];
                if (first) { // a·(zr + wr)/2 + b·(zi − wi)/2
                    for (int i = 0; i < h; i++) {
                        o[i] = ha * (zr[i] + wr[i]) + hb * (zi[i] - wi[i]);
                    }
                } else { // a·(zi + wi)/2 + b·(wr − zr)/2
                    for (int i = 0; i < h; i++) {
                        o[i] = ha * (zi[i] + wi[i]) + hb * (wr[i] - zr[i]);
                    }
                }
            }
        }

        @Override
        void spectrum(double[][] c1, double[][] c2, double[][] re, double[][] im, int h) {
            scale(c1[0], p[0], re[0], h);
            scale(c2[0], p[0], im[0], h);
            for (int m = 1; m < n; m++) {
                double[] u = c1[m], v = c1[n - m], x = c2[m], y = c2[n - m], or = re[m], oi = im[m];
                double pm = p[m], qm = q[m], rm = r[m], sm = s[m];
                for (int i = 0; i < h; i++) {
                    // A = (p u + q v) + i (r v − s u), B likewise from x, y; S = A + iB
                    or[i] = (pm * u[i] + qm * v[i]) - (rm * y[i] - sm * x[i]);
                    oi[i] = (rm * v[i] - sm * u[i]) + (pm * x[i] + qm * y[i]);
                }
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
