package org.senesim.report;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {

    @Test
    void exactIsShortestAndReadsBack() {
        assertThat(Numbers.exact(0.1)).isEqualTo("0.1");
        assertThat(Numbers.exact(365.0)).isEqualTo("365");
        assertThat(Numbers.exact(-0.0)).isEqualTo("-0");
        assertThat(Numbers.exact(1e-7)).isEqualTo("1.0E-7");
        assertThat(Numbers.exact(2e23)).isEqualTo("2.0E23");
        assertThat(Numbers.exact(Double.NaN)).isEqualTo("NaN");
        assertThat(Numbers.exact(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(Numbers.exact(0.1f)).isEqualTo("0.1");
        SplittableRandom rnd = new SplittableRandom(2026);
        for (int i = 0; i < 100_000; i++) {
            double v = Double.longBitsToDouble(rnd.nextLong());
            if (Double.isNaN(v)) {
                continue;
            }
            String s = Numbers.exact(v);
            assertThat(Double.doubleToRawLongBits(Double.parseDouble(s))).as(s).isEqualTo(Double.doubleToRawLongBits(v));
            assertThat(s.length()).as(s).isLessThanOrEqualTo(Double.toString(v).length());
        }
    }

    @Test
    void readableRoundsToSignificantDigits() {
        assertThat(Numbers.readable(16.123456, 4)).isEqualTo("16.12");
        assertThat(Numbers.readable(0.4241, 4)).isEqualTo("0.4241");
        assertThat(Numbers.readable(0.5, 4)).isEqualTo("0.5");
        assertThat(Numbers.readable(3, 4)).isEqualTo("3");
        assertThat(Numbers.readable(123456, 4)).isEqualTo("123456");
        assertThat(Numbers.readable(1.5e-6, 4)).isEqualTo("1.5 × 10⁻⁶");
        assertThat(Numbers.readable(2.5e9, 3)).isEqualTo("2.5 × 10⁹");
        assertThat(Numbers.readable(Double.NaN, 4)).isEqualTo("—");
        assertThat(Numbers.readable(-0.012345, 2)).isEqualTo("-0.012");
    }
}
