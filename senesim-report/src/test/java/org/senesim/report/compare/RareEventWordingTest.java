package org.senesim.report.compare;

import org.junit.jupiter.api.Test;
import org.senesim.run.Headlines;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #17: an arm with no event at all against a reference with some reads "none vs 0.0057", not
 * "−100%", which reads as a measured fall of a measured quantity; other differences stay percentages.
 */
class RareEventWordingTest {

    private static Headlines.Row row(double reference, double arm) {
        Headlines.Quantity q = new Headlines.Quantity("carcinoma_cumulative", "Carcinomas since start per 100 cm2",
                Headlines.Category.BIOLOGICAL, true);
        return new Headlines.Row(q, "per 100 cm2", 80, new double[] {reference, arm}, 0,
                new double[] {0, arm - reference}, new double[] {0, arm - reference}, new double[] {0, arm - reference},
                new double[] {0, 0}, new int[] {0, 1}, 1);
    }

    @Test
    void noEventAgainstSomeIsNoneVsTheReferenceNotMinusAHundredPercent() {
        assertThat(ComparisonWriter.relative(row(0.00568, 0), 1)).isEqualTo("none vs 0.00568");
        assertThat(ComparisonWriter.relative(row(0.00568, 0.00284), 1)).startsWith("-50");
    }
}
