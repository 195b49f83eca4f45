package org.senesim.field;

/**
 * Complex discrete Fourier transform {@code X_k = Σ_j x_j e^{−2πi jk/n}} of n <em>rows</em>: each
 * element is a row of {@code len} independent columns, and every step of the transform is a loop
 * over the columns with all its arrays indexed alike, which C2 vectorises. The field solver
 * transforms along the slowest axis of a grid, where the other axes form such rows.
 *
 * <p>Algorithm: mixed-radix Stockham autosort (decimation in frequency), O(n · Σ radices) per
 * column, with butterflies written out for radices 2, 3, 4 and 5 and a generic one for any other
 * odd factor. Rows are separate arrays, so the stages only swap row pointers between two sets and
 * never copy. Twiddle factors come from {@link StrictMath}, so the arithmetic, and every result,
 * is the same on every JDK and machine; each column is transformed by the same operations in the
 * same order whatever {@code len} is, so results do not depend on how columns are chunked.
 */
final class RowFft {

    final int n;
    private final int[] radices;
    /** Per stage, e^{−2πi pk/(r·m)} for p &lt; m, k &lt; r, at [p·r + k]. */
    private final double[][] twiddleRe, twiddleIm;
    /** Per stage of a generic odd radix r, cos and sin of 2π jk/r at [j·r + k]. */
    private final double[][] rootCos, rootSin;

    RowFft(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("length must be >= 1, got " + n);
        }
        this.n = n;
        this.radices = factor(n);
        twiddleRe = new double[radices.length][];
        twiddleIm = new double[radices.length][];
        rootCos = new double[radices.length][];
        rootSin = new double[radices.length][];
        int length = n;
        for (int s = 0; s < radices.length; s++) {
            int r = radices[s];
            int m = length / r;
            twiddleRe[s] = new double[m * r];
            twiddleIm[s] = new double[m * r];
            for (int p = 0; p < m; p++) {
                for (int k = 0; k < r; k++) {
                    double angle = -2.0 * StrictMath.PI * ((long) p * k % length) / length;
                    twiddleRe[s][p * r + k] = StrictMath.cos(angle);
                    twiddleIm[s][p * r + k] = StrictMath.sin(angle);
                }
            }
            if (r > 5) {
                rootCos[s] = new double[r * r];
                rootSin[s] = new double[r * r];
                for (int j = 0; j < r; j++) {
                    for (int k = 0; k < r; k++) {
                        double angle = 2.0 * StrictMath.PI * (j * k % r) / r;
                        rootCos[s][j * r + k] = StrictMath.cos(angle);
                        rootSin[s][j * r + k] = StrictMath.sin(angle);
                    }
                }
            }
            length = m;
        }
    }

    /** Largest prime factor of n (1 for n = 1). */
    static int largestPrimeFactor(int n) {
        int largest = 1;
        for (int p = 2; (long) p * p <= n; p++) {
            while (n % p == 0) {
                largest = p;
                n /= p;
            }
        }
        return n > 1 ? n : largest;
    }

    /** Radices in the order the stages use them: fours first, then 2, 3, 5, other primes. */
    private static int[] factor(int n) {
        int[] out = new int[32];
        int count = 0;
        while (n % 4 == 0) {
            out[count++] = 4;
            n /= 4;
        }
        for (int p = 2; n > 1; p++) {
            while (n % p == 0) {
                out[count++] = p;
                n /= p;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /**
     * Transforms the n rows {@code (re[j], im[j])}, columns {@code [0, len)}. {@code re2, im2} are
     * n further rows used as the other half of the ping-pong. The row arrays of all four are
     * permuted among themselves; on return {@code re, im} hold the result in natural order.
     */
    void forward(double[][] re, double[][] im, double[][] re2, double[][] im2, int len) {
        double[][] xr = re, xi = im, yr = re2, yi = im2;
        int length = n;
        int stride = 1;
        for (int s = 0; s < radices.length; s++) {
            int r = radices[s];
            int m = length / r;
            switch (r) {
                case 2 -> radix2(s, m, stride, xr, xi, yr, yi, len);
                case 4 -> radix4(s, m, stride, xr, xi, yr, yi, len);
                case 3 -> radix3(s, m, stride, xr, xi, yr, yi, len);
                case 5 -> radix5(s, m, stride, xr, xi, yr, yi, len);
                default -> radixOdd(s, r, m, stride, xr, xi, yr, yi, len);
            }
            double[][] t = xr;
            xr = yr;
            yr = t;
            t = xi;
            xi = yi;
            yi = t;
            length = m;
            stride *= r;
        }
        if (xr != re) {
            // The result sits in the other set: swap the row pointers back, not the data.
            for (int j = 0; j < n; j++) {
                double[] t = re[j];
                re[j] = re2[j];
                re2[j] = t;
                t = im[j];
                im[j] = im2[j];
                im2[j] = t;
            }
        }
    }

    private void radix2(int s, int m, int stride, double[][] xr, double[][] xi, double[][] yr, double[][] yi, int len) {
        double[] twr = twiddleRe[s], twi = twiddleIm[s];
        for (int p = 0; p < m; p++) {
            double wr = twr[p * 2 + 1], wi = twi[p * 2 + 1];
            for (int q = 0; q < stride; q++) {
                double[] ar = xr[q + stride * p], ai = xi[q + stride * p];
                double[] br = xr[q + stride * (p + m)], bi = xi[q + stride * (p + m)];
                int o = q + stride * 2 * p;
                double[] y0r = yr[o], y0i = yi[o], y1r = yr[o + stride], y1i = yi[o + stride];
                for (int c = 0; c < len; c++) {
                    double dr = ar[c] - br[c];
                    double di = ai[c] - bi[c];
                    y0r[c] = ar[c] + br[c];
                    y0i[c] = ai[c] + bi[c];
                    y1r[c] = dr * wr - di * wi;
                    y1i[c] = dr * wi + di * wr;
                }
            }
        }
    }

    private void radix4(int s, int m, int stride, double[][] xr, double[][] xi, double[][] yr, double[][] yi, int len) {
        double[] twr = twiddleRe[s], twi = twiddleIm[s];
        for (int p = 0; p < m; p++) {
            double w1r = twr[p * 4 + 1], w1i = twi[p * 4 + 1];
            double w2r = twr[p * 4 + 2], w2i = twi[p * 4 + 2];
            double w3r = twr[p * 4 + 3], w3i = twi[p * 4 + 3];
            for (int q = 0; q < stride; q++) {
                double[] a0r = xr[q + stride * p], a0i = xi[q + stride * p];
                double[] a1r = xr[q + stride * (p + m)], a1i = xi[q + stride * (p + m)];
                double[] a2r = xr[q + stride * (p + 2 * m)], a2i = xi[q + stride * (p + 2 * m)];
                double[] a3r = xr[q + stride * (p + 3 * m)], a3i = xi[q + stride * (p + 3 * m)];
                int o = q + stride * 4 * p;
                double[] y0r = yr[o], y0i = yi[o];
                double[] y1r = yr[o + stride], y1i = yi[o + stride];
                double[] y2r = yr[o + 2 * stride], y2i = yi[o + 2 * stride];
                double[] y3r = yr[o + 3 * stride], y3i = yi[o + 3 * stride];
                for (int c = 0; c < len; c++) {
                    double t0r = a0r[c] + a2r[c], t0i = a0i[c] + a2i[c];
                    double t1r = a0r[c] - a2r[c], t1i = a0i[c] - a2i[c];
                    double t2r = a1r[c] + a3r[c], t2i = a1i[c] + a3i[c];
                    // (a1 − a3)·(−i)
                    double t3r = a1i[c] - a3i[c], t3i = a3r[c] - a1r[c];
                    double u1r = t1r + t3r, u1i = t1i + t3i;
                    double u2r = t0r - t2r, u2i = t0i - t2i;
                    double u3r = t1r - t3r, u3i = t1i - t3i;
                    y0r[c] = t0r + t2r;
                    y0i[c] = t0i + t2i;
                    y1r[c] = u1r * w1r - u1i * w1i;
                    y1i[c] = u1r * w1i + u1i * w1r;
                    y2r[c] = u2r * w2r - u2i * w2i;
                    y2i[c] = u2r * w2i + u2i * w2r;
                    y3r[c] = u3r * w3r - u3i * w3i;
                    y3i[c] = u3r * w3i + u3i * w3r;
                }
            }
        }
    }

    private static final double S60 = StrictMath.sin(2.0 * StrictMath.PI / 3.0);

    private void radix3(int s, int m, int stride, double[][] xr, double[][] xi, double[][] yr, double[][] yi, int len) {
        double[] twr = twiddleRe[s], twi = twiddleIm[s];
        for (int p = 0; p < m; p++) {
            double w1r = twr[p * 3 + 1], w1i = twi[p * 3 + 1];
            double w2r = twr[p * 3 + 2], w2i = twi[p * 3 + 2];
            for (int q = 0; q < stride; q++) {
                double[] a0r = xr[q + stride * p], a0i = xi[q + stride * p];
                double[] a1r = xr[q + stride * (p + m)], a1i = xi[q + stride * (p + m)];
                double[] a2r = xr[q + stride * (p + 2 * m)], a2i = xi[q + stride * (p + 2 * m)];
                int o = q + stride * 3 * p;
                double[] y0r = yr[o], y0i = yi[o];
                double[] y1r = yr[o + stride], y1i = yi[o + stride];
                double[] y2r = yr[o + 2 * stride], y2i = yi[o + 2 * stride];
                for (int c = 0; c < len; c++) {
                    double sr = a1r[c] + a2r[c], si = a1i[c] + a2i[c];
                    double br = a0r[c] - 0.5 * sr, bi = a0i[c] - 0.5 * si;
                    double er = S60 * (a1r[c] - a2r[c]), ei = S60 * (a1i[c] - a2i[c]);
                    // y_1 = b − i e, y_2 = b + i e
                    double u1r = br + ei, u1i = bi - er;
                    double u2r = br - ei, u2i = bi + er;
                    y0r[c] = a0r[c] + sr;
                    y0i[c] = a0i[c] + si;
                    y1r[c] = u1r * w1r - u1i * w1i;
                    y1i[c] = u1r * w1i + u1i * w1r;
                    y2r[c] = u2r * w2r - u2i * w2i;
                    y2i[c] = u2r * w2i + u2i * w2r;
                }
            }
        }
    }

    // cos and sin of 2π/5 and 4π/5, for the radix-5 butterfly
    private static final double C1 = StrictMath.cos(2.0 * StrictMath.PI / 5.0);
    private static final double C2 = StrictMath.cos(4.0 * StrictMath.PI / 5.0);
    private static final double S1 = StrictMath.sin(2.0 * StrictMath.PI / 5.0);
    private static final double S2 = StrictMath.sin(4.0 * StrictMath.PI / 5.0);

    private void radix5(int s, int m, int stride, double[][] xr, double[][] xi, double[][] yr, double[][] yi, int len) {
        double[] twr = twiddleRe[s], twi = twiddleIm[s];
        for (int p = 0; p < m; p++) {
            double w1r = twr[p * 5 + 1], w1i = twi[p * 5 + 1];
            double w2r = twr[p * 5 + 2], w2i = twi[p * 5 + 2];
            double w3r = twr[p * 5 + 3], w3i = twi[p * 5 + 3];
            double w4r = twr[p * 5 + 4], w4i = twi[p * 5 + 4];
            for (int q = 0; q < stride; q++) {
                double[] a0r = xr[q + stride * p], a0i = xi[q + stride * p];
                double[] a1r = xr[q + stride * (p + m)], a1i = xi[q + stride * (p + m)];
                double[] a2r = xr[q + stride * (p + 2 * m)], a2i = xi[q + stride * (p + 2 * m)];
                double[] a3r = xr[q + stride * (p + 3 * m)], a3i = xi[q + stride * (p + 3 * m)];
                double[] a4r = xr[q + stride * (p + 4 * m)], a4i = xi[q + stride * (p + 4 * m)];
                int o = q + stride * 5 * p;
                double[] y0r = yr[o], y0i = yi[o];
                double[] y1r = yr[o + stride], y1i = yi[o + stride];
                double[] y2r = yr[o + 2 * stride], y2i = yi[o + 2 * stride];
                double[] y3r = yr[o + 3 * stride], y3i = yi[o + 3 * stride];
                double[] y4r = yr[o + 4 * stride], y4i = yi[o + 4 * stride];
                for (int c = 0; c < len; c++) {
                    // pairs j, 5 − j: sums s and differences d
                    double s1r = a1r[c] + a4r[c], s1i = a1i[c] + a4i[c];
                    double d1r = a1r[c] - a4r[c], d1i = a1i[c] - a4i[c];
                    double s2r = a2r[c] + a3r[c], s2i = a2i[c] + a3i[c];
                    double d2r = a2r[c] - a3r[c], d2i = a2i[c] - a3i[c];
                    double b1r = a0r[c] + C1 * s1r + C2 * s2r, b1i = a0i[c] + C1 * s1i + C2 * s2i;
                    double b2r = a0r[c] + C2 * s1r + C1 * s2r, b2i = a0i[c] + C2 * s1i + C1 * s2i;
                    double e1r = S1 * d1r + S2 * d2r, e1i = S1 * d1i + S2 * d2i;
                    double e2r = S2 * d1r - S1 * d2r, e2i = S2 * d1i - S1 * d2i;
                    // y_k = b_k − i e_k, y_{5−k} = b_k + i e_k
                    double u1r = b1r + e1i, u1i = b1i - e1r;
                    double u4r = b1r - e1i, u4i = b1i + e1r;
                    double u2r = b2r + e2i, u2i = b2i - e2r;
                    double u3r = b2r - e2i, u3i = b2i + e2r;
                    y0r[c] = a0r[c] + s1r + s2r;
                    y0i[c] = a0i[c] + s1i + s2i;
                    y1r[c] = u1r * w1r - u1i * w1i;
                    y1i[c] = u1r * w1i + u1i * w1r;
                    y2r[c] = u2r * w2r - u2i * w2i;
                    y2i[c] = u2r * w2i + u2i * w2r;
                    y3r[c] = u3r * w3r - u3i * w3i;
                    y3i[c] = u3r * w3i + u3i * w3r;
                    y4r[c] = u4r * w4r - u4i * w4i;
                    y4i[c] = u4r * w4i + u4i * w4r;
                }
            }
        }
    }

    /**
     * Any odd radix r: with pairs j and r − j, y_k = a_0 + Σ_j s_j cos(2πjk/r) − i Σ_j d_j sin(2πjk/r)
     * and y_{r−k} the same with + i, built from whole-row operations.
     */
    private void radixOdd(int s, int r, int m, int stride, double[][] xr, double[][] xi, double[][] yr, double[][] yi,
                          int len) {
        double[] twr = twiddleRe[s], twi = twiddleIm[s];
        double[] cos = rootCos[s], sin = rootSin[s];
        int half = r / 2;
        double[][] sr = new double[half + 1][len], si = new double[half + 1][len];
        double[][] dr = new double[half + 1][len], di = new double[half + 1][len];
        double[] br = new double[len], bi = new double[len], er = new double[len], ei = new double[len];
        for (int p = 0; p < m; p++) {
            for (int q = 0; q < stride; q++) {
                double[] a0r = xr[q + stride * p], a0i = xi[q + stride * p];
                for (int j = 1; j <= half; j++) {
                    double[] ar = xr[q + stride * (p + j * m)], ai = xi[q + stride * (p + j * m)];
                    double[] cr = xr[q + stride * (p + (r - j) * m)], ci = xi[q + stride * (p + (r - j) * m)];
                    for (int c = 0; c < len; c++) {
                        sr[j][c] = ar[c] + cr[c];
                        si[j][c] = ai[c] + ci[c];
                        dr[j][c] = ar[c] - cr[c];
                        di[j][c] = ai[c] - ci[c];
                    }
                }
                int o = q + stride * r * p;
                double[] y0r = yr[o], y0i = yi[o];
                System.arraycopy(a0r, 0, y0r, 0, len);
                System.arraycopy(a0i, 0, y0i, 0, len);
                for (int j = 1; j <= half; j++) {
                    double[] tr = sr[j], ti = si[j];
                    for (int c = 0; c < len; c++) {
                        y0r[c] += tr[c];
                        y0i[c] += ti[c];
                    }
                }
                for (int k = 1; k <= half; k++) {
                    System.arraycopy(a0r, 0, br, 0, len);
                    System.arraycopy(a0i, 0, bi, 0, len);
                    java.util.Arrays.fill(er, 0, len, 0.0);
                    java.util.Arrays.fill(ei, 0, len, 0.0);
                    for (int j = 1; j <= half; j++) {
                        double cj = cos[j * r + k], sj = sin[j * r + k];
                        double[] tsr = sr[j], tsi = si[j], tdr = dr[j], tdi = di[j];
                        for (int c = 0; c < len; c++) {
                            br[c] += cj * tsr[c];
                            bi[c] += cj * tsi[c];
                            er[c] += sj * tdr[c];
                            ei[c] += sj * tdi[c];
                        }
                    }
                    double wkr = twr[p * r + k], wki = twi[p * r + k];
                    double wlr = twr[p * r + r - k], wli = twi[p * r + r - k];
                    double[] ykr = yr[o + k * stride], yki = yi[o + k * stride];
                    double[] ylr = yr[o + (r - k) * stride], yli = yi[o + (r - k) * stride];
                    for (int c = 0; c < len; c++) {
                        double ur = br[c] + ei[c], ui = bi[c] - er[c];
                        double vr = br[c] - ei[c], vi = bi[c] + er[c];
                        ykr[c] = ur * wkr - ui * wki;
                        yki[c] = ur * wki + ui * wkr;
                        ylr[c] = vr * wlr - vi * wli;
                        yli[c] = vr * wli + vi * wlr;
                    }
                }
            }
        }
    }
}
