package org.senesim.trial.survival;

/**
 * Cox proportional hazards by Newton–Raphson on the partial likelihood with Efron's handling of
 * tied event times, optionally stratified (each stratum its own baseline hazard), as R
 * {@code coxph(..., ties = "efron")}. Covariates are centred by their means before fitting, which
 * changes neither the coefficients nor the likelihood, only the range of exp(xβ).
 *
 * <p>Reports coefficients, Wald standard errors from the inverse information, hazard ratios with
 * Wald intervals, the log partial likelihood at zero and at the fit, and the score, Wald and
 * likelihood-ratio tests.
 */
public final class Cox {

    private static final int MAX_ITER = 50;
    private static final double EPS = 1e-12;

    private Cox() {
    }

    /** A fitted model. */
    public record Fit(double[] coef, double[] se, double[][] variance, double logLikNull, double logLik,
                      double scoreTest, double waldTest, double likelihoodRatio, int iterations, int events) {

        public double hazardRatio(int j) {
            return Math.exp(coef[j]);
        }

        /** Wald interval of the hazard ratio of covariate j: exp(β ± z·se). */
        public double[] hazardRatioInterval(int j, double level) {
            double z = Survival.zQuantile(level);
            return new double[] {Math.exp(coef[j] - z * se[j]), Math.exp(coef[j] + z * se[j])};
        }

        public double waldP(int j) {
            return Survival.normalP(coef[j] / se[j]);
        }

        public double logRankP() {
            return Survival.chiSquaredP(scoreTest, coef.length);
        }
    }

    /**
     * @param x       covariates by column: {@code x[j][i]} is covariate j of person i
     * @param stratum stratum code per person, or null
     */
    public static Fit fit(double[] time, boolean[] event, double[][] x, int[] stratum) {
        Survival.check(time, event);
        int p = x.length;
        int n = time.length;
        double[][] xc = new double[p][];
        for (int j = 0; j < p; j++) {
            double mean = 0.0;
            for (int i = 0; i < n; i++) {
                mean += x[j][i];
            }
            mean /= n;
            xc[j] = new double[n];
            for (int i = 0; i < n; i++) {
                xc[j][i] = x[j][i] - mean;
            }
        }
        int[] idx = Order.byStratumTime(stratum, time, event);
        int events = 0;
        for (boolean e : event) {
            events += e ? 1 : 0;
        }
        double[] beta = new double[p];
        double[] u = new double[p];
        double[][] info = new double[p][p];
        double ll0 = evaluate(idx, time, event, xc, stratum, beta, u, info);
        double score = quadratic(u, info);
        double ll = ll0;
        int iter = 0;
        for (; iter < MAX_ITER; iter++) {
            double[] step = Matrices.solve(info, u);
            double[] trial = new double[p];
            double llNew = Double.NEGATIVE_INFINITY;
            double scale = 1.0;
            double[] uNew = new double[p];
            double[][] infoNew = new double[p][p];
            for (int half = 0; half < 30; half++) {
                for (int j = 0; j < p; j++) {
                    trial[j] = beta[j] + scale * step[j];
                }
                llNew = evaluate(idx, time, event, xc, stratum, trial, uNew, infoNew);
                if (llNew >= ll || Math.abs(llNew - ll) <= EPS * Math.abs(ll)) {
                    break;
                }
                scale /= 2.0;   // step halving, as coxph does when the likelihood falls
            }
            boolean converged = Math.abs(1.0 - ll / llNew) <= EPS;
            beta = trial;
            u = uNew;
            info = infoNew;
            ll = llNew;
            if (converged) {
                iter++;
                break;
            }
        }
        double[][] var = Matrices.inverse(info);
        double[] se = new double[p];
        for (int j = 0; j < p; j++) {
            se[j] = Math.sqrt(var[j][j]);
        }
        double wald = 0.0;
        // Wald statistic βᵀ V⁻¹ β = βᵀ I β.
        double[] ib = matVec(info, beta);
        for (int j = 0; j < p; j++) {
            wald += beta[j] * ib[j];
        }
        return new Fit(beta, se, var, ll0, ll, score, wald, 2.0 * (ll - ll0), iter, events);
    }

    private static double[] matVec(double[][] a, double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v.length; j++) {
                r[i] += a[i][j] * v[j];
            }
        }
        return r;
    }

    private static double quadratic(double[] u, double[][] info) {
        double[] sol = Matrices.solve(info, u);
        double q = 0.0;
        for (int j = 0; j < u.length; j++) {
            q += u[j] * sol[j];
        }
        return q;
    }

    /**
     * Log partial likelihood at {@code beta}; fills the score {@code u} and the information
     * {@code info}. Walks each stratum from the latest time backwards, so the risk-set sums
     * S0 = Σ r, S1 = Σ r x, S2 = Σ r x xᵀ only ever grow.
     */
    static double evaluate(int[] idx, double[] time, boolean[] event, double[][] x, int[] stratum,
                           double[] beta, double[] u, double[][] info) {
        int p = beta.length;
        int n = idx.length;
        java.util.Arrays.fill(u, 0.0);
        for (double[] row : info) {
            java.util.Arrays.fill(row, 0.0);
        }
        double ll = 0.0;
        double s0 = 0.0;
        double[] s1 = new double[p];
        double[][] s2 = new double[p][p];
        double[] d1 = new double[p];
        double[][] d2 = new double[p][p];
        double[] a = new double[p];
        int k = n - 1;
        int currentStratum = Integer.MIN_VALUE;
        while (k >= 0) {
            int s = stratum == null ? 0 : stratum[idx[k]];
            if (s != currentStratum) {
                currentStratum = s;
                s0 = 0.0;
                java.util.Arrays.fill(s1, 0.0);
                for (double[] row : s2) {
                    java.util.Arrays.fill(row, 0.0);
                }
            }
            double t = time[idx[k]];
            double dr = 0.0;
            java.util.Arrays.fill(d1, 0.0);
            for (double[] row : d2) {
                java.util.Arrays.fill(row, 0.0);
            }
            int deaths = 0;
            int j = k;
            while (j >= 0 && time[idx[j]] == t && (stratum == null ? 0 : stratum[idx[j]]) == s) {
                int i = idx[j];
                double eta = 0.0;
                for (int c = 0; c < p; c++) {
                    eta += beta[c] * x[c][i];
                }
                double r = Math.exp(eta);
                s0 += r;
                for (int c = 0; c < p; c++) {
                    s1[c] += r * x[c][i];
                    for (int e = 0; e <= c; e++) {
                        s2[c][e] += r * x[c][i] * x[e][i];
                    }
                }
                if (event[i]) {
                    deaths++;
                    dr += r;
                    ll += eta;
                    for (int c = 0; c < p; c++) {
                        u[c] += x[c][i];
                        d1[c] += r * x[c][i];
                        for (int e = 0; e <= c; e++) {
                            d2[c][e] += r * x[c][i] * x[e][i];
                        }
                    }
                }
                j--;
            }
            // Efron: the m-th of d tied deaths sees the risk set with m/d of the tied deaths removed.
            for (int m = 0; m < deaths; m++) {
                double f = (double) m / deaths;
                double denom = s0 - f * dr;
                ll -= Math.log(denom);
                for (int c = 0; c < p; c++) {
                    a[c] = (s1[c] - f * d1[c]) / denom;
                    u[c] -= a[c];
                }
                for (int c = 0; c < p; c++) {
                    for (int e = 0; e <= c; e++) {
                        double v = (s2[c][e] - f * d2[c][e]) / denom - a[c] * a[e];
                        info[c][e] += v;
                    }
                }
            }
            k = j;
        }
        for (int c = 0; c < p; c++) {
            for (int e = c + 1; e < p; e++) {
                info[c][e] = info[e][c];
            }
        }
        return ll;
    }
}
