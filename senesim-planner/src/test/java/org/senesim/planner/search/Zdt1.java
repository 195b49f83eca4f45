package org.senesim.planner.search;

import java.util.ArrayList;
import java.util.List;

/** Zitzler–Deb–Thiele problem 1: a convex front f2 = 1 − √f1, f1 in [0, 1], reached when x2..xn = 0. */
final class Zdt1 implements SearchProblem {

    private final int n;

    Zdt1(int n) {
        this.n = n;
    }

    @Override
    public List<Decision> decisions() {
        List<Decision> ds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ds.add(new Decision("x" + (i + 1), 0, 1));
        }
        return ds;
    }

    @Override
    public List<String> objectives() {
        return List.of("f1", "f2");
    }

    @Override
    public int constraints() {
        return 0;
    }

    @Override
    public Evaluation evaluate(double[] x) {
        double sum = 0;
        for (int i = 1; i < n; i++) {
            sum += x[i];
        }
        double g = 1 + 9 * sum / (n - 1);
        double f1 = x[0];
        double f2 = g * (1 - Math.sqrt(f1 / g));
        return new Evaluation(new double[] {f1, f2}, new double[0]);
    }

    static double trueF2(double f1) {
        return 1 - Math.sqrt(f1);
    }
}
