package org.senesim.systemic;

import org.senesim.evidence.ParameterRegistry;
import org.senesim.observe.TimeSeries;
import org.senesim.run.Cohort;
import org.senesim.run.CohortDesign;
import org.senesim.run.LocalExecutor;
import org.senesim.scenario.Sex;
import org.senesim.scenario.Species;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrganismDeterminismTest {

    private static final OrganismModel HUMAN = OrganismModel.builder(ParameterRegistry.builtIn().defaults())
            .species(Species.HUMAN).sex(Sex.FEMALE).build();

    @Test
    void sameSeedGivesTheIdenticalSeriesAndADifferentSeedDoesNot() {
        List<OrganismEvent> events = List.of(new OrganismEvent.Injection(40, Organ.SKIN, 1e9),
                OrganismEvent.SenolyticDose.systemic(60, 0.3));
        OrganismRun a = HUMAN.simulate(5, 20, 110, 1.0, events);
        OrganismRun b = HUMAN.simulate(5, 20, 110, 1.0, events);
        OrganismRun c = HUMAN.simulate(6, 20, 110, 1.0, events);
        assertThat(a.series().rows()).isEqualTo(b.series().rows()).isGreaterThan(1000);
        for (int col = 0; col < a.series().columns().size(); col++) {
            assertThat(a.series().column(col)).as(a.series().columns().get(col).id()).isEqualTo(b.series().column(col));
        }
        assertThat(Double.compare(a.deathAgeYears(), b.deathAgeYears())).isZero();
        assertThat(a.series().column(0)).isNotEqualTo(c.series().column(0));
    }

    /**
     * The run layer's cohort (blocks of people, run side by side by the executor) gives everyone
     * exactly the numbers of one block holding the whole cohort on this thread, events included.
     */
    @Test
    void cohortIsIdenticalAsOneBlockAndAsBlocksOnTwoThreads() {
        OrganismCohort a = HUMAN.cohort(9, 3000, 20, 7);
        Cohort b = new CohortDesign(HUMAN, 9, 3000, 20, 7).start(new LocalExecutor(2));
        assertThat(new CohortDesign(HUMAN, 9, 3000, 20, 7).blocks()).hasSize(6);
        a.advanceTo(70);
        b.advanceTo(70);
        a.apply(OrganismEvent.SenolyticDose.systemic(70, 0.5));
        b.apply(OrganismEvent.SenolyticDose.systemic(70, 0.5));
        a.advanceTo(110);
        b.advanceTo(110);
        assertThat(b.deathAges()).isEqualTo(a.deathAges());
        assertThat(b.stateColumn(Organ.MUSCLE.ordinal())).isEqualTo(a.stateColumn(Organ.MUSCLE.ordinal()));
        assertThat(b.snapshot().column("frailty_index")).isEqualTo(a.snapshot().column("frailty_index"));
    }

    @Test
    void cohortPersonFollowsExactlyTheSinglePersonPath() {
        int people = 40;
        OrganismCohort cohort = HUMAN.cohort(3, people, 30, 7);
        cohort.advanceTo(105);
        double[] deaths = cohort.deathAges();
        double[] muscle = cohort.stateColumn(Organ.MUSCLE.ordinal());
        double[] persistent = cohort.stateColumn(OrganismEquations.PERSISTENT + Organ.MUSCLE.ordinal());
        double[] production = cohort.stateColumn(OrganismEquations.TRAIT_PRODUCTION);
        for (int i = 0; i < people; i++) {
            OrganismRun run = HUMAN.simulate(3, i, 30, 105, 7, 1, List.of());
            assertThat(Double.compare(run.deathAgeYears(), deaths[i])).as("person " + i).isZero();
            if (Double.isNaN(deaths[i])) {
                TimeSeries s = run.series();
                assertThat(HUMAN.start(3, i, 30, 7).state()[OrganismEquations.TRAIT_PRODUCTION]).isEqualTo(production[i]);
                // the series shows the organ's markers: clearable plus persistent burden
                assertThat(s.last(s.indexOf("burden_muscle"))).isEqualTo(muscle[i] + persistent[i]);
            }
        }
    }

    @Test
    void theCompartmentSkinSourceAgreesWithTheBuiltInSkinToTheOrderOfTheStep() {
        // Same equation and random numbers; the source sees blood SASP at the start of each step
        // where the built-in skin re-evaluates it at the midpoint, so daily paths differ by ~0.1%.
        OrganismModel plugged = OrganismModel.builder(ParameterRegistry.builtIn().defaults())
                .species(Species.HUMAN).sex(Sex.FEMALE).skin(CompartmentSkin::new).build();
        List<OrganismEvent> events = List.of(new OrganismEvent.Injection(30, Organ.SKIN, 1e9),
                new OrganismEvent.SenolyticDose(50, java.util.Set.of(Organ.SKIN), 0.4));
        for (long seed = 1; seed <= 4; seed++) {
            OrganismRun builtIn = HUMAN.simulate(seed, 0, 20, 110, 1.0, 1, events);
            OrganismRun viaSource = plugged.simulate(seed, 0, 20, 110, 1.0, 1, events);
            assertThat(viaSource.deathAgeYears()).isCloseTo(builtIn.deathAgeYears(),
                    org.assertj.core.data.Offset.offset(0.5));
            int rows = Math.min(builtIn.series().rows(), viaSource.series().rows());
            for (String id : new String[] {"burden_skin", "burden_liver", "burden_total"}) {
                int c = builtIn.series().indexOf(id);
                double num = 0;
                double den = 0;
                for (int r = 0; r < rows; r++) {
                    double d = builtIn.series().value(r, c) - viaSource.series().value(r, c);
                    num += d * d;
                    den += builtIn.series().value(r, c) * builtIn.series().value(r, c);
                }
                assertThat(Math.sqrt(num / den)).as(id + " relative RMS difference, seed " + seed).isLessThan(0.01);
            }
        }
    }
}
