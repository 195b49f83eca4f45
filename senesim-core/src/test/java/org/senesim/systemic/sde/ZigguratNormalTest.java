package org.senesim.systemic.sde;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.senesim.random.CounterRandom;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ZigguratNormalTest {

    @Test
    void momentsAndDistributionMatchTheStandardNormal() {
        int n = 400_000;
        long key = CounterRandom.key(7, 8, 3);
        double[] v = new double[n];
        double sum = 0;
        double sum2 = 0;
        double sum4 = 0;
        for (int i = 0; i < n; i++) {
            v[i] = ZigguratNormal.sample(key, i, 2);
            sum += v[i];
            sum2 += v[i] * v[i];
            sum4 += v[i] * v[i] * v[i] * v[i];
        }
        double mean = sum / n;
        double var = sum2 / n - mean * mean;
        // standard errors: mean 1/sqrt(n) = 0.0016, variance sqrt(2/n) = 0.0022, 4th moment sqrt(96/n) = 0.015
        assertThat(mean).isBetween(-0.007, 0.007);
        assertThat(var).isBetween(0.99, 1.01);
        assertThat(sum4 / n).isBetween(2.94, 3.06);
        Arrays.sort(v);
        NormalDistribution normal = new NormalDistribution(0, 1);
        double d = 0;
        for (int i = 0; i < n; i++) {
            double f = normal.cumulativeProbability(v[i]);
            d = Math.max(d, Math.max(Math.abs(f - (double) i / n), Math.abs(f - (double) (i + 1) / n)));
        }
        // Kolmogorov–Smirnov critical value at 0.1% is 1.95/sqrt(n) = 0.0031
        assertThat(d).isLessThan(1.95 / Math.sqrt(n));
        // tails are sampled: about 0.0466% beyond |x| > 3.5
        long tail = Arrays.stream(v).filter(x -> Math.abs(x) > 3.5).count();
        assertThat(tail).isBetween(120L, 260L);
    }

    @Test
    void isAPureFunctionOfItsCoordinates() {
        long key = CounterRandom.key(1, 8, 99);
        assertThat(ZigguratNormal.sample(key, 5, 3)).isEqualTo(ZigguratNormal.sample(key, 5, 3));
        assertThat(ZigguratNormal.sample(key, 5, 3)).isNotEqualTo(ZigguratNormal.sample(key, 5, 4));
        assertThat(ZigguratNormal.sample(key, 5, 3)).isNotEqualTo(ZigguratNormal.sample(key, 6, 3));
    }
}
