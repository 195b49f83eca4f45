package org.senesim.report.compare;

import org.junit.jupiter.api.Test;
import org.senesim.report.Counts;
import org.senesim.run.Headlines;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #17: rare events read for people, one way everywhere. An arm with no event at all against a
 * reference with some reads "none vs 568", not "−100%", which reads as a measured fall of a measured
 * quantity; an expected count of a fraction of one reads per 100,000 people, never 4.8 × 10⁻⁴.
 */
class RareEventWordingTest {

    private static Headlines.Row row(double reference, double arm) {
        Headlines.Quantity q = new Headlines.Quantity("carcinoma_cumulative", "Carcinomas since start",
                Headlines.Category.BIOLOGICAL, true);
        return new Headlines.Row(q, "per 100 cm2", 80, new double[] {reference, arm}, 0,
                new double[] {0, arm - reference}, new double[] {0, arm - reference}, new double[] {0, arm - reference},
                new double[] {0, 0}, new int[] {0, 1}, 1);
    }

    @Test
    void noEventAgainstSomeIsNoneVsTheReferenceNotMinusAHundredPercent() {
        Headlines.Row none = row(0.00568, 0);
        Counts counts = RowCounts.of(none, List.of(none));
        assertThat(ComparisonWriter.relative(none, 1, counts)).isEqualTo("none vs 568");
        Headlines.Row half = row(0.00568, 0.00284);
        assertThat(ComparisonWriter.relative(half, 1, RowCounts.of(half, List.of(half)))).startsWith("-50");
    }

    @Test
    void aCountUnderOneReadsPerHundredThousandPeopleAndAnythingElseAsItIs() {
        Counts rare = Counts.of("per 100 cm2", 0.0538);
        assertThat(rare.perPeople()).isTrue();
        assertThat(rare.unit()).isEqualTo("per 100,000 people (100 cm2 each)");
        assertThat(rare.value(4.8e-4, 3)).isEqualTo("48");
        assertThat(rare.value(0, 3)).isEqualTo("none");
        assertThat(rare.value(1.9e-14, 3)).isEqualTo("fewer than 1 in 100 million");
        assertThat(rare.signed(-3.96e-3)).isEqualTo("-396");
        assertThat(rare.value(1.9e-7, 3)).isEqualTo("0.019");
        // many events, or a quantity that is not a count: as it is
        assertThat(Counts.of("per 100 cm2", 5.0).perPeople()).isFalse();
        assertThat(Counts.of("%", 0.004).value(0.004, 3)).isEqualTo("0.004");
        assertThat(Counts.of("1", 0.5).unit()).isEmpty();
    }
}
