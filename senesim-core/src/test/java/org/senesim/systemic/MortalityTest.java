package org.senesim.systemic;

import org.senesim.evidence.ParameterRegistry;
import org.senesim.run.Cohort;
import org.senesim.run.CohortDesign;
import org.senesim.run.LocalExecutor;
import org.senesim.scenario.Species;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Gompertz law emerging from the burden crossing X_c (Karin et al. 2019). */
class MortalityTest {

    private static final LocalExecutor TWO_THREADS = new LocalExecutor(2);

    @Test
    void humanHazardRisesExponentiallyOverAdultAges() {
        OrganismModel model = OrganismModel.builder(ParameterRegistry.builtIn().defaults()).build();
        Cohort cohort = new CohortDesign(model, 2024, 10_000, 20, 7).start(TWO_THREADS);
        cohort.advanceTo(110);
        MortalityTable table = new MortalityTable(cohort.deathAges(), 20, 110);
        List<MortalityTable.Band> bands = table.bands(50, 95, 5);
        double slope = MortalityTable.gompertzSlope(bands, 20);
        // Human mortality doubles every 7-10 years over 50-90 (Gompertz slope 0.07-0.10 per year);
        // the band allows for the model's own fit and 10,000 people: 0.06 to 0.14 per year.
        assertThat(slope).isBetween(0.06, 0.14);
        // log-hazard close to a straight line: every band's hazard within a factor 2 of the fit's trend
        for (int i = 1; i < bands.size(); i++) {
            assertThat(bands.get(i).hazard()).isGreaterThan(bands.get(i - 1).hazard());
        }
        // median age at death near Karin's human fit (mid 80s), loose
        assertThat(table.medianDeathAge()).isBetween(78.0, 92.0);
        // most deaths are intrinsic; extrinsic 0.4e-3/year makes a few per cent
        long extrinsic = java.util.Arrays.stream(cohort.deathCauses()).filter(c -> c == DeathCause.EXTRINSIC).count();
        assertThat(extrinsic).isBetween(100L, 600L);
    }

    @Test
    void mouseMedianLifespanIsThatOfLaboratoryMice() {
        OrganismModel model = OrganismModel.builder(ParameterRegistry.builtIn().defaults()).species(Species.MOUSE).build();
        Cohort cohort = new CohortDesign(model, 7, 4000, 0.25, 1).start(TWO_THREADS);
        cohort.advanceTo(4.5);
        MortalityTable table = new MortalityTable(cohort.deathAges(), 0.25, 4.5);
        // C57BL/6J median lifespan is about 2.3-2.4 years (27-29 months), the data Karin fitted
        assertThat(table.medianDeathAge()).isBetween(2.0, 2.8);
        assertThat(MortalityTable.gompertzSlope(table.bands(1.25, 3.0, 0.25), 20)).isPositive();
    }
}
