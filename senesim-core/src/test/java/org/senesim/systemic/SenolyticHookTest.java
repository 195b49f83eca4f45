package org.senesim.systemic;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.run.Cohort;
import org.senesim.run.CohortDesign;
import org.senesim.run.LocalExecutor;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class SenolyticHookTest {

    private static final LocalExecutor TWO_THREADS = new LocalExecutor(2);

    private static final OrganismModel HUMAN = OrganismModel.builder(ParameterRegistry.builtIn().defaults()).build();

    @Test
    void aDoseRemovesItsKillFractionAtOnceOnlyWhereItReaches() {
        OrganismSimulation sim = HUMAN.start(4, 0, 70, 1.0);
        double skin = sim.burden(Organ.SKIN);
        double liver = sim.burden(Organ.LIVER);
        sim.apply(new OrganismEvent.SenolyticDose(70, Set.of(Organ.SKIN), 0.6));
        assertThat(sim.burden(Organ.SKIN)).isCloseTo(0.4 * skin, offset(1e-12));
        assertThat(sim.burden(Organ.LIVER)).isEqualTo(liver);
    }

    @Test
    void dosesAndContinuousRemovalLowerBurdenAfterwards() {
        int people = 2000;
        Cohort control = new CohortDesign(HUMAN, 8, people, 65, 7).start(TWO_THREADS);
        Cohort dosed = new CohortDesign(HUMAN, 8, people, 65, 7).start(TWO_THREADS);
        Cohort continuous = new CohortDesign(HUMAN, 8, people, 65, 7).start(TWO_THREADS);
        double[] sums = new double[3];
        control.advanceTo(70);
        dosed.advanceTo(70);
        continuous.advanceTo(70);
        for (Organ o : Organ.values()) {
            continuous.setSenolyticRate(o, 0.05);
        }
        // a dose every 4 weeks for a year (Xu 2018 dosed D+Q every 2 weeks in old mice)
        for (int week = 0; week < 52; week++) {
            if (week % 4 == 0) {
                dosed.apply(new OrganismEvent.SenolyticDose(dosed.ageYears(), EnumSet.allOf(Organ.class), 0.5));
            }
            control.advance(1);
            dosed.advance(1);
            continuous.advance(1);
            sums[0] += control.snapshot().mean("burden_total");
            sums[1] += dosed.snapshot().mean("burden_total");
            sums[2] += continuous.snapshot().mean("burden_total");
        }
        assertThat(sums[1]).isLessThan(0.9 * sums[0]);
        assertThat(sums[2]).isLessThan(0.9 * sums[0]);
        assertThat(control.aliveCount()).isLessThanOrEqualTo(continuous.aliveCount());
    }
}
