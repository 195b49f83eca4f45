package org.senesim.systemic;

import org.senesim.scenario.Species;
import org.senesim.scenario.Sex;
import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.observe.TimeSeries;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The stochastic stepper with the noise off against Hipparchus' Dormand–Prince on the same drift. */
class DeterministicSkeletonTest {

    @Test
    void stepperWithoutNoiseMatchesTheHipparchusIntegrator() {
        OrganismModel quiet = OrganismModel.builder(ParameterRegistry.builtIn().defaults())
                .species(Species.HUMAN).sex(Sex.MALE).exposures(Exposures.REFERENCE.withCigarettesPerDay(10))
                .noise(false).build();
        TimeSeries ode = quiet.deterministicPath(20, 100, 365.25);
        double worstCoarse = 0;
        double worstFine = 0;
        for (double dt : new double[] {365.25 / 365, 365.25 / 1461}) {
            TimeSeries sde = quiet.simulate(0, 0, 20, 100, dt, (int) Math.round(365.25 / dt), List.of()).series();
            assertThat(sde.rows()).isEqualTo(ode.rows());
            double worst = 0;
            for (Organ o : Organ.values()) {
                int c = ode.indexOf(OrganismColumns.burden(o));
                for (int r = 0; r < ode.rows(); r++) {
                    assertThat(sde.age(r)).isCloseTo(ode.age(r), org.assertj.core.data.Offset.offset(1e-9));
                    worst = Math.max(worst, Math.abs(sde.value(r, c) - ode.value(r, c)) / ode.value(r, c));
                }
            }
            if (dt > 0.5) {
                worstCoarse = worst;
            } else {
                worstFine = worst;
            }
        }
        // exponential Euler is first order: relative error below 0.5% at daily steps, shrinking with dt
        assertThat(worstCoarse).isLessThan(5e-3);
        assertThat(worstFine).isLessThan(worstCoarse / 2.5);
    }

    @Test
    void skeletonBurdenRisesWithAgeTowardsKarinsCriticalPoint() {
        OrganismModel quiet = OrganismModel.builder(ParameterRegistry.builtIn().defaults()).noise(false).build();
        TimeSeries ode = quiet.deterministicPath(20, 100, 365.25);
        double[] total = ode.column(ode.indexOf("burden_total"));
        for (int r = 1; r < total.length; r++) {
            assertThat(total[r]).isGreaterThan(total[r - 1]);
        }
    }
}
