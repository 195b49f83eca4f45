package org.senesim.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The FFT transforms against the dense basis matrix they replace: same coefficients and same
 * values back, to rounding, on every axis length the patches use (and some with 7 and 13 as factors).
 */
class AxisTransformTest {

    private static final int COLUMNS = 7;

    @ParameterizedTest
    @ValueSource(ints = {16, 20, 24, 26, 30, 49, 50, 60, 100, 120, 200, 250, 500, 1000})
    void fastPeriodicMatchesTheDenseRealFourierBasis(int n) {
        compare(n, true);
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 20, 21, 24, 26, 30, 49, 50, 60, 100, 120, 200, 250, 500, 1000})
    void fastDctMatchesTheDenseNoFluxBasis(int n) {
        compare(n, false);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 12, 16, 20, 24, 40, 50, 60, 100, 200, 500, 1000})
    void longAxesGetTheFftAndShortOnesTheDenseProduct(int n) {
        AxisTransform t = AxisTransform.of(AxisBasis.periodic(n), true);
        assertThat(t instanceof AxisTransform.Dense).isEqualTo(n < AxisTransform.FAST_MIN_LENGTH);
    }

    private static void compare(int n, boolean periodic) {
        AxisBasis basis = periodic ? AxisBasis.periodic(n) : AxisBasis.noFlux(n);
        AxisTransform fast = periodic ? new AxisTransform.FastPeriodic(n) : new AxisTransform.FastNoFlux(n);
        AxisTransform dense = new AxisTransform.Dense(basis);
        double[][] input = random(n, new SplittableRandom(n));
        double[][] f = copy(input);
        double[][] d = copy(input);
        AxisTransform.Rows rf = new AxisTransform.Rows().ensure(n, COLUMNS);
        AxisTransform.Rows rd = new AxisTransform.Rows().ensure(n, COLUMNS);
        fast.forward(f, COLUMNS, rf);
        dense.forward(d, COLUMNS, rd);
        double scale = Math.sqrt(n); // coefficients of values in [-1, 1] are at most about √n
        assertThat(maxDifference(f, d)).isLessThan(1e-13 * scale * Math.log(n));
        fast.inverse(f, COLUMNS, rf);
        assertThat(maxDifference(f, input)).isLessThan(1e-13 * Math.log(n));
        // and the fast inverse of arbitrary coefficients matches the dense inverse
        double[][] c = random(n, new SplittableRandom(31 * n));
        double[][] cf = copy(c);
        double[][] cd = copy(c);
        fast.inverse(cf, COLUMNS, rf);
        dense.inverse(cd, COLUMNS, rd);
        assertThat(maxDifference(cf, cd)).isLessThan(1e-13 * scale * Math.log(n));
    }

    private static double[][] random(int n, SplittableRandom r) {
        double[][] x = new double[n][COLUMNS];
        for (double[] row : x) {
            for (int i = 0; i < COLUMNS; i++) {
                row[i] = r.nextDouble(-1, 1);
            }
        }
        return x;
    }

    private static double[][] copy(double[][] x) {
        double[][] c = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i].clone();
        }
        return c;
    }

    private static double maxDifference(double[][] a, double[][] b) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < COLUMNS; j++) {
                worst = Math.max(worst, Math.abs(a[i][j] - b[i][j]));
            }
        }
        return worst;
    }
}
