package org.senesim.calibration.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The prior and the posterior are drawn on one scale: the prior's particles weigh 1 each, the
 * posterior's weights sum to 1, and the posterior's bars were once fifty times too low to see.
 */
class SvgTest {

    @Test
    void histogramsAreSharesOfTheirOwnTotalWeight() {
        double[] prior = Svg.hist(new double[] {0.1, 0.3, 0.6, 0.9}, new double[] {1, 1, 1, 1}, 0, 1, 2);
        double[] post = Svg.hist(new double[] {0.1, 0.2, 0.7}, new double[] {0.02, 0.03, 0.15}, 0, 1, 2);
        assertThat(prior).containsExactly(0.5, 0.5);
        assertThat(post[0]).isCloseTo(0.25, within(1e-12));
        assertThat(post[1]).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void aPosteriorConcentratedInOneBinIsTheTallestBar() {
        double[] pv = new double[50];
        double[] pw = new double[50];
        for (int i = 0; i < 50; i++) {
            pv[i] = (i + 0.5) / 50;
            pw[i] = 1;
        }
        String svg = Svg.priorPosterior("x", 0, 1, 0.5, pv, pw, new double[] {0.51, 0.52}, new double[] {0.004, 0.006});
        // the blue bar of the posterior's bin spans the whole 150-pixel chart
        assertThat(svg).contains("height='150.0' fill='#1f5fa8'");
    }

    @Test
    void anUndefinedValueDoesNotHideTheOtherBars() {
        // a Morris output with a parameter whose effects were all undefined (NaN) drew no bar at all
        String svg = Svg.bars("mu", new String[] {"a", "b", "c"}, new double[] {2.0, Double.NaN, -1.0}, null, null);
        assertThat(svg).doesNotContain("width='NaN'").doesNotContain("x='NaN'");
        assertThat(svg).contains("width='300.0'").contains("width='150.0'");
    }

    @Test
    void aTornadoDrawsNegativeEffectsLeftOfItsZeroLineAndSkipsAnUndefinedOne() {
        String svg = Svg.tornado("mu", new String[] {"a", "b", "c"}, new double[] {2.0, Double.NaN, -1.0});
        assertThat(svg).doesNotContain("NaN'");
        // zero at x = 300 + 60 + 200 = 560: +2 spans the right half, -1 half of the left one
        assertThat(svg).contains("x1='560.0' x2='560.0'")
                .contains("<rect x='560.0' y='26' width='200.0'")
                .contains("<rect x='460.0' y='62' width='100.0'");
    }
}
