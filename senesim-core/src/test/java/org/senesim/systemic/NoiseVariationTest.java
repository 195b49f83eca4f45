package org.senesim.systemic;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Sex;
import org.senesim.scenario.Species;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/**
 * The default form of between-person variation ({@code organism.heterogeneity.noise_sd}): people
 * differ persistently in how much their senescent burden fluctuates. Every stepper applies the
 * person's factor alike, and the variation is large in mid-life and small in late life.
 */
class NoiseVariationTest {

    private static final ParameterSet DEFAULTS = ParameterRegistry.builtIn().defaults();

    private static OrganismModel men(ParameterSet set) {
        return OrganismModel.builder(set).species(Species.HUMAN).sex(Sex.MALE).build();
    }

    @Test
    void theFactorComesFromThePersonsOneLatentDrawAndMiceHaveNone() {
        double sd = DEFAULTS.get("organism.heterogeneity.noise_sd.human");
        assertThat(sd).isPositive();
        OrganismModel noise = men(DEFAULTS);
        // the rate form alone, to read the same draw z through the production factor h = exp(0.1 z)
        OrganismModel rate = men(DEFAULTS.with(Map.of("organism.heterogeneity.production_sd.human", 0.1,
                "organism.heterogeneity.noise_sd.human", 0.0), ParameterSet.Origin.SCENARIO));
        for (int i = 0; i < 20; i++) {
            double[] x = noise.start(4, i, 30, 7).state();
            double z = Math.log(rate.start(4, i, 30, 7).state()[OrganismEquations.TRAIT_PRODUCTION]) / 0.1;
            assertThat(x[OrganismEquations.TRAIT_PRODUCTION]).isEqualTo(1.0);
            assertThat(x[OrganismEquations.TRAIT_NOISE]).isCloseTo(Math.exp(0.5 * sd * z), offset(1e-12));
        }
        OrganismModel mouse = OrganismModel.builder(DEFAULTS).species(Species.MOUSE).build();
        assertThat(mouse.start(4, 3, 1, 7).state()[OrganismEquations.TRAIT_NOISE]).isEqualTo(1.0);
    }

    @Test
    void aCohortPersonFollowsExactlyTheSinglePersonPath() {
        OrganismModel model = men(DEFAULTS);
        int people = 40;
        OrganismCohort cohort = model.cohort(5, people, 55, 7);
        cohort.advanceTo(100);
        double[] deaths = cohort.deathAges();
        double[] liver = cohort.stateColumn(Organ.LIVER.ordinal());
        double[] persistent = cohort.stateColumn(OrganismEquations.PERSISTENT + Organ.LIVER.ordinal());
        int died = 0;
        for (int i = 0; i < people; i++) {
            OrganismRun run = model.simulate(5, i, 55, 100, 7, 1, List.of());
            assertThat(Double.compare(run.deathAgeYears(), deaths[i])).as("person " + i).isZero();
            if (Double.isNaN(deaths[i])) {
                assertThat(run.series().last(run.series().indexOf("burden_liver"))).isEqualTo(liver[i] + persistent[i]);
            } else {
                died++;
            }
        }
        assertThat(died).isBetween(1, people - 1);
    }

    /**
     * Death rate of the quarter of people with the largest fluctuations against the quarter with
     * the smallest, between two ages: large in mid-life, where fluctuations decide who crosses the
     * threshold early, small in late life, where everyone's burden drifts over it alike (as
     * socio-economic mortality ratios narrow with age).
     */
    @Test
    void theVariationMattersMostInMidLifeAndFadesInLateLife() {
        int people = 8000;
        OrganismCohort cohort = men(DEFAULTS).cohort(2020, people, 20, 7);
        double[] factor = cohort.stateColumn(OrganismEquations.TRAIT_NOISE).clone();
        cohort.advanceTo(115);
        double[] death = cohort.deathAges();
        double[] sorted = factor.clone();
        Arrays.sort(sorted);
        double low = sorted[people / 4];
        double high = sorted[3 * people / 4];
        double midLife = rateRatio(factor, death, low, high, 40, 65);
        double lateLife = rateRatio(factor, death, low, high, 90, 105);
        assertThat(midLife).isGreaterThan(3.0);
        assertThat(lateLife).isLessThan(midLife / 2);
        assertThat(lateLife).isGreaterThan(1.0);
    }

    private static double rateRatio(double[] factor, double[] death, double low, double high, double from, double to) {
        double[] exposure = new double[2];
        int[] deaths = new int[2];
        for (int i = 0; i < factor.length; i++) {
            int g = factor[i] <= low ? 0 : factor[i] >= high ? 1 : -1;
            double d = Double.isNaN(death[i]) ? Double.POSITIVE_INFINITY : death[i];
            if (g < 0 || d <= from) {
                continue;
            }
            exposure[g] += Math.min(d, to) - from;
            deaths[g] += d < to ? 1 : 0;
        }
        return (deaths[1] / exposure[1]) / (deaths[0] / exposure[0]);
    }
}
