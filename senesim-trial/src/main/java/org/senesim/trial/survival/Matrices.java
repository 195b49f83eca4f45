package org.senesim.trial.survival;

/** Small dense symmetric positive-definite solves (Cholesky): the p × p systems of Cox and log-rank. */
final class Matrices {

    private Matrices() {
    }

    /** Lower Cholesky factor of a symmetric positive-definite matrix. */
    static double[][] cholesky(double[][] a) {
        int p = a.length;
        double[][] l = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int m = 0; m < j; m++) {
                    sum -= l[i][m] * l[j][m];
                }
                if (i == j) {
                    if (!(sum > 0.0)) {
                        throw new ArithmeticException("matrix is not positive definite (a covariate has no variation among the events?)");
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return l;
    }

    static double[] solve(double[][] a, double[] b) {
        double[][] l = cholesky(a);
        int p = b.length;
        double[] y = new double[p];
        for (int i = 0; i < p; i++) {
            double sum = b[i];
            for (int m = 0; m < i; m++) {
                sum -= l[i][m] * y[m];
            }
            y[i] = sum / l[i][i];
        }
        double[] x = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double sum = y[i];
            for (int m = i + 1; m < p; m++) {
                sum -= l[m][i] * x[m];
            }
            x[i] = sum / l[i][i];
        }
        return x;
    }

    static double[][] inverse(double[][] a) {
        int p = a.length;
        double[][] inv = new double[p][p];
        for (int c = 0; c < p; c++) {
            double[] e = new double[p];
            e[c] = 1.0;
            double[] col = solve(a, e);
            for (int r = 0; r < p; r++) {
                inv[r][c] = col[r];
            }
        }
        return inv;
    }
}
