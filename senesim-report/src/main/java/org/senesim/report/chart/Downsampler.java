package org.senesim.report.chart;

import java.util.Arrays;

/**
 * Thins a line for drawing while keeping its shape: the rows are cut into equal buckets and each
 * bucket keeps its lowest and its highest point (in their original order), so a one-day spike in
 * 60 years of daily data still shows. The first and last points are always kept; a bucket holding
 * NaN keeps one NaN point, so gaps in a line stay gaps.
 */
public final class Downsampler {

    private Downsampler() {
    }

    /** A thinned line: x and y of the kept points. */
    public record Line(double[] x, double[] y) {
        public int size() {
            return x.length;
        }
    }

    /**
     * @param x         x values, ascending
     * @param y         y values, same length
     * @param maxPoints upper bound on the kept points (at least 4)
     */
    public static Line minMax(double[] x, double[] y, int maxPoints) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values, y has " + y.length);
        }
        if (maxPoints < 4) {
            throw new IllegalArgumentException("maxPoints must be at least 4: " + maxPoints);
        }
        int n = x.length;
        if (n <= maxPoints) {
            return new Line(x.clone(), y.clone());
        }
        boolean hasNaN = false;
        for (double v : y) {
            if (Double.isNaN(v)) {
                hasNaN = true;
                break;
            }
        }
        int perBucket = hasNaN ? 3 : 2;
        int buckets = (maxPoints - 2) / perBucket;
        int[] keep = new int[buckets * perBucket + 2];
        int k = 0;
        keep[k++] = 0;
        for (int b = 0; b < buckets; b++) {
            int from = 1 + (int) ((long) b * (n - 2) / buckets);
            int to = 1 + (int) ((long) (b + 1) * (n - 2) / buckets);
            int lo = -1;
            int hi = -1;
            int nan = -1;
            for (int i = from; i < to; i++) {
                double v = y[i];
                if (Double.isNaN(v)) {
                    if (nan < 0) {
                        nan = i;
                    }
                    continue;
                }
                if (lo < 0 || v < y[lo]) {
                    lo = i;
                }
                if (hi < 0 || v > y[hi]) {
                    hi = i;
                }
            }
            int[] picked = {lo, hi, nan};
            Arrays.sort(picked);
            int last = -1;
            for (int p : picked) {
                if (p >= 0 && p != last) {
                    keep[k++] = p;
                    last = p;
                }
            }
        }
        keep[k++] = n - 1;
        double[] xs = new double[k];
        double[] ys = new double[k];
        for (int i = 0; i < k; i++) {
            xs[i] = x[keep[i]];
            ys[i] = y[keep[i]];
        }
        return new Line(xs, ys);
    }

    /** A thinned band: x, lower edge, middle line and upper edge of the kept points. */
    public record Envelope(double[] x, double[] low, double[] mid, double[] high) {
        public int size() {
            return x.length;
        }
    }

    /**
     * Thins a band for drawing without narrowing it: the rows are cut into equal buckets and each
     * bucket becomes one point at its middle row, with the lowest lower edge, the middle row's
     * middle value and the highest upper edge of the bucket (NaN only where the whole bucket is).
     * The first and last rows are always kept.
     */
    public static Envelope envelope(double[] x, double[] low, double[] mid, double[] high, int maxPoints) {
        int n = x.length;
        if (low.length != n || mid.length != n || high.length != n) {
            throw new IllegalArgumentException("band arrays differ in length");
        }
        if (maxPoints < 4) {
            throw new IllegalArgumentException("maxPoints must be at least 4: " + maxPoints);
        }
        if (n <= maxPoints) {
            return new Envelope(x.clone(), low.clone(), mid.clone(), high.clone());
        }
        int buckets = maxPoints - 2;
        double[] xs = new double[buckets + 2];
        double[] lo = new double[buckets + 2];
        double[] mi = new double[buckets + 2];
        double[] hi = new double[buckets + 2];
        xs[0] = x[0];
        lo[0] = low[0];
        mi[0] = mid[0];
        hi[0] = high[0];
        for (int b = 0; b < buckets; b++) {
            int from = 1 + (int) ((long) b * (n - 2) / buckets);
            int to = 1 + (int) ((long) (b + 1) * (n - 2) / buckets);
            int centre = (from + to - 1) >>> 1;
            double l = Double.NaN;
            double h = Double.NaN;
            for (int i = from; i < to; i++) {
                l = Double.isNaN(l) || low[i] < l ? low[i] : l;
                h = Double.isNaN(h) || high[i] > h ? high[i] : h;
            }
            xs[b + 1] = x[centre];
            lo[b + 1] = l;
            mi[b + 1] = mid[centre];
            hi[b + 1] = h;
        }
        xs[buckets + 1] = x[n - 1];
        lo[buckets + 1] = low[n - 1];
        mi[buckets + 1] = mid[n - 1];
        hi[buckets + 1] = high[n - 1];
        return new Envelope(xs, lo, mi, hi);
    }
}
