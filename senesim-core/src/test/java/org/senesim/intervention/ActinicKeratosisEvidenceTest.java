package org.senesim.intervention;

import org.senesim.run.ArmRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Actinic keratoses six months after treatment, against the same person untreated (same seed), as
 * the trials measured them. The per-session clearances in the registry were calibrated here (their
 * notes say so); the pulsed dye laser was not: its zero comes from the trial, and the model must say
 * "no effect".
 *
 * <p>A sun-damaged fair-skinned person from 45 to 65.6; a 10 mm wide 2D section gives 500 basal
 * units, enough for AK counts that are smooth between arms.
 */
class ActinicKeratosisEvidenceTest {

    private static final String SCENARIO = """
            name: ak-trials
            seed: 3
            duration: 20.6 years
            person: {age: 45 years, fitzpatrick: 1, latitude: 30, outdoor_hours: 3}
            tissue: {dimension: 2D, size: [10 mm, 0.4 mm], voxel: 20 um}
            outputs: {every: 30 days, snapshots: []}
            protocol:
              - arm: untreated
              # Chen 2020: one ablative fractional session, AKs counted 6 months later
              - arm: co2
                steps: [{device: co2-fractional, start: 65 years}]
              # Weiss 2013: up to 4 sessions of 1,927 nm 2-6 weeks apart, 6 months after the last
              - arm: thulium
                steps: [{device: thulium-1927, start: 64.6 years, sessions: 4, interval: 4 weeks, settings: {coverage: 45 %}}]
              # Katz 2011: 5 sessions of 1,550 nm 2-4 weeks apart
              - arm: erbium-glass
                steps: [{device: erbium-glass-1550, start: 64.5 years, sessions: 5, interval: 3 weeks, settings: {coverage: 35 %, energy: 40 mJ}}]
              # Alexiades-Armenakas 2003: pulsed dye laser alone
              - arm: pulsed-dye
                steps: [{device: pulsed-dye-595, start: 65 years}]
            """;

    private static List<ArmRun> runs;

    @BeforeAll
    static void run() {
        runs = InterventionTestSupport.compare(InterventionTestSupport.scenario(SCENARIO), 2);
    }

    private static double reduction(int arm) {
        double untreated = InterventionTestSupport.last(runs.get(0), "actinic_keratoses");
        double treated = InterventionTestSupport.last(runs.get(arm), "actinic_keratoses");
        return 1.0 - treated / untreated;
    }

    @Test
    void theUntreatedSkinHasActinicKeratosesToClear() {
        // per 100 cm2 of sun-exposed skin: 0.5 is ten AKs on the 2,000 cm2 of a person's exposed sites
        assertThat(InterventionTestSupport.last(runs.get(0), "actinic_keratoses")).isGreaterThan(0.5);
    }

    @Test
    void pulsedDyeAloneDoesNotLowerActinicKeratoses() {
        // Alexiades-Armenakas & Geronemus 2003: no decrease in the laser-only control group.
        assertThat(reduction(4)).isCloseTo(0.0, within(0.03));
    }

    @Test
    void oneAblativeFractionalSessionLowersThemAboutAsInChen2020() {
        assertThat(reduction(1)).isCloseTo(0.62, within(0.1));
    }

    @Test
    void fourThuliumSessionsLowerThemAboutAsInWeiss2013() {
        assertThat(reduction(2)).isCloseTo(0.866, within(0.08));
    }

    @Test
    void fiveErbiumGlassSessionsLowerThemAboutAsInKatz2011() {
        assertThat(reduction(3)).isCloseTo(0.556, within(0.1));
    }
}
