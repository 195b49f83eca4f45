package org.senesim.systemic;

import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.run.Cohort;
import org.senesim.run.CohortDesign;
import org.senesim.run.LocalExecutor;
import org.senesim.scenario.Sex;
import org.senesim.scenario.Species;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** Outcomes reproduce what they were calibrated to (values in organism.yaml, targets in docs/organism.md). */
class OutcomeCalibrationTest {

    private static final LocalExecutor TWO_THREADS = new LocalExecutor(2);

    private static double[] gripMedians(Sex sex) {
        OrganismModel model = OrganismModel.builder(ParameterRegistry.builtIn().defaults()).sex(sex).build();
        Cohort c = new CohortDesign(model, 77, 8000, 20, 7).start(TWO_THREADS);
        double[] out = new double[3];
        c.advanceTo(34);
        out[0] = c.snapshot().median("grip_strength");
        c.advanceTo(50);
        out[1] = c.snapshot().median("grip_strength");
        c.advanceTo(85);
        out[2] = c.snapshot().median("grip_strength");
        return out;
    }

    @Test
    void gripStrengthMatchesTheBritishNorms() {
        double[] men = gripMedians(Sex.MALE);
        double[] women = gripMedians(Sex.FEMALE);
        // Dodds 2014: peak medians 51 kg (men 29-39) and 31 kg (women 26-42)
        assertThat(men[0]).isCloseTo(51.0, offset(1.5));
        assertThat(women[0]).isCloseTo(31.0, offset(1.0));
        // about -0.59 and -0.31 kg/year from 50 to 85, within 25%
        assertThat((men[1] - men[2]) / 35).isCloseTo(0.59, offset(0.15));
        assertThat((women[1] - women[2]) / 35).isCloseTo(0.31, offset(0.08));
    }

    @Test
    void frailtyIndexNeverExceedsItsCeilingAndApproachesIt() {
        ParameterSet set = ParameterRegistry.builtIn().defaults();
        OrganismParameters p = OrganismParameters.resolve(set, Species.HUMAN, Sex.FEMALE);
        double ceiling = set.get("organism.frailty.ceiling");
        assertThat(ceiling).isCloseTo(0.7, offset(0.05));
        double previous = 0;
        for (double load = 0; load <= 50; load += 0.25) {
            double fi = OrganismOutcomes.frailtyIndex(p, load);
            assertThat(fi).isLessThanOrEqualTo(ceiling).isGreaterThanOrEqualTo(previous);
            previous = fi;
        }
        assertThat(previous).isGreaterThan(ceiling - 0.01);
        // in a simulated cohort driven hard (heavy smoking) nobody passes the ceiling
        OrganismModel heavy = OrganismModel.builder(set).exposures(Exposures.REFERENCE.withCigarettesPerDay(40)).build();
        Cohort c = new CohortDesign(heavy, 5, 2000, 20, 7).start(TWO_THREADS);
        double max = 0;
        for (int age = 30; age <= 110; age += 5) {
            c.advanceTo(age);
            double highest = c.snapshot().quantile("frailty_index", 1.0);
            if (!Double.isNaN(highest)) {
                max = Math.max(max, highest);
            }
        }
        assertThat(max).isLessThanOrEqualTo(ceiling).isGreaterThan(0.4);
    }

    @Test
    void medianMemoryAndFrailtyAtEightyAreTheirTargets() {
        OrganismModel model = OrganismModel.builder(ParameterRegistry.builtIn().defaults()).build();
        Cohort c = new CohortDesign(model, 78, 8000, 20, 7).start(TWO_THREADS);
        c.advanceTo(80);
        CohortSnapshot s = c.snapshot();
        assertThat(s.median("memory_score")).isCloseTo(-1.0, offset(0.2));
        assertThat(s.median("frailty_index")).isCloseTo(0.2, offset(0.03));
    }

    @Test
    void smokingAPackADayShortensMedianLifeByAboutTenYears() {
        ParameterSet set = ParameterRegistry.builtIn().defaults();
        double[] medians = new double[2];
        int k = 0;
        for (double cigarettes : new double[] {0, 20}) {
            OrganismModel m = OrganismModel.builder(set).exposures(Exposures.REFERENCE.withCigarettesPerDay(cigarettes))
                    .build();
            Cohort c = new CohortDesign(m, 31, 6000, 20, 7).start(TWO_THREADS);
            c.advanceTo(115);
            medians[k++] = new MortalityTable(c.deathAges(), 20, 115).medianDeathAge();
        }
        // Doll 2004: lifelong smokers die about 10 years earlier
        assertThat(medians[0] - medians[1]).isBetween(7.0, 13.0);
    }

    @Test
    void skinFractionConversionRoundTrips() {
        OrganismParameters p = OrganismParameters.resolve(ParameterRegistry.builtIn().defaults(), Species.HUMAN, Sex.MALE);
        assertThat(p.skinFractionFromBurden(p.skinBurdenFromFraction(0.05))).isCloseTo(0.05, offset(1e-15));
        assertThat(Map.of("w", p.weight(Organ.REST)).get("w")).isCloseTo(1 - 0.15 - 0.025 - 0.4 - 0.02, offset(1e-12));
    }
}
