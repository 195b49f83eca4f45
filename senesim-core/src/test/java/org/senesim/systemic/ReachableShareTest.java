package org.senesim.systemic;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

/**
 * The senolytic-reachable share of an organ's burden ({@link OrganismEquations#REACHABLE}): a dose
 * kills its fraction of the reachable cells only, the share re-forms from new cells between doses,
 * and the flat stepper follows the single person's path through doses and continuous removal bit for bit.
 */
class ReachableShareTest {

    private static final ParameterSet DEFAULTS = ParameterRegistry.builtIn().defaults();
    private static final OrganismModel HUMAN = OrganismModel.builder(DEFAULTS).build();
    private static final int REST = Organ.REST.ordinal();
    private static final int MUSCLE = Organ.MUSCLE.ordinal();
    private static final String REST_SHARE = OrganismParameters.REACHABLE_SHARE + ".human.rest";

    private static double share(OrganismSimulation sim, int organ) {
        return sim.state()[OrganismEquations.REACHABLE + organ];
    }

    @Test
    void aDoseKillsItsFractionOfTheReachableCellsAndASecondAtOnceFindsFewer() {
        double phi = DEFAULTS.get(REST_SHARE);
        assertThat(phi).isGreaterThan(0).isLessThan(1);
        OrganismSimulation sim = HUMAN.start(4, 0, 70, 7.0);
        assertThat(share(sim, REST)).isEqualTo(phi);
        double before = sim.burden(Organ.REST);
        sim.applySenolytic(Set.of(Organ.REST), 0.35);
        double afterFirst = sim.burden(Organ.REST);
        assertThat(afterFirst).isCloseTo(before * (1 - 0.35 * phi), offset(1e-12));
        double s1 = share(sim, REST);
        assertThat(s1).isCloseTo(phi * 0.65 / (1 - 0.35 * phi), offset(1e-12));
        // the same dose again at once: the reachable cells it leaves are fewer, so it removes less
        sim.applySenolytic(Set.of(Organ.REST), 0.35);
        double secondRemoved = 1 - sim.burden(Organ.REST) / afterFirst;
        assertThat(secondRemoved).isCloseTo(0.35 * s1, offset(1e-12)).isLessThan(0.35 * phi);
        // killing every reachable cell leaves none reachable and the rest of the burden
        OrganismSimulation all = HUMAN.start(4, 0, 70, 7.0);
        double whole = all.burden(Organ.REST);
        all.applySenolytic(Set.of(Organ.REST), 1.0);
        assertThat(share(all, REST)).isZero();
        assertThat(all.burden(Organ.REST)).isCloseTo(whole * (1 - phi), offset(1e-12));
    }

    @Test
    void theShareReFormsFromNewCellsBetweenDoses() {
        double phi = DEFAULTS.get(REST_SHARE);
        OrganismSimulation sim = HUMAN.start(4, 0, 60, 7.0);
        sim.applySenolytic(Set.of(Organ.REST), 0.9);
        double previous = share(sim, REST);
        assertThat(previous).isLessThan(0.2 * phi);
        for (int week = 0; week < 52 * 3 && sim.alive(); week++) {
            sim.step();
            double now = share(sim, REST);
            assertThat(now).as("week " + week).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(phi);
            previous = now;
        }
        // production renews a senescent cell pool within months at 60 (per-cell production P/X)
        assertThat(previous).isCloseTo(phi, offset(0.01 * phi));
    }

    @Test
    void anOrganReachedWholeKeepsItsShareAtExactlyOne() {
        OrganismSimulation sim = HUMAN.start(5, 1, 50, 7.0);
        sim.setSenolyticRate(Organ.MUSCLE, 0.02);
        for (int week = 0; week < 200 && sim.alive(); week++) {
            if (week % 4 == 0) {
                sim.applySenolytic(EnumSet.of(Organ.MUSCLE, Organ.SKIN), 0.35);
            }
            sim.step();
            assertThat(share(sim, MUSCLE)).isEqualTo(1.0);
            assertThat(share(sim, Organ.SKIN.ordinal())).isEqualTo(1.0);
        }
    }

    @Test
    void frequentDosesFindLessToKillThanSpacedOnes() {
        // weekly doses each meet a share the last one depleted, doses every six months meet it re-formed;
        // measured over 200 people from 70, whose burdens (and so per-cell production) wander with the noise
        double weekly = meanRemovedPerDose(1);
        double halfYearly = meanRemovedPerDose(26);
        double phi = DEFAULTS.get(REST_SHARE);
        assertThat(weekly).isLessThan(0.8 * halfYearly);
        assertThat(halfYearly).isLessThanOrEqualTo(0.35 * phi + 1e-12).isGreaterThan(0.97 * 0.35 * phi);
    }

    private static double meanRemovedPerDose(int everyWeeks) {
        double removed = 0;
        int doses = 0;
        for (int i = 0; i < 200; i++) {
            OrganismSimulation sim = HUMAN.start(1, i, 70, 7.0);
            for (int week = 0; week < 52 * 10 && sim.alive(); week++) {
                double x = sim.burden(Organ.REST);
                if (week % everyWeeks == 0 && x > 0) {
                    sim.applySenolytic(Set.of(Organ.REST), 0.35);
                    removed += 1 - sim.burden(Organ.REST) / x;
                    doses++;
                }
                sim.step();
            }
        }
        return removed / doses;
    }

    @Test
    void theCohortFollowsTheSinglePathThroughDosesAndContinuousRemoval() {
        int people = 24;
        OrganismCohort cohort = HUMAN.cohort(9, people, 55, 7);
        OrganismSimulation[] single = new OrganismSimulation[people];
        for (int i = 0; i < people; i++) {
            single[i] = HUMAN.start(9, i, 55, 7);
        }
        for (int week = 0; week < 52 * 30; week++) {
            if (week % 6 == 0) {
                OrganismEvent dose = OrganismEvent.SenolyticDose.systemic(cohort.ageYears(), 0.3);
                cohort.apply(dose);
                for (OrganismSimulation s : single) {
                    if (s.alive()) {
                        s.apply(dose);
                    }
                }
            }
            if (week == 52 * 10) {
                cohort.setSenolyticRate(Organ.REST, 0.004);
                for (OrganismSimulation s : single) {
                    s.setSenolyticRate(Organ.REST, 0.004);
                }
            }
            cohort.advance(1);
            for (OrganismSimulation s : single) {
                if (s.alive()) {
                    s.step();
                }
            }
        }
        double[] deaths = cohort.deathAges();
        double[] rest = cohort.stateColumn(REST);
        double[] share = cohort.stateColumn(OrganismEquations.REACHABLE + REST);
        int died = 0;
        for (int i = 0; i < people; i++) {
            assertThat(Double.compare(single[i].deathAgeYears(), deaths[i])).as("person " + i).isZero();
            if (single[i].alive()) {
                assertThat(single[i].burden(Organ.REST)).as("person " + i).isEqualTo(rest[i]);
                assertThat(share(single[i], REST)).as("person " + i).isEqualTo(share[i]).isLessThan(1.0);
            } else {
                died++;
            }
        }
        assertThat(died).isPositive().isLessThan(people);
    }

    @Test
    void aShareOutsideItsBoundsIsRefusedWithItsId() {
        ParameterSet bad = DEFAULTS.with(Map.of(REST_SHARE, 1.5), ParameterSet.Origin.SCENARIO);
        assertThatThrownBy(() -> OrganismModel.builder(bad).build().start(1, 0, 40, 7))
                .hasMessageContaining(REST_SHARE).hasMessageContaining("[0, 1]");
        // nothing reachable (the evidence filter's neutral value): a dose removes nothing
        ParameterSet none = DEFAULTS.with(Map.of(REST_SHARE, 0.0), ParameterSet.Origin.SCENARIO);
        OrganismSimulation sim = OrganismModel.builder(none).build().start(1, 0, 70, 7);
        double x = sim.burden(Organ.REST);
        sim.applySenolytic(Set.of(Organ.REST), 0.35);
        sim.setSenolyticRate(Organ.REST, 0.1);
        assertThat(sim.burden(Organ.REST)).isEqualTo(x);
        sim.step();
        assertThat(share(sim, REST)).isZero();
    }
}
