package org.senesim.trial.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Effect measures checked against values worked by hand. */
class EffectsTest {

    @Test
    void rateRatioAndItsIntervalOnTheLogScale() {
        Effects.Estimate rr = Effects.rateRatio(20, 1000, 40, 1000, 0.95);
        assertThat(rr.value()).isCloseTo(0.5, within(1e-12));
        double se = Math.sqrt(1.0 / 20 + 1.0 / 40);
        assertThat(rr.lower()).isCloseTo(0.5 * Math.exp(-1.959963984540054 * se), within(1e-9));
        assertThat(rr.upper()).isCloseTo(0.5 * Math.exp(1.959963984540054 * se), within(1e-9));
        assertThat(Effects.rateRatio(0, 10, 3, 10, 0.95).value()).isNaN();
    }

    @Test
    void numberNeededToTreatIsTheReciprocalSurvivalDifference() {
        // A: 10 people, 2 die by t=5; B: 10 people, 5 die by t=5.
        double[] t = {1, 2, 6, 6, 6, 6, 6, 6, 6, 6};
        boolean[] e = {true, true, false, false, false, false, false, false, false, false};
        double[] tb = {1, 2, 3, 4, 5, 6, 6, 6, 6, 6};
        boolean[] eb = {true, true, true, true, true, false, false, false, false, false};
        Effects.Estimate nnt = Effects.numberNeededToTreat(KaplanMeier.fit(t, e), KaplanMeier.fit(tb, eb), 5, 0.95);
        assertThat(nnt.value()).isCloseTo(1.0 / (0.8 - 0.5), within(1e-12));
        Effects.Estimate rmst = Effects.rmstDifference(KaplanMeier.fit(t, e), KaplanMeier.fit(tb, eb), 6, 0.95);
        // A: 1·1 + 0.9·1 + 0.8·4 = 5.1; B: 1 + 0.9 + 0.8 + 0.7 + 0.6 + 0.5 = 4.5.
        assertThat(rmst.value()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void meanDifferenceUsesWelchStandardError() {
        Effects.Estimate d = Effects.meanDifference(10, 4, 100, 9, 9, 100, 0.95);
        assertThat(d.value()).isEqualTo(1.0);
        assertThat(d.upper() - d.value()).isCloseTo(1.959963984540054 * Math.sqrt(0.04 + 0.09), within(1e-9));
    }
}
