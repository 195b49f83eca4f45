package org.senesim.systemic;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.run.Cohort;
import org.senesim.run.CohortDesign;
import org.senesim.run.LocalExecutor;
import org.senesim.scenario.Sex;
import org.senesim.scenario.Species;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People differ, persistently, and organs and sexes differ: a person's frailty at 70 carries
 * information about the next ten years; grip strength is spread around the norms; women outlive men;
 * organ senescence markers are not copies of one another; a person's organ markers do not collapse
 * to nothing within a decade.
 */
class PeopleDifferTest {

    private static final LocalExecutor TWO_THREADS = new LocalExecutor(2);

    private static final ParameterSet DEFAULTS = ParameterRegistry.builtIn().defaults();

    /** Ten-year mortality from 70 of the least and the most frail quarter at 70: {bottom, top}. */
    private static double[] mortalityByFrailtyAt70(ParameterSet set) {
        OrganismModel women = OrganismModel.builder(set).species(Species.HUMAN).sex(Sex.FEMALE).build();
        Cohort c = new CohortDesign(women, 70, 8000, 20, 7).start(TWO_THREADS);
        double[] fi;
        c.advanceTo(70);
        fi = c.snapshot().column("frailty_index");
        c.advanceTo(80);
        double[] death = c.deathAges();
        List<double[]> alive = new ArrayList<>();
        for (int i = 0; i < fi.length; i++) {
            if (!Double.isNaN(fi[i])) {
                alive.add(new double[] {fi[i], Double.isNaN(death[i]) ? 1 : 0});
            }
        }
        alive.sort(Comparator.comparingDouble(x -> x[0]));
        int q = alive.size() / 4;
        double bottom = 0;
        double top = 0;
        for (int i = 0; i < q; i++) {
            bottom += 1 - alive.get(i)[1];
            top += 1 - alive.get(alive.size() - 1 - i)[1];
        }
        return new double[] {bottom / q, top / q};
    }

    @Test
    void frailtyAt70PredictsDeathOverTheNextTenYears() {
        double[] withDifferences = mortalityByFrailtyAt70(DEFAULTS);
        double[] without = mortalityByFrailtyAt70(DEFAULTS.with(
                Map.of("organism.heterogeneity.noise_sd.human", 0.0), ParameterSet.Origin.SCENARIO));
        // in people the frailest quarter dies far more often in the following years (Mitnitski 2002)
        assertThat(withDifferences[1] / withDifferences[0]).as("top / bottom quarter, 10-year mortality")
                .isGreaterThan(1.4);
        // and that information comes from persistent differences between people, not from the
        // burden's own memory of weeks: without them frailty predicts much less
        assertThat(withDifferences[1] / withDifferences[0]).isGreaterThan(without[1] / without[0] + 0.2);
    }

    @Test
    void gripStrengthIsSpreadAroundTheNormsNotPiledOnTheMedian() {
        OrganismModel men = OrganismModel.builder(DEFAULTS).species(Species.HUMAN).sex(Sex.MALE).build();
        Cohort c = new CohortDesign(men, 30, 4000, 20, 7).start(TWO_THREADS);
        c.advanceTo(30);
        double[] grip = Arrays.stream(c.snapshot().column("grip_strength")).filter(g -> !Double.isNaN(g)).sorted()
                .toArray();
        long atMedianPeak = Arrays.stream(grip).filter(g -> g == 51.0).count();
        assertThat((double) atMedianPeak / grip.length).isLessThan(0.01);
        // Dodds 2014: SD about 9.6 kg at the peak, so the 10th-90th centiles are about 25 kg apart
        double spread = grip[(int) (0.9 * grip.length)] - grip[(int) (0.1 * grip.length)];
        assertThat(spread).isBetween(20.0, 30.0);
    }

    @Test
    void womenOutliveMen() {
        double[] median = new double[2];
        for (Sex sex : Sex.values()) {
            OrganismModel m = OrganismModel.builder(DEFAULTS).species(Species.HUMAN).sex(sex).build();
            Cohort c = new CohortDesign(m, 11, 6000, 20, 7).start(TWO_THREADS);
            c.advanceTo(115);
            median[sex.ordinal()] = new MortalityTable(c.deathAges(), 20, 115).medianDeathAge();
        }
        // ONS 2018-2020: 85.8 against 82.3 years
        assertThat(median[Sex.FEMALE.ordinal()] - median[Sex.MALE.ordinal()]).isBetween(2.5, 4.5);
    }

    @Test
    void organsDifferAndTheirMarkersDoNotCollapse() {
        OrganismModel women = OrganismModel.builder(DEFAULTS).species(Species.HUMAN).sex(Sex.FEMALE).build();
        int people = 200;
        Cohort c = new CohortDesign(women, 45, people, 45, 7).start(TWO_THREADS);
        double[][] at45 = new double[Organ.COUNT][];
        double[][] later = new double[Organ.COUNT][];
        for (Organ o : Organ.values()) {
            at45[o.ordinal()] = c.snapshot().column(OrganismColumns.burden(o));
        }
        c.advanceTo(75);
        for (Organ o : Organ.values()) {
            later[o.ordinal()] = c.snapshot().column(OrganismColumns.burden(o));
        }
        int liver = Organ.LIVER.ordinal();
        int muscle = Organ.MUSCLE.ordinal();
        int brain = Organ.BRAIN.ordinal();
        int rest = Organ.REST.ordinal();
        int alive = 0;
        for (int i = 0; i < people; i++) {
            if (Double.isNaN(later[liver][i])) {
                continue;
            }
            alive++;
            // turnover times differ (hepatocytes years, myofibres 15 years, neurons a lifetime)
            assertThat(later[liver][i]).isNotEqualTo(later[muscle][i]);
            assertThat(later[muscle][i]).isNotEqualTo(later[brain][i]);
            assertThat(later[brain][i]).isNotEqualTo(later[rest][i]);
            // markers include the slowly changing persistent burden: no collapse to a few per cent of
            // the value 30 years earlier (the clearable burden alone can fall from 1.7 to 0.03); the
            // brain's persistent part builds up slowest (neurons are not replaced), so its markers
            // still follow the clearable burden most
            for (int o : new int[] {liver, muscle, brain, rest}) {
                assertThat(later[o][i] / at45[o][i]).as("person " + i + ", organ " + o).isGreaterThan(0.2);
            }
        }
        assertThat(alive).isGreaterThan(people / 2);
    }
}
