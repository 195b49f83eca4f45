package org.senesim.intervention;

import org.junit.jupiter.api.Test;
import org.senesim.coupling.OrganismInputs;
import org.senesim.engine.TissueSimulation;
import org.senesim.evidence.ParameterSet;
import org.senesim.meanfield.MeanFieldSkin;
import org.senesim.meanfield.ReducedMeanFieldSkin;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Scenario;
import org.senesim.systemic.Organ;
import org.senesim.systemic.OrganismCohort;
import org.senesim.systemic.OrganismModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A cohort of 1,000 people takes an arm's timeline through the same events as one person's run. */
class CohortApplierTest {

    private static final int PEOPLE = 1000;
    private static final double WEEK = 7.0;

    private static final String SCENARIO = """
            name: cohort
            duration: 10 years
            person: {age: 70 years}
            tissue: {dimension: 2D, size: [1 mm, 1.2 mm], voxel: 20 um}
            protocol:
              - arm: none
              - arm: oral
                steps: [{drug: dasatinib-quercetin, route: oral, start: 71 years, until: 79 years, interval: 4 weeks}]
              - arm: laser
                steps: [{device: thulium-1927, start: 71 years}]
            """;

    /** Mean skin and liver burden of the living at the end, after {@code years} from {@code startAge}. */
    private static double[] run(Scenario s, String arm, double startAge, double years) {
        ParameterSet p = InterventionTestSupport.defaults();
        OrganismModel model = OrganismModel.builder(p).species(s.person().species()).sex(s.person().sex()).build();
        OrganismCohort cohort = model.cohort(3, PEOPLE, startAge, WEEK);
        CohortApplier applier = new CohortApplier(Timeline.of(s.protocol().arm(arm), p), p, s.person(), WEEK);
        int steps = (int) Math.round(years * 365.25 / WEEK);
        for (int k = 0; k < steps; k++) {
            applier.beforeStep(cohort);
            cohort.advance(1);
        }
        return new double[] {mean(cohort.stateColumn(Organ.SKIN.ordinal())), mean(cohort.stateColumn(Organ.LIVER.ordinal()))};
    }

    private static double mean(double[] x) {
        double sum = 0;
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void anOralSenolyticLowersTheBurdenOfACohortEnrolledAtAnyAge() {
        Scenario s = InterventionTestSupport.scenario(SCENARIO);
        for (double enrolled : new double[] {60, 70}) {
            // the timeline's days count from enrolment: the first dose comes a year in, whatever the age
            double[] before = run(s, "oral", enrolled, 0.99);
            double[] beforeUntreated = run(s, "none", enrolled, 0.99);
            assertThat(before).containsExactly(beforeUntreated);
            double[] treated = run(s, "oral", enrolled, 6);
            double[] untreated = run(s, "none", enrolled, 6);
            assertThat(treated[0]).isLessThan(untreated[0]);
            assertThat(treated[1]).isLessThan(untreated[1]);
        }
    }

    @Test
    void aCohortRefusesWhatActsOnAPatchWithTheStep() {
        Scenario s = InterventionTestSupport.scenario(SCENARIO);
        ParameterSet p = InterventionTestSupport.defaults();
        assertThatThrownBy(() -> new CohortApplier(Timeline.of(s.protocol().arm("laser"), p), p, s.person(), WEEK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("protocol[2].steps[0] (line 10): thulium-1927")
                .hasMessageContaining("Fix:");
    }

    /**
     * Issue #10: a cohort of 1,000 people receives the flagship's pre-juvenation arm (fractional
     * laser twice a year plus sunscreen) through the same timeline, on the reduced mean-field skin
     * treated by the arm's mean-field applier; days count from enrolment, so a cohort enrolled at 45
     * starts its sessions at 45.
     */
    @Test
    void aCohortOfAThousandReceivesTheFlagshipProtocolOnATreatedReducedSkin() {
        Scenario s = Flagship.scenario();
        ParameterSet p = s.parameterSet();
        for (double enrolled : new double[] {35, 45}) {
            double untreated = flagshipCohort(s, p, s.protocol().arm("no-treatment"), enrolled);
            double treated = flagshipCohort(s, p, s.protocol().arm("pre-juvenation"), enrolled);
            assertThat(treated).as("mean skin burden after 10 years, enrolled at %s", enrolled).isLessThan(0.95 * untreated);
        }
    }

    private static double flagshipCohort(Scenario s, ParameterSet p, Arm arm, double enrolled) {
        OrganismModel model = OrganismModel.builder(p).species(s.person().species()).sex(s.person().sex())
                .exposures(OrganismInputs.exposures(s.person())).build();
        ReducedMeanFieldSkin skin = new ReducedMeanFieldSkin(p, s.person(), TissueSimulation.latticeOf(s.tissue()), model,
                MeanFieldSkin.BloodSasp.asPatchSkin(p, model, 3));
        Timeline timeline = Timeline.of(arm, p);
        skin.treat(new MeanFieldSchedule(arm, timeline, p, s.person()));
        OrganismCohort cohort = model.cohort(3, PEOPLE, enrolled, WEEK, skin);
        CohortApplier applier = new CohortApplier(timeline, p, s.person(), WEEK, true);
        int steps = (int) Math.round(10 * 365.25 / WEEK);
        for (int k = 0; k < steps; k++) {
            applier.beforeStep(cohort);
            cohort.advance(1);
        }
        return mean(cohort.stateColumn(Organ.SKIN.ordinal()));
    }
}
