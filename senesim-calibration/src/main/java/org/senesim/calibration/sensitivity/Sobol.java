package org.senesim.calibration.sensitivity;

import org.senesim.calibration.space.Evaluator;
import org.senesim.calibration.space.ParameterSpace;

import java.util.ArrayList;
import java.util.List;

/**
 * Sobol variance-based indices from a {@link SaltelliDesign}, with the estimators recommended by
 * Saltelli et al. 2010 (Comput Phys Commun 181:259, Table 2): first order
 * {@code S_i = mean(f(B)·(f(AB_i) − f(A))) / V} (their (b)), total
 * {@code S_Ti = mean((f(A) − f(AB_i))²) / (2V)} (Jansen 1999, their (f)), with V the variance of
 * f over A and B together. Intervals: percentile bootstrap over the N rows ({@link #RESAMPLES}
 * resamples), the rows of A, B and every AB_i resampled together. Written here rather than taken
 * from MOEA Framework (whose analysis does the same with a 14 MiB dependency): the estimators are
 * four lines, and the bootstrap must use the project's counter-based random numbers.
 */
public final class Sobol {

    /** Bootstrap resamples for the intervals. */
    public static final int RESAMPLES = 1000;

    private Sobol() {
    }

    /** Runs the design through the evaluator and returns the indices, output by output. */
    public static List<SobolIndex> run(ParameterSpace space, Evaluator evaluator, int base, long seed) {
        SaltelliDesign design = new SaltelliDesign(space.size(), base);
        double[][] y = evaluator.evaluate(design.points());
        return analyse(space, design, evaluator.outputs(), y, seed);
    }

    /** Indices from outputs already computed at {@code design.points()} ({@code y[point][output]}). */
    public static List<SobolIndex> analyse(ParameterSpace space, SaltelliDesign design, List<String> outputs,
                                           double[][] y, long seed) {
        int n = design.base();
        int k = design.dimensions();
        List<SobolIndex> out = new ArrayList<>();
        for (int o = 0; o < outputs.size(); o++) {
            double[] fa = new double[n];
            double[] fb = new double[n];
            double[][] fab = new double[k][n];
            for (int j = 0; j < n; j++) {
                fa[j] = y[j][o];
                fb[j] = y[n + j][o];
                for (int i = 0; i < k; i++) {
                    fab[i][j] = y[(2 + i) * n + j][o];
                }
            }
            int[] all = new int[n];
            for (int j = 0; j < n; j++) {
                all[j] = j;
            }
            for (int i = 0; i < k; i++) {
                double[] fi = fab[i];
                long s = seed ^ (1_000_003L * o + i);
                double[] firstCi = Bootstrap.interval(n, RESAMPLES, s, rows -> first(fa, fb, fi, rows));
                double[] totalCi = Bootstrap.interval(n, RESAMPLES, s + 1, rows -> total(fa, fb, fi, rows));
                out.add(new SobolIndex(outputs.get(o), space.get(i).id(), first(fa, fb, fi, all), firstCi[0],
                        firstCi[1], total(fa, fb, fi, all), totalCi[0], totalCi[1]));
            }
        }
        return out;
    }

    /** Variance of f over the rows of A and B together (n − 1 denominator over 2n values). */
    private static double variance(double[] fa, double[] fb, int[] rows) {
        double sum = 0;
        for (int r : rows) {
            sum += fa[r] + fb[r];
        }
        double mean = sum / (2.0 * rows.length);
        double ss = 0;
        for (int r : rows) {
            ss += (fa[r] - mean) * (fa[r] - mean) + (fb[r] - mean) * (fb[r] - mean);
        }
        return ss / (2.0 * rows.length - 1);
    }

    static double first(double[] fa, double[] fb, double[] fab, int[] rows) {
        double v = variance(fa, fb, rows);
        double s = 0;
        for (int r : rows) {
            s += fb[r] * (fab[r] - fa[r]);
        }
        return v > 0 ? s / rows.length / v : Double.NaN;
    }

    static double total(double[] fa, double[] fb, double[] fab, int[] rows) {
        double v = variance(fa, fb, rows);
        double s = 0;
        for (int r : rows) {
            double d = fa[r] - fab[r];
            s += d * d;
        }
        return v > 0 ? 0.5 * s / rows.length / v : Double.NaN;
    }
}
