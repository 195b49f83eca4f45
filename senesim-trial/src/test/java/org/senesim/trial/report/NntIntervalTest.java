package org.senesim.trial.report;

import org.junit.jupiter.api.Test;
import org.senesim.trial.results.Effect;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An NNT whose survival difference's interval includes 0 runs through infinity; the report writes it
 * as Altman does instead of printing the two reciprocal bounds as if they were a range.
 */
class NntIntervalTest {

    private static Effect nnt(double value, double lower, double upper) {
        return new Effect("frail", "treated", "control", "NNT", value, lower, upper, 0.11, false, "", "");
    }

    @Test
    void anIntervalThroughInfinityNamesBenefitAndHarm() {
        Effect e = nnt(32.59, 14.62, -142.0);
        assertThat(e.throughInfinity()).isTrue();
        assertThat(TrialReport.interval(e)).isEqualTo("NNT(benefit) 14.62 to ∞ to NNT(harm) 142");
    }

    @Test
    void aSignificantNntAndOtherMeasuresKeepTheirRange() {
        Effect benefit = nnt(2.92, 2.25, 4.15);
        assertThat(benefit.throughInfinity()).isFalse();
        assertThat(TrialReport.interval(benefit)).isEqualTo("(2.25, 4.15)");
        Effect difference = new Effect("grip_80", "treated", "control", "mean difference", 1.6, -1.5, 4.7, 0.3, false, "", "");
        assertThat(difference.throughInfinity()).isFalse();
    }
}
