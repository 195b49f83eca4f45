package org.senesim.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToleranceTest {

    @Test
    void relativeIsAroundThePublishedFigure() {
        Tolerance t = Tolerance.relative(0.3);
        assertThat(t.accepts(0.15, 0.15)).isTrue();
        assertThat(t.accepts(0.195, 0.15)).isTrue();
        assertThat(t.accepts(0.2, 0.15)).isFalse();
        assertThat(t.accepts(0.1, 0.15)).isFalse();
        // a negative published figure keeps the interval the right way round
        assertThat(t.accepts(-0.5, -0.62)).isTrue();
        assertThat(t.accepts(-0.3, -0.62)).isFalse();
        assertThat(t.describe()).isEqualTo("±30 %");
    }

    @Test
    void absoluteAtMostAtLeastBetween() {
        assertThat(Tolerance.absolute(0.02).accepts(0.17, 0.15)).isTrue();
        assertThat(Tolerance.absolute(0.02).accepts(0.171, 0.15)).isFalse();
        assertThat(Tolerance.absolute(0).accepts(0, 0)).isTrue();
        assertThat(Tolerance.atMost(0).accepts(-0.4, 99)).isTrue();
        assertThat(Tolerance.atMost(0).accepts(0.001, -1)).isFalse();
        assertThat(Tolerance.atLeast(1).accepts(1, 0)).isTrue();
        assertThat(Tolerance.atLeast(1).accepts(0.999, 5)).isFalse();
        assertThat(Tolerance.between(2, 5).accepts(2, 0)).isTrue();
        assertThat(Tolerance.between(2, 5).accepts(5.01, 0)).isFalse();
        assertThat(Tolerance.between(2, 5).describe()).isEqualTo("2 to 5");
        assertThat(Tolerance.atMost(0).describe()).isEqualTo("≤ 0");
    }

    @Test
    void notANumberNeverPasses() {
        for (Tolerance t : new Tolerance[] {Tolerance.relative(10), Tolerance.absolute(1e9), Tolerance.atMost(1e9),
            Tolerance.atLeast(-1e9), Tolerance.between(-1e9, 1e9)}) {
            assertThat(t.accepts(Double.NaN, 0)).as(t.toString()).isFalse();
        }
    }
}
