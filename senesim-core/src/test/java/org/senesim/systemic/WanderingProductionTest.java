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
 * A person's production factor may wander: {@code ln h} an Ornstein-Uhlenbeck process with the
 * stationary SD of {@code organism.heterogeneity.production_sd} and the reversion rate
 * {@code organism.heterogeneity.production_reversion_rate}, stepped exactly on its own random
 * stream. Rate 0 (the default) is the lifelong factor, untouched; every stepper wanders the same way.
 */
class WanderingProductionTest {

    private static final ParameterSet DEFAULTS = ParameterRegistry.builtIn().defaults();
    private static final double RATE = 0.1;
    /** The rate form (a production factor per person), whose factor can wander; not the default since session 19. */
    private static final ParameterSet RATE_FORM = DEFAULTS.with(
            Map.of("organism.heterogeneity.production_sd.human", 0.1), ParameterSet.Origin.SCENARIO);
    private static final ParameterSet WANDERING = DEFAULTS.with(
            Map.of("organism.heterogeneity.production_reversion_rate.human", RATE,
                    "organism.heterogeneity.production_sd.human", 0.1), ParameterSet.Origin.SCENARIO);

    private static OrganismModel human(ParameterSet set) {
        return OrganismModel.builder(set).species(Species.HUMAN).sex(Sex.MALE).build();
    }

    @Test
    void byDefaultTheFactorIsLifelongAndMiceHaveNone() {
        OrganismModel model = human(RATE_FORM);
        assertThat(model.parameters().productionWanders()).isFalse();
        OrganismCohort cohort = model.cohort(4, 50, 30, 7);
        double[] before = cohort.stateColumn(OrganismEquations.TRAIT_PRODUCTION).clone();
        cohort.advanceTo(60);
        double[] after = cohort.stateColumn(OrganismEquations.TRAIT_PRODUCTION);
        double[] deaths = cohort.deathAges();
        int alive = 0;
        for (int i = 0; i < before.length; i++) {
            if (Double.isNaN(deaths[i])) {
                assertThat(after[i]).as("person " + i).isEqualTo(before[i]);
                alive++;
            }
        }
        assertThat(alive).isGreaterThan(40);
        OrganismModel mouse = OrganismModel.builder(DEFAULTS).species(Species.MOUSE).build();
        assertThat(mouse.parameters().productionWanders()).isFalse();
    }

    @Test
    void everyStepperWandersTheSameWayBitForBit() {
        OrganismModel model = human(WANDERING);
        assertThat(model.parameters().productionWanders()).isTrue();
        int people = 30;
        OrganismCohort cohort = model.cohort(3, people, 30, 7);
        double[] start = cohort.stateColumn(OrganismEquations.TRAIT_PRODUCTION).clone();
        cohort.advanceTo(100);
        double[] deaths = cohort.deathAges();
        double[] h = cohort.stateColumn(OrganismEquations.TRAIT_PRODUCTION);
        double[] muscle = cohort.stateColumn(Organ.MUSCLE.ordinal());
        // the trial path: people with a skin source of their own
        OrganismModel plugged = OrganismModel.builder(WANDERING).species(Species.HUMAN).sex(Sex.MALE)
                .skin(CompartmentSkin::new).build();
        OrganismPeople block = new OrganismPeople(people, 7, true);
        OrganismSimulation[] single = new OrganismSimulation[people];
        for (int i = 0; i < people; i++) {
            OrganismModel.StartingState s = plugged.startingState(3, i, 30);
            block.add(plugged, s, new CompartmentSkin(plugged.parameters()));
            single[i] = plugged.start(s, 7);
        }
        long steps = OrganismModel.stepsBetween(30, 100, 7);
        for (long n = 0; n < steps; n++) {
            block.step();
            for (OrganismSimulation sim : single) {
                sim.step();
            }
        }
        int moved = 0;
        for (int i = 0; i < people; i++) {
            OrganismRun run = model.simulate(3, i, 30, 100, 7, 1, List.of());
            assertThat(Double.compare(run.deathAgeYears(), deaths[i])).as("person " + i).isZero();
            assertThat(Double.compare(single[i].deathAgeYears(), block.deathAgeYears(i))).as("person " + i).isZero();
            if (Double.isNaN(deaths[i])) {
                OrganismSimulation sim = model.start(3, i, 30, 7);
                while (sim.stepIndex() < steps) {
                    sim.step();
                }
                assertThat(sim.state()[OrganismEquations.TRAIT_PRODUCTION]).isEqualTo(h[i]);
                assertThat(sim.burden(Organ.MUSCLE)).isEqualTo(muscle[i]);
                moved += h[i] != start[i] ? 1 : 0;
            }
            if (single[i].alive()) {
                assertThat(block.totalBurden(i)).isEqualTo(single[i].totalBurden());
            }
        }
        assertThat(moved).isGreaterThan(0);
    }

    @Test
    void theLogFactorKeepsItsStationarySpreadAndForgetsAtTheReversionRate() {
        OrganismParameters p = human(WANDERING).parameters();
        double dt = 7;
        double[] ab = p.productionWander(dt);
        int people = 20_000;
        long years = 10;
        long steps = OrganismModel.stepsBetween(0, years, dt);
        double sum0 = 0;
        double sum1 = 0;
        double sum00 = 0;
        double sum11 = 0;
        double sum01 = 0;
        for (int i = 0; i < people; i++) {
            double h0 = p.productionFactor(11, i);
            double h = h0;
            for (long n = 0; n < steps; n++) {
                h = OrganismParameters.wanderedProductionFactor(h, ab[0], ab[1], 11, n, i);
            }
            double y0 = Math.log(h0);
            double y1 = Math.log(h);
            sum0 += y0;
            sum1 += y1;
            sum00 += y0 * y0;
            sum11 += y1 * y1;
            sum01 += y0 * y1;
        }
        double sd0 = Math.sqrt(sum00 / people - Math.pow(sum0 / people, 2));
        double sd1 = Math.sqrt(sum11 / people - Math.pow(sum1 / people, 2));
        double corr = (sum01 / people - sum0 * sum1 / ((double) people * people)) / (sd0 * sd1);
        double sigma = p.productionSd;
        assertThat(sd0).isCloseTo(sigma, org.assertj.core.data.Offset.offset(0.03 * sigma));
        assertThat(sd1).isCloseTo(sigma, org.assertj.core.data.Offset.offset(0.03 * sigma));
        // exp(-rate * elapsed years): ten years at 0.1 per year, e^-1
        double elapsed = steps * dt / OrganismParameters.DAYS_PER_YEAR;
        assertThat(corr).isCloseTo(Math.exp(-RATE * elapsed), org.assertj.core.data.Offset.offset(0.03));
    }
}
