package org.senesim.trial.survival;

import java.util.Arrays;

/**
 * The Kaplan–Meier estimate of one group's survival, with Greenwood's variance and pointwise
 * confidence intervals on the log scale (R {@code survfit}'s default {@code conf.type = "log"}) or
 * the log–log scale.
 *
 * <p>One row per distinct time (event or censoring), as {@code survfit} reports them.
 * {@code stdErr} is, as in R, the standard error of the cumulative hazard, i.e. of −log S:
 * √(Σ d / (n (n − d))).
 */
public final class KaplanMeier {

    /** Confidence interval scale. */
    public enum ConfType { LOG, LOG_LOG }

    private final double[] time;
    private final int[] nRisk;
    private final int[] nEvent;
    private final int[] nCensor;
    private final double[] surv;
    private final double[] stdErr;
    private final double[] lower;
    private final double[] upper;
    private final int n;

    private KaplanMeier(double[] time, int[] nRisk, int[] nEvent, int[] nCensor, double[] surv,
                        double[] stdErr, double[] lower, double[] upper, int n) {
        this.time = time;
        this.nRisk = nRisk;
        this.nEvent = nEvent;
        this.nCensor = nCensor;
        this.surv = surv;
        this.stdErr = stdErr;
        this.lower = lower;
        this.upper = upper;
        this.n = n;
    }

    /** Fits with 95 % log-scale intervals. */
    public static KaplanMeier fit(double[] time, boolean[] event) {
        return fit(time, event, 0.95, ConfType.LOG);
    }

    /** Fits one group. */
    public static KaplanMeier fit(double[] time, boolean[] event, double level, ConfType type) {
        Survival.check(time, event);
        int n = time.length;
        int[] idx = Order.byStratumTime(null, time, event);
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            if (k == 0 || time[idx[k]] != time[idx[k - 1]]) {
                distinct++;
            }
        }
        double[] t = new double[distinct];
        int[] risk = new int[distinct];
        int[] ev = new int[distinct];
        int[] cens = new int[distinct];
        double[] s = new double[distinct];
        double[] se = new double[distinct];
        double[] lo = new double[distinct];
        double[] hi = new double[distinct];
        double z = Survival.zQuantile(level);
        double survival = 1.0;
        double greenwood = 0.0;
        int atRisk = n;
        int row = -1;
        int k = 0;
        while (k < n) {
            double tk = time[idx[k]];
            int d = 0;
            int c = 0;
            int j = k;
            while (j < n && time[idx[j]] == tk) {
                if (event[idx[j]]) {
                    d++;
                } else {
                    c++;
                }
                j++;
            }
            row++;
            t[row] = tk;
            risk[row] = atRisk;
            ev[row] = d;
            cens[row] = c;
            if (d > 0) {
                survival *= 1.0 - (double) d / atRisk;
                greenwood += d < atRisk ? (double) d / ((double) atRisk * (atRisk - d)) : Double.POSITIVE_INFINITY;
            }
            s[row] = survival;
            se[row] = Math.sqrt(greenwood);
            interval(survival, se[row], z, type, lo, hi, row);
            atRisk -= d + c;
            k = j;
        }
        return new KaplanMeier(t, risk, ev, cens, s, se, lo, hi, n);
    }

    private static void interval(double s, double se, double z, ConfType type, double[] lo, double[] hi, int row) {
        if (s <= 0.0 || !Double.isFinite(se)) {
            lo[row] = Double.NaN;
            hi[row] = Double.NaN;
            return;
        }
        if (type == ConfType.LOG) {
            lo[row] = Math.exp(Math.log(s) - z * se);
            hi[row] = Math.min(1.0, Math.exp(Math.log(s) + z * se));
        } else if (s >= 1.0) {
            lo[row] = Double.NaN;
            hi[row] = Double.NaN;
        } else {
            // log(-log S) has standard error se / |log S|.
            double ll = Math.log(-Math.log(s));
            double w = z * se / Math.abs(Math.log(s));
            lo[row] = Math.exp(-Math.exp(ll + w));
            hi[row] = Math.exp(-Math.exp(ll - w));
        }
    }

    /** Survival at {@code t} (right-continuous step function; 1 before the first time). */
    public double survivalAt(double t) {
        int i = rowAt(t);
        return i < 0 ? 1.0 : surv[i];
    }

    /** Greenwood variance of S at {@code t}: S² · Σ d/(n(n−d)). */
    public double varianceAt(double t) {
        int i = rowAt(t);
        return i < 0 ? 0.0 : surv[i] * surv[i] * stdErr[i] * stdErr[i];
    }

    /** Number still at risk just before {@code t}: follow-up time ≥ t. */
    public int atRisk(double t) {
        int i = Arrays.binarySearch(time, t);
        if (i >= 0) {
            return nRisk[i];
        }
        int next = -i - 1;
        return next >= time.length ? 0 : nRisk[next];
    }

    private int rowAt(double t) {
        int i = Arrays.binarySearch(time, t);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * Restricted mean survival time up to {@code tau}: the area under the curve, with the variance
     * R's {@code survfit} prints ({@code rmean}): Σ A_j² d_j / (n_j (n_j − d_j)) over event times
     * before tau, A_j the area from t_j to tau.
     */
    public double[] restrictedMean(double tau) {
        double area = 0.0;
        double prevT = 0.0;
        double prevS = 1.0;
        int rows = 0;
        while (rows < time.length && time[rows] <= tau) {
            rows++;
        }
        // Area pieces: [0,t0), [t0,t1), ..., [t_{rows-1}, tau].
        double[] piece = new double[rows + 1];
        for (int i = 0; i < rows; i++) {
            piece[i] = prevS * (time[i] - prevT);
            prevT = time[i];
            prevS = surv[i];
        }
        piece[rows] = prevS * (tau - prevT);
        for (double p : piece) {
            area += p;
        }
        double tail = piece[rows];
        double var = 0.0;
        for (int i = rows - 1; i >= 0; i--) {
            if (nEvent[i] > 0 && nRisk[i] > nEvent[i]) {
                var += tail * tail * nEvent[i] / ((double) nRisk[i] * (nRisk[i] - nEvent[i]));
            }
            tail += piece[i];
        }
        return new double[] {area, Math.sqrt(var)};
    }

    public double[] times() {
        return time.clone();
    }

    public int[] nRisk() {
        return nRisk.clone();
    }

    public int[] nEvent() {
        return nEvent.clone();
    }

    public int[] nCensor() {
        return nCensor.clone();
    }

    public double[] survival() {
        return surv.clone();
    }

    public double[] stdErr() {
        return stdErr.clone();
    }

    public double[] lower() {
        return lower.clone();
    }

    public double[] upper() {
        return upper.clone();
    }

    public int size() {
        return n;
    }
}
