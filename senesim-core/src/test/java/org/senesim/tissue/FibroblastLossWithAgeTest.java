package org.senesim.tissue;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterSet;
import org.senesim.lattice.Lattice;
import org.senesim.meanfield.MeanFieldSkin;
import org.senesim.parallel.Workers;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The set point at which contact inhibition stops division falls with age when
 * tissue.fibroblast_occupancy.age_decline is on (Varani 2006: fewer fibroblasts in sun-protected
 * skin over 80; on by default since session 10), in the patch and in the mean-field skin alike; a
 * wound's growth factor lifts that ceiling back towards the young set point; with the decline at 0
 * (the old model) nothing moves.
 */
class FibroblastLossWithAgeTest {

    private static final String DECLINE = "tissue.fibroblast_occupancy.age_decline";
    /** The value the Varani count gives (registry note). */
    private static final double VARANI = 0.0056;
    /** The old model: the young set point for life. */
    private static final ParameterSet OFF = TissueTestSupport.with(Map.of(DECLINE, 0.0));
    private static final Lattice LATTICE = new Lattice(100, 1, 60, 20);

    private static double youngSetPoint(FibroblastRules rules) {
        double sum = 0;
        for (int z = 0; z < LATTICE.nz(); z++) {
            sum += rules.setPointOccupancy(LATTICE.depthUm(z));
        }
        return sum / LATTICE.nz();
    }

    @Test
    void theDefaultIsVaranisCount() {
        assertThat(TissueTestSupport.defaults().get(DECLINE)).isEqualTo(VARANI);
    }

    @Test
    void withoutTheDeclineTheYoungSetPointHoldsForLife() {
        FibroblastRules rules = new FibroblastRules(OFF);
        for (double age = 0; age <= 120; age += 7.5) {
            assertThat(rules.occupancyFactorAt(age)).isEqualTo(1.0);
        }
    }

    @Test
    void theSetPointFallsLinearlyFromTheReferenceAge() {
        FibroblastRules rules = new FibroblastRules(TissueTestSupport.with(Map.of(DECLINE, VARANI)));
        assertThat(rules.occupancyFactorAt(15)).isEqualTo(1.0);
        assertThat(rules.occupancyFactorAt(rules.referenceAge())).isEqualTo(1.0);
        // 80+ against 18-29: about 35 % fewer (the figure the value was taken from)
        assertThat(rules.occupancyFactorAt(85) / rules.occupancyFactorAt(23.5)).isCloseTo(0.65, within(0.01));
        assertThat(rules.occupancyFactorAt(400)).isEqualTo(0.0);
    }

    @Test
    void aWoundSignalLiftsTheAgedCeilingBackToTheYoungSetPoint() {
        FibroblastRules off = new FibroblastRules(OFF);
        assertThat(off.occupancyCeiling(1.0, 5.0)).isEqualTo(1.0);
        FibroblastRules rules = new FibroblastRules(TissueTestSupport.with(Map.of(DECLINE, VARANI)));
        double aged = rules.occupancyFactorAt(80);
        double gw = rules.woundRestoreLevel();
        assertThat(rules.occupancyCeiling(aged, 0.0)).isEqualTo(aged);
        assertThat(rules.occupancyCeiling(aged, gw / 2)).isCloseTo((1 + aged) / 2, within(1e-12));
        assertThat(rules.occupancyCeiling(aged, 3 * gw)).isEqualTo(1.0);
    }

    @Test
    void anOldPatchIsSeededAndKeptAtItsAgesSetPointAndTheMeanFieldAgrees() {
        ParameterSet p = TissueTestSupport.with(Map.of(DECLINE, VARANI));
        FibroblastRules rules = new FibroblastRules(p);
        double young = youngSetPoint(rules);
        try (Workers w = new Workers(1)) {
            TissuePatch patch = new TissuePatch(p, TissueTestSupport.person(80), LATTICE, 5, w);
            double seeded = patch.dermis().fibroblastCount() / (double) LATTICE.size();
            // 6,000 voxels, about 1,000 cells at 80: binomial scatter about 3 %
            assertThat(seeded / young).isCloseTo(rules.occupancyFactorAt(80), within(0.06));
            for (int d = 0; d < 365; d++) {
                patch.step(w);
            }
            double year = patch.dermis().fibroblastCount() / (double) LATTICE.size();
            assertThat(year / young).isCloseTo(rules.occupancyFactorAt(81), within(0.08));

            MeanFieldSkin mf = new MeanFieldSkin(p, TissueTestSupport.person(80), LATTICE);
            assertThat(mf.totalOccupancy() / young).isCloseTo(rules.occupancyFactorAt(80), within(1e-9));
            for (int d = 0; d < 365; d++) {
                mf.step();
            }
            assertThat(mf.totalOccupancy()).isCloseTo(year, within(0.08 * young));
        }
    }

    @Test
    void aLifeOfFibroblastLossLeavesLessCollagenThanOneAtTheYoungSetPoint() {
        // mean-field skin (deterministic, about 9 ms a simulated year) from 20 to 80
        MeanFieldSkin off = new MeanFieldSkin(OFF, TissueTestSupport.person(20), LATTICE);
        MeanFieldSkin on = new MeanFieldSkin(TissueTestSupport.with(Map.of(DECLINE, VARANI)),
                TissueTestSupport.person(20), LATTICE);
        assertThat(on.totalOccupancy()).isEqualTo(off.totalOccupancy());
        for (int d = 0; d < (int) Math.round(60 * 365.25); d++) {
            off.step();
            on.step();
        }
        FibroblastRules rules = new FibroblastRules(TissueTestSupport.with(Map.of(DECLINE, VARANI)));
        assertThat(on.totalOccupancy() / off.totalOccupancy()).isCloseTo(rules.occupancyFactorAt(80), within(0.05));
        // fewer cells make less matrix: collagen (15-year half-life) lags, hyaluronan (days) follows
        assertThat(on.collagen() / off.collagen()).isBetween(0.6, 0.95);
        assertThat(on.hyaluronan() / off.hyaluronan()).isCloseTo(rules.occupancyFactorAt(80), within(0.08));
    }
}
