package org.senesim.calibration.abc;

import java.util.Arrays;
import java.util.Comparator;

/** Weighted statistics of a particle population. */
public final class Weighted {

    private Weighted() {
    }

    /**
     * The weighted {@code q}-quantile: the smallest value whose cumulative weight reaches {@code q}
     * of the total (values sorted ascending; ties keep their order).
     */
    public static double quantile(double[] values, double[] weights, double q) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double c = 0;
        for (Integer i : order) {
            c += weights[i];
            if (c >= q * total - 1e-15 * total) {
                return values[i];
            }
        }
        return values[order[order.length - 1]];
    }

    /** Weighted covariance of rows {@code x[n][d]} (weights summing to 1), with the population's own mean. */
    public static double[][] covariance(double[][] x, double[] w) {
        int d = x[0].length;
        double[] mean = new double[d];
        for (int n = 0; n < x.length; n++) {
            for (int i = 0; i < d; i++) {
                mean[i] += w[n] * x[n][i];
            }
        }
        double[][] c = new double[d][d];
        double sw2 = 0;
        for (double v : w) {
            sw2 += v * v;
        }
        // unbiased for normalised weights: divide by 1 − Σ w²
        double norm = sw2 < 1 ? 1.0 / (1 - sw2) : 1.0;
        for (int n = 0; n < x.length; n++) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j <= i; j++) {
                    c[i][j] += norm * w[n] * (x[n][i] - mean[i]) * (x[n][j] - mean[j]);
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++) {
                c[i][j] = c[j][i];
            }
        }
        return c;
    }
}
