package org.senesim.random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CounterRandomTest {

    private static final int N = 200_000;

    @Test
    void drawsArePureFunctionsOfTheirCoordinates() {
        long key = CounterRandom.key(42, 3, 1000);
        assertThat(CounterRandom.uniform(key, 17, 2)).isEqualTo(CounterRandom.uniform(42, 3, 1000, 17, 2));
        assertThat(CounterRandom.uniform(key, 17, 2)).isNotEqualTo(CounterRandom.uniform(key, 18, 2));
        assertThat(CounterRandom.uniform(key, 17, 2)).isNotEqualTo(CounterRandom.uniform(key, 17, 3));
        assertThat(CounterRandom.key(42, 3, 1000)).isNotEqualTo(CounterRandom.key(42, 4, 1000));
        assertThat(CounterRandom.key(42, 3, 1000)).isNotEqualTo(CounterRandom.key(43, 3, 1000));
    }

    @Test
    void uniformHasTheMomentsOfU01AndNoNeighbourCorrelation() {
        long key = CounterRandom.key(1, 1, 1);
        double sum = 0;
        double sq = 0;
        double lag = 0;
        double previous = 0.5;
        for (int i = 0; i < N; i++) {
            double u = CounterRandom.uniform(key, i, 0);
            assertThat(u).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
            sum += u;
            sq += u * u;
            lag += (u - 0.5) * (previous - 0.5);
            previous = u;
        }
        assertThat(sum / N).isCloseTo(0.5, within(0.005));
        assertThat(sq / N - (sum / N) * (sum / N)).isCloseTo(1.0 / 12, within(0.002));
        assertThat(lag / N).isCloseTo(0.0, within(0.002));
    }

    @Test
    void normalHasZeroMeanUnitVarianceAndNoSkew() {
        long key = CounterRandom.key(5, 2, 9);
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int i = 0; i < N; i++) {
            double z = CounterRandom.normal(key, i, 0);
            s1 += z;
            s2 += z * z;
            s3 += z * z * z;
        }
        assertThat(s1 / N).isCloseTo(0.0, within(0.01));
        assertThat(s2 / N).isCloseTo(1.0, within(0.015));
        assertThat(s3 / N).isCloseTo(0.0, within(0.03));
    }

    @Test
    void poissonMatchesItsMeanAndVarianceOnBothAlgorithms() {
        for (double mean : new double[] {0.3, 4.0, 29.0, 31.0, 250.0}) {
            long key = CounterRandom.key(9, 4, (long) mean);
            double s1 = 0;
            double s2 = 0;
            int n = 50_000;
            for (int i = 0; i < n; i++) {
                int k = CounterRandom.poisson(key, i, 0, mean);
                assertThat(k).isGreaterThanOrEqualTo(0);
                s1 += k;
                s2 += (double) k * k;
            }
            double m = s1 / n;
            double var = s2 / n - m * m;
            assertThat(m).as("mean of Poisson(%s)", mean).isCloseTo(mean, within(4 * Math.sqrt(mean / n) + 1e-9));
            assertThat(var).as("variance of Poisson(%s)", mean).isCloseTo(mean, within(0.05 * mean + 0.01));
        }
    }

    @Test
    void poissonRefusesABadMean() {
        assertThatThrownBy(() -> CounterRandom.poisson(1, 1, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CounterRandom.poisson(1, 1, 0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void logFactorialMatchesTheExactSumAcrossTheSwitch() {
        double exact = 0;
        for (int k = 2; k <= 40; k++) {
            exact += Math.log(k);
            assertThat(CounterRandom.logFactorial(k)).as("ln %d!", k).isCloseTo(exact, within(1e-9 * exact));
        }
    }
}
