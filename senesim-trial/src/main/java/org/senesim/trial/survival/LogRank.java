package org.senesim.trial.survival;

/**
 * The log-rank test of equal survival in k groups, optionally stratified (R {@code survdiff} with
 * {@code rho = 0}): observed and expected events per group summed over strata, the hypergeometric
 * variance, and χ² = (O − E)ᵀ V⁻ (O − E) on k − 1 degrees of freedom.
 */
public record LogRank(double[] observed, double[] expected, double[][] variance, double chiSquared, int df, double p) {

    /**
     * @param group   group code 0..k−1 per person
     * @param stratum stratum code per person, or null
     */
    public static LogRank test(double[] time, boolean[] event, int[] group, int[] stratum) {
        Survival.check(time, event);
        int n = time.length;
        int k = 0;
        for (int g : group) {
            k = Math.max(k, g + 1);
        }
        int[] idx = Order.byStratumTime(stratum, time, event);
        double[] obs = new double[k];
        double[] exp = new double[k];
        double[][] var = new double[k][k];
        int start = 0;
        while (start < n) {
            int s = stratum == null ? 0 : stratum[idx[start]];
            int end = start;
            while (end < n && (stratum == null ? 0 : stratum[idx[end]]) == s) {
                end++;
            }
            addStratum(idx, start, end, time, event, group, k, obs, exp, var);
            start = end;
        }
        int df = k - 1;
        double chisq = quadraticForm(obs, exp, var, df);
        return new LogRank(obs, exp, var, chisq, df, Survival.chiSquaredP(chisq, df));
    }

    private static void addStratum(int[] idx, int start, int end, double[] time, boolean[] event, int[] group,
                                   int k, double[] obs, double[] exp, double[][] var) {
        int[] atRisk = new int[k];
        for (int i = start; i < end; i++) {
            atRisk[group[idx[i]]]++;
        }
        int total = end - start;
        int[] deaths = new int[k];
        int[] leaving = new int[k];
        int i = start;
        while (i < end) {
            double t = time[idx[i]];
            java.util.Arrays.fill(deaths, 0);
            java.util.Arrays.fill(leaving, 0);
            int d = 0;
            int j = i;
            while (j < end && time[idx[j]] == t) {
                int g = group[idx[j]];
                leaving[g]++;
                if (event[idx[j]]) {
                    deaths[g]++;
                    d++;
                }
                j++;
            }
            if (d > 0) {
                double nn = total;
                double factor = total > 1 ? d * (nn - d) / (nn * nn * (nn - 1)) : 0.0;
                for (int g = 0; g < k; g++) {
                    obs[g] += deaths[g];
                    exp[g] += d * atRisk[g] / nn;
                    for (int h = 0; h < k; h++) {
                        double cov = (g == h ? atRisk[g] * nn : 0.0) - (double) atRisk[g] * atRisk[h];
                        var[g][h] += factor * cov;
                    }
                }
            }
            for (int g = 0; g < k; g++) {
                atRisk[g] -= leaving[g];
            }
            total -= j - i;
            i = j;
        }
    }

    /** (O−E)ᵀ V⁻¹ (O−E) over the first k−1 groups (V has rank k−1). */
    private static double quadraticForm(double[] obs, double[] exp, double[][] var, int df) {
        double[] diff = new double[df];
        double[][] v = new double[df][df];
        for (int g = 0; g < df; g++) {
            diff[g] = obs[g] - exp[g];
            for (int h = 0; h < df; h++) {
                v[g][h] = var[g][h];
            }
        }
        double[] sol;
        try {
            sol = Matrices.solve(v, diff);
        } catch (ArithmeticException noInformation) {
            return Double.NaN;   // no events, or none that could have fallen in another group: no test
        }
        double q = 0.0;
        for (int g = 0; g < df; g++) {
            q += diff[g] * sol[g];
        }
        return q;
    }
}
