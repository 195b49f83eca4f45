package org.senesim.systemic;

import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.run.Cohort;
import org.senesim.run.CohortDesign;
import org.senesim.run.LocalExecutor;
import org.senesim.scenario.Species;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Franco 2025 in silico: senescent fibroblasts injected into the dermis of 3-month-old mice raise
 * senescence in distant organs later, in the model through two channels only: blood SASP (the
 * sensitivities α) and, since session 11, the immune capacity the organs share (removal saturating
 * partly on the whole-body burden, {@code organism.clearance.systemic_share}). With both at 0 the
 * distant organs do not move at all.
 */
class InjectionThroughBloodTest {

    private static final LocalExecutor TWO_THREADS = new LocalExecutor(2);

    private static final List<Organ> DISTANT = List.of(Organ.LIVER, Organ.MUSCLE, Organ.BRAIN);
    private static final double INJECTION_AGE = 0.25;
    private static final double READOUT_AGE = 0.25 + 5.0 / 12;
    private static final double CELLS = 1e6;

    private static ParameterSet uncoupled() {
        return withoutSasp(0.0);
    }

    /** SASP sensitivities at 0, removal saturating on the whole-body burden with the given share. */
    private static ParameterSet withoutSasp(double systemicShare) {
        Map<String, Double> zero = new HashMap<>();
        for (Organ o : Organ.values()) {
            zero.put("organism.sasp.alpha." + o.id(), 0.0);
        }
        zero.put("organism.clearance.systemic_share", systemicShare);
        return ParameterRegistry.builtIn().defaults().with(zero, ParameterSet.Origin.SCENARIO);
    }

    /** Mean over the first 5 months after injection of each person's distant burden. */
    private static double[][] distantBurden(ParameterSet set, boolean inject, boolean noise) {
        OrganismModel mice = OrganismModel.builder(set).species(Species.MOUSE).noise(noise).build();
        int people = noise ? 600 : 1;
        Cohort c = new CohortDesign(mice, 2025, people, INJECTION_AGE, 1.0).start(TWO_THREADS);
        if (inject) {
            c.apply(new OrganismEvent.Injection(INJECTION_AGE, Organ.SKIN, CELLS));
        }
        double[][] sum = new double[DISTANT.size()][people];
        int days = (int) OrganismModel.stepsBetween(INJECTION_AGE, READOUT_AGE, 1.0);
        for (int d = 0; d < days; d++) {
            c.advance(1);
            for (int k = 0; k < DISTANT.size(); k++) {
                double[] x = c.stateColumn(DISTANT.get(k).ordinal());
                for (int i = 0; i < people; i++) {
                    sum[k][i] += x[i] / days;
                }
            }
        }
        return sum;
    }

    @Test
    void withoutSaspCouplingDistantOrgansDoNotMoveAtAll() {
        ParameterSet set = uncoupled();
        double[][] control = distantBurden(set, false, true);
        double[][] injected = distantBurden(set, true, true);
        for (int k = 0; k < DISTANT.size(); k++) {
            assertThat(injected[k]).as(DISTANT.get(k).id()).isEqualTo(control[k]);
        }
    }

    @Test
    void withoutSaspASkinInjectionStillRaisesDistantOrgansThroughTheSharedImmuneCapacity() {
        ParameterSet set = withoutSasp(0.4);
        double[][] control = distantBurden(set, false, false);
        double[][] injected = distantBurden(set, true, false);
        for (int k = 0; k < DISTANT.size(); k++) {
            // the skin's extra cells occupy removal that the other organs share: theirs slows
            assertThat(injected[k][0]).as(DISTANT.get(k).id()).isGreaterThan(control[k][0]);
        }
    }

    @Test
    void withSaspCouplingASkinInjectionRaisesDistantOrgans() {
        ParameterSet set = ParameterRegistry.builtIn().defaults();
        assertThat(set.get("organism.sasp.alpha.liver")).isPositive();
        double[][] control = distantBurden(set, false, true);
        double[][] injected = distantBurden(set, true, true);
        for (int k = 0; k < DISTANT.size(); k++) {
            // paired (same random numbers) differences: mean clearly above zero
            int n = control[k].length;
            double mean = 0;
            double sq = 0;
            for (int i = 0; i < n; i++) {
                double d = injected[k][i] - control[k][i];
                mean += d / n;
                sq += d * d / n;
            }
            double se = Math.sqrt((sq - mean * mean) / (n - 1));
            assertThat(mean / se).as(DISTANT.get(k).id() + " paired t").isGreaterThan(4.0);
        }
        // and without noise the rise is strictly positive in every distant organ
        double[][] quietControl = distantBurden(set, false, false);
        double[][] quietInjected = distantBurden(set, true, false);
        for (int k = 0; k < DISTANT.size(); k++) {
            assertThat(quietInjected[k][0]).isGreaterThan(quietControl[k][0]);
        }
    }

    @Test
    void injectionAddsTheRegistryConversionOfCellsToBurden() {
        OrganismModel mice = OrganismModel.builder(ParameterRegistry.builtIn().defaults()).species(Species.MOUSE).build();
        OrganismSimulation sim = mice.start(1, 0, 0.25, 1.0);
        double skin = sim.burden(Organ.SKIN);
        double total = sim.totalBurden();
        sim.apply(new OrganismEvent.Injection(0.25, Organ.SKIN, CELLS));
        double units = CELLS / ParameterRegistry.builtIn().defaults().get("organism.injection.cells_per_unit.mouse");
        assertThat(sim.totalBurden() - total).isCloseTo(units, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(sim.burden(Organ.SKIN) - skin).isCloseTo(units / sim.parameters().weight(Organ.SKIN),
                org.assertj.core.data.Offset.offset(1e-12));
        double liver = sim.burden(Organ.LIVER);
        sim.apply(OrganismEvent.Injection.body(0.25, CELLS));
        assertThat(sim.burden(Organ.LIVER) - liver).isCloseTo(units, org.assertj.core.data.Offset.offset(1e-12));
    }
}
