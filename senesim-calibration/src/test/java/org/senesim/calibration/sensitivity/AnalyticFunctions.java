package org.senesim.calibration.sensitivity;

import org.senesim.calibration.space.Dimension;
import org.senesim.calibration.space.ParameterSpace;

import java.util.ArrayList;
import java.util.List;

/** Test functions with known Sobol indices (Ishigami & Homma 1990; Sobol's g-function, Saltelli & Sobol 1995). */
final class AnalyticFunctions {

    static final double A = 7;
    static final double B = 0.1;
    /** g-function coefficients: small a, important parameter. */
    static final double[] G = {0, 1, 4.5, 9, 99, 99, 99, 99};

    private AnalyticFunctions() {
    }

    static ParameterSpace ishigamiSpace() {
        return new ParameterSpace(List.of(Dimension.uniform("x1", -Math.PI, Math.PI),
                Dimension.uniform("x2", -Math.PI, Math.PI), Dimension.uniform("x3", -Math.PI, Math.PI)));
    }

    static double[] ishigami(double[] x) {
        return new double[] {Math.sin(x[0]) + A * Math.sin(x[1]) * Math.sin(x[1])
                + B * Math.pow(x[2], 4) * Math.sin(x[0])};
    }

    /** {S1, S2, S3, ST1, ST2, ST3}. */
    static double[] ishigamiIndices() {
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * pi8 * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        return new double[] {v1 / v, v2 / v, 0, (v1 + v13) / v, v2 / v, v13 / v};
    }

    static ParameterSpace gSpace() {
        List<Dimension> d = new ArrayList<>();
        for (int i = 0; i < G.length; i++) {
            d.add(Dimension.uniform("x" + (i + 1), 0, 1));
        }
        return new ParameterSpace(d);
    }

    static double[] gFunction(double[] x) {
        double g = 1;
        for (int i = 0; i < G.length; i++) {
            g *= (Math.abs(4 * x[i] - 2) + G[i]) / (1 + G[i]);
        }
        return new double[] {g};
    }

    /** first[i] then total[i]. */
    static double[][] gIndices() {
        int k = G.length;
        double[] vi = new double[k];
        double prod = 1;
        for (int i = 0; i < k; i++) {
            vi[i] = 1.0 / (3 * (1 + G[i]) * (1 + G[i]));
            prod *= 1 + vi[i];
        }
        double v = prod - 1;
        double[] first = new double[k];
        double[] total = new double[k];
        for (int i = 0; i < k; i++) {
            first[i] = vi[i] / v;
            total[i] = vi[i] * prod / (1 + vi[i]) / v;
        }
        return new double[][] {first, total};
    }
}
