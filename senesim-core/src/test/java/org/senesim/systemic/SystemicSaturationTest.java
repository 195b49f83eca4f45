package org.senesim.systemic;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.observe.TimeSeries;
import org.senesim.scenario.Sex;
import org.senesim.scenario.Species;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where immune removal saturates ({@code organism.clearance.systemic_share}, λ): on the organ's own
 * burden (0) or on the whole-body burden (1, Karin's equation). With organs alike both are Karin's
 * model; they differ when one organ is loaded alone.
 */
class SystemicSaturationTest {

    private static ParameterSet share(double lambda) {
        return ParameterRegistry.builtIn().defaults()
                .with(Map.of("organism.clearance.systemic_share", lambda), ParameterSet.Origin.SCENARIO);
    }

    @Test
    void organsAlikeGiveTheSameWholeBodyBurdenEitherWay() {
        double[] end = new double[2];
        for (int k = 0; k < 2; k++) {
            OrganismModel model = OrganismModel.builder(share(k)).species(Species.HUMAN).sex(Sex.FEMALE).build();
            TimeSeries s = model.simulate(11L, 60, 70, 7.0, List.of()).series();
            end[k] = s.last(s.indexOf("burden_total"));
        }
        // only the rounding of S against X separates them
        assertThat(end[1]).isCloseTo(end[0], org.assertj.core.data.Percentage.withPercentage(1e-6));
    }

    @Test
    void aSmallInductionInOneOrganDecaysFasterWhenSaturationIsSystemic() {
        int[] days = new int[2];
        for (int k = 0; k < 2; k++) {
            days[k] = daysToHalveLiverExcess(share(k));
        }
        // λ = 0: the liver's slow local rate near saturation; λ = 1: the per-cell rate I·β/(κ + S)
        assertThat(days[0]).isGreaterThan(0);
        assertThat(days[1]).isGreaterThan(0).isLessThan(days[0] / 2);
    }

    /** A noise-free woman of 80 given a liver induction; days until the liver excess has halved. */
    private static int daysToHalveLiverExcess(ParameterSet set) {
        OrganismModel model = OrganismModel.builder(set).species(Species.HUMAN).sex(Sex.FEMALE).noise(false).build();
        OrganismSimulation control = model.start(5L, 0L, 80, 1.0);
        OrganismSimulation induced = model.start(5L, 0L, 80, 1.0);
        induced.inject(Organ.LIVER, 2e8);
        double first = induced.burden(Organ.LIVER) - control.burden(Organ.LIVER);
        assertThat(first).isPositive();
        for (int d = 1; d <= 400; d++) {
            control.step();
            induced.step();
            if (induced.burden(Organ.LIVER) - control.burden(Organ.LIVER) <= 0.5 * first) {
                return d;
            }
        }
        return -1;
    }
}
