package org.senesim.intervention;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Species;
import org.senesim.systemic.Organ;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** One rule for where a senolytic taken by mouth kills: the organ's own registry figure, else the drug's. */
class SenolyticReachTest {

    private static final String DQ = "intervention.dq.kill_fraction";
    private static final String FISETIN = "intervention.fisetin.kill_fraction";

    @Test
    void anOrganWithItsOwnFigureTakesItTheOthersTheDrugs() {
        ParameterSet p = InterventionTestSupport.defaults();
        double[] human = SenolyticReach.oralFractions(p, DQ, Species.HUMAN);
        // people: the rest of the body has its own entry, a kill fraction of its reachable share only
        assertThat(human[Organ.REST.ordinal()]).isEqualTo(p.get("intervention.dq.kill_fraction.human.rest"));
        assertThat(p.get("intervention.senolytic.reachable_share.human.rest")).isLessThan(1.0);
        assertThat(human[Organ.SKIN.ordinal()]).isEqualTo(p.get("intervention.dq.kill_fraction.human.skin"));
        assertThat(human[Organ.BRAIN.ordinal()]).isZero();
        assertThat(human[Organ.LIVER.ordinal()]).isZero();
        assertThat(human[Organ.MUSCLE.ordinal()]).isZero();
        // mice: every organ has its own entry (Xu 2018's reproduction uses them)
        for (Organ o : Organ.values()) {
            assertThat(SenolyticReach.oralFraction(p, DQ, Species.MOUSE, o))
                    .isEqualTo(p.get(SenolyticReach.organId(DQ, Species.MOUSE, o)));
        }
        // a drug without organ entries reaches every organ with its headline figure
        for (double f : SenolyticReach.oralFractions(p, FISETIN, Species.HUMAN)) {
            assertThat(f).isEqualTo(p.get(FISETIN));
        }
    }

    @Test
    void anOverrideOfAnOrganFigureMovesThatOrganOnly() {
        ParameterSet p = InterventionTestSupport.defaults()
                .with(Map.of("intervention.dq.kill_fraction.human.liver", 0.2), ParameterSet.Origin.SCENARIO);
        double[] f = SenolyticReach.oralFractions(p, DQ, Species.HUMAN);
        assertThat(f[Organ.LIVER.ordinal()]).isEqualTo(0.2);
        assertThat(f[Organ.MUSCLE.ordinal()]).isZero();
    }

    @Test
    void aCourseRemovesItsFractionThroughItsDailyHazard() {
        double days = 3;
        double perDay = SenolyticReach.dailyKill(0.35, days);
        assertThat(1 - Math.pow(1 - perDay, days)).isCloseTo(0.35, within(1e-12));
        assertThat(SenolyticReach.dailyKill(0.0, days)).isZero();
        // a course of 100 % is held below 1 so the hazard stays finite
        assertThat(SenolyticReach.dailyHazard(1.0, days)).isFinite().isPositive();
    }
}
