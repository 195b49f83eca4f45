package org.senesim.systemic;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Sex;
import org.senesim.scenario.Species;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offset form of between-person variation ({@code organism.heterogeneity.age_offset_sd}): each
 * person is persistently {@code δ} years older or younger than their age and ages at the population's
 * rate ({@code η·h·max(0, a + δ)}), against the rate form ({@code production_sd}, a factor on η).
 */
class AgeOffsetTest {

    private static final ParameterSet DEFAULTS = ParameterRegistry.builtIn().defaults();

    private static OrganismModel women(double productionSd, double offsetSd) {
        ParameterSet set = DEFAULTS.with(Map.of("organism.heterogeneity.production_sd.human", productionSd,
                "organism.heterogeneity.age_offset_sd.human", offsetSd), ParameterSet.Origin.SCENARIO);
        return OrganismModel.builder(set).species(Species.HUMAN).sex(Sex.FEMALE).build();
    }

    @Test
    void theOffsetShiftsProductionByAFixedNumberOfYearsAndIsZeroByDefault() {
        assertThat(OrganismEquations.productionAge(70, 0.0)).isEqualTo(70.0);
        assertThat(OrganismEquations.productionAge(70, 6.5)).isEqualTo(76.5);
        assertThat(OrganismEquations.productionAge(20, -25)).isZero();
        OrganismModel byDefault = OrganismModel.builder(DEFAULTS).species(Species.HUMAN).sex(Sex.FEMALE).build();
        assertThat(byDefault.start(4, 7, 30, 7).state()[OrganismEquations.TRAIT_AGE_OFFSET]).isZero();
        // one latent draw per person: the offset has the sign of the log production factor of the rate form
        OrganismModel rate = women(0.1, 0.0);
        OrganismModel offset = women(0.0, 8.0);
        for (int i = 0; i < 20; i++) {
            double h = rate.start(4, i, 30, 7).state()[OrganismEquations.TRAIT_PRODUCTION];
            double[] x = offset.start(4, i, 30, 7).state();
            assertThat(x[OrganismEquations.TRAIT_PRODUCTION]).isEqualTo(1.0);
            assertThat(x[OrganismEquations.TRAIT_AGE_OFFSET]).isCloseTo(80.0 * Math.log(h), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void aCohortPersonWithAnOffsetFollowsExactlyTheSinglePersonPath() {
        OrganismModel model = women(0.0, 8.0);
        int people = 40;
        OrganismCohort cohort = model.cohort(3, people, 50, 7);
        cohort.advanceTo(95);
        double[] deaths = cohort.deathAges();
        double[] muscle = cohort.stateColumn(Organ.MUSCLE.ordinal());
        double[] persistent = cohort.stateColumn(OrganismEquations.PERSISTENT + Organ.MUSCLE.ordinal());
        double[] offsets = cohort.stateColumn(OrganismEquations.TRAIT_AGE_OFFSET);
        int died = 0;
        for (int i = 0; i < people; i++) {
            OrganismRun run = model.simulate(3, i, 50, 95, 7, 1, List.of());
            assertThat(Double.compare(run.deathAgeYears(), deaths[i])).as("person " + i).isZero();
            if (Double.isNaN(deaths[i])) {
                assertThat(model.start(3, i, 50, 7).state()[OrganismEquations.TRAIT_AGE_OFFSET]).isEqualTo(offsets[i]);
                assertThat(run.series().last(run.series().indexOf("burden_muscle"))).isEqualTo(muscle[i] + persistent[i]);
            } else {
                died++;
            }
        }
        assertThat(died).isBetween(1, people - 1);
    }

    @Test
    void anOlderBiologicalAgeMeansAHigherStartingBurden() {
        OrganismModel offset = women(0.0, 8.0);
        double[] older = null;
        double[] younger = null;
        for (int i = 0; i < 40 && (older == null || younger == null); i++) {
            double[] x = offset.start(11, i, 60, 7).state();
            if (x[OrganismEquations.TRAIT_AGE_OFFSET] > 4) {
                older = x;
            } else if (x[OrganismEquations.TRAIT_AGE_OFFSET] < -4) {
                younger = x;
            }
        }
        assertThat(older).isNotNull();
        assertThat(younger).isNotNull();
        double ratio = (60 + older[OrganismEquations.TRAIT_AGE_OFFSET]) / (60 + younger[OrganismEquations.TRAIT_AGE_OFFSET]);
        // at the start burdens scale with production, η·max(0, a + δ)
        assertThat(older[Organ.LIVER.ordinal()] / younger[Organ.LIVER.ordinal()]).isCloseTo(ratio,
                org.assertj.core.data.Offset.offset(1e-9 * ratio));
    }
}
