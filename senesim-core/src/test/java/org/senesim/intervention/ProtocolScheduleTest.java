package org.senesim.intervention;


import org.senesim.run.ArmRun;
import org.junit.jupiter.api.Test;
import org.senesim.engine.TissueSimulation;
import org.senesim.evidence.ParameterSet;
import org.senesim.observe.Snapshot;
import org.senesim.parallel.Workers;
import org.senesim.scenario.Diet;
import org.senesim.scenario.Scenario;
import org.senesim.systemic.Organ;
import org.senesim.tissue.TissueModifiers;
import org.senesim.tissue.TissuePatch;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What each mechanism does to the patch and what it reports for the rest of the body. */
class ProtocolScheduleTest {

    private static final String HEAD = """
            seed: 5
            duration: 2 years
            person: {age: 60 years}
            tissue: {dimension: 2D, size: [1 mm, 0.6 mm], voxel: 20 um}
            outputs: {every: 30 days, snapshots: []}
            protocol:
            """;

    /** Runs a one-arm protocol day by day, calling {@code look} after each day's hooks. */
    private static ProtocolSchedule run(String steps, long days, DayWatcher look) {
        Scenario s = InterventionTestSupport.scenario(HEAD + steps);
        ParameterSet p = InterventionTestSupport.defaults();
        ProtocolSchedule schedule = new ProtocolSchedule(s.protocol().arms().get(0), p, s);
        try (Workers w = new Workers(1)) {
            TissuePatch patch = new TissuePatch(p, s.person(), TissueSimulation.latticeOf(s.tissue()), s.seed(), w);
            for (long d = 0; d < days; d++) {
                schedule.beforeDay(patch, d);
                look.after(d, patch);
                patch.step(w);
            }
        }
        return schedule;
    }

    @FunctionalInterface
    private interface DayWatcher {
        void after(long day, TissuePatch patch);
    }

    @Test
    void effectsReplaceOnlyTheirOwnShareOfAModifier() {
        Effects effects = new Effects();
        TissueModifiers m = new TissueModifiers();
        m.clearanceMultiplier = 2.0;
        m.senescentKillHazard = 0.1;
        effects.add(new Effects.Effect(0, Effects.Target.CLEARANCE, Effects.Shape.DECAY, 1.0, 1.0));
        effects.add(new Effects.Effect(0, Effects.Target.KILL, Effects.Shape.CONSTANT, 0.3, 2));
        effects.apply(m, 0);
        assertThat(m.clearanceMultiplier).isEqualTo(4.0);
        assertThat(m.senescentKillHazard).isCloseTo(0.4, within(1e-12));
        for (long d = 1; d < 20; d++) {
            effects.apply(m, d);
        }
        assertThat(m.clearanceMultiplier).isCloseTo(2.0, within(1e-6));
        assertThat(m.senescentKillHazard).isCloseTo(0.1, within(1e-12));
        assertThat(effects.activeCount()).isZero();
    }

    @Test
    void aWoundRaisesClearanceForWeeksThenNewMatrixOverMonths() {
        double[] clearance = new double[200];
        double[] synthesis = new double[200];
        run("  - {device: co2-fractional, start: 60 years}\n", 200, (d, patch) -> {
            clearance[(int) d] = patch.modifiers().clearanceMultiplier;
            synthesis[(int) d] = patch.modifiers().synthesisMultiplier;
        });
        assertThat(clearance[0]).isGreaterThan(2.0);
        assertThat(clearance[120]).isLessThan(1.01);
        assertThat(synthesis[0]).isEqualTo(1.0);
        assertThat(synthesis[60]).isGreaterThan(1.2);
        assertThat(synthesis[60]).isGreaterThan(synthesis[10]).isGreaterThan(synthesis[190]);
    }

    @Test
    void anOralSenolyticKillsInThePatchAndReachesTheBodyATopicalOneOnlyThePatch() {
        double[] kill = new double[2];
        ProtocolSchedule oral = run("  - {drug: dasatinib-quercetin, start: 60.1 years}\n", 40,
                (d, patch) -> kill[0] = Math.max(kill[0], patch.modifiers().senescentKillHazard));
        ProtocolSchedule topical = run("  - {drug: dasatinib-quercetin, route: topical, start: 60.1 years}\n", 40,
                (d, patch) -> kill[1] = Math.max(kill[1], patch.modifiers().senescentKillHazard));
        // 35% of senescent cells over a 3-day course: hazard -ln(0.65)/3 per day.
        assertThat(kill[0]).isCloseTo(-Math.log(0.65) / 3, within(1e-12));
        assertThat(kill[1]).isGreaterThan(0).isLessThan(kill[0]);
        long day = Math.round(0.1 * 365.25);
        SystemicDay systemic = oral.on(day);
        // the rest of the body takes its own figure (intervention.dq.kill_fraction.human.rest, of its reachable share)
        assertThat(1 - Math.pow(1 - systemic.senolyticKillFraction(Organ.REST), 3))
                .isCloseTo(InterventionTestSupport.defaults().get("intervention.dq.kill_fraction.human.rest"), within(1e-9));
        assertThat(systemic.senolyticKillFraction(Organ.BRAIN)).isZero();
        assertThat(oral.on(day + 3).isNeutral()).isTrue();
        assertThat(topical.on(day).isNeutral()).isTrue();
    }

    @Test
    void aSenomorphicDampsSaspWhileTaken() {
        double[] factor = new double[300];
        run("  - {drug: rapamycin, start: 60 years, settings: {course: 100 days}}\n", 150,
                (d, patch) -> factor[(int) d] = patch.modifiers().saspSecretionFactor);
        assertThat(factor[50]).isCloseTo(0.7, within(1e-12));
        assertThat(factor[120]).isEqualTo(1.0);
    }

    @Test
    void sunscreenAndStoppingSmokingChangeExposureFromTheirStartAge() {
        double[] uvAndRos = new double[4];
        run("""
                  - {lifestyle: smoking, start: 60 years, settings: {packs_per_day: 1}}
                  - {lifestyle: smoking, start: 60.5 years, settings: {packs_per_day: 0}}
                  - {lifestyle: sunscreen, start: 61 years, settings: {spf: 50, adherence: 1}}
                """, 600, (d, patch) -> {
                    if (d == 100) {
                        uvAndRos[0] = patch.rosExcess();
                    }
                    if (d == 300) {
                        uvAndRos[1] = patch.rosExcess();
                    }
                });
        assertThat(uvAndRos[0]).isPositive();
        assertThat(uvAndRos[1]).isZero();
        List<ArmRun> runs = InterventionTestSupport.compare(InterventionTestSupport.scenario(HEAD
                + "  - {lifestyle: sunscreen, start: 61 years, settings: {spf: 50, adherence: 1}}\n"), 1);
        double before = InterventionTestSupport.at(runs.get(1), "uv_dose", 60.5) / InterventionTestSupport.at(runs.get(0), "uv_dose", 60.5);
        double after = InterventionTestSupport.at(runs.get(1), "uv_dose", 61.5) / InterventionTestSupport.at(runs.get(0), "uv_dose", 61.5);
        assertThat(before).isEqualTo(1.0);
        // SPF 50 as applied (uv.sunscreen.applied_amount of the 2 mg/cm2 label amount), worn off over the day
        // (uv.sunscreen.day_retention), on all outdoor time
        double share = InterventionTestSupport.defaults().get("uv.sunscreen.applied_amount")
                / InterventionTestSupport.defaults().get("uv.sunscreen.label_amount");
        double retention = InterventionTestSupport.defaults().get("uv.sunscreen.day_retention");
        assertThat(after).isCloseTo(1.0 / (Math.pow(50, share) * retention), org.assertj.core.api.Assertions.within(1e-9));
        Scenario s = InterventionTestSupport.scenario(HEAD + "  - {lifestyle: diet, start: 60.5 years, settings: {diet: western}}\n");
        ProtocolSchedule diet = new ProtocolSchedule(s.protocol().arms().get(0), InterventionTestSupport.defaults(), s);
        assertThat(diet.on(Math.round(0.5 * 365.25)).lifestyle().diet()).isEqualTo(Diet.WESTERN);
    }

    @Test
    void fatTransferActsOnElastinFragmentsMoreWithALaserThanAlone() {
        double[] alone = new double[1];
        double[] combined = new double[1];
        run("  - {cells: fat-transfer, start: 60.1 years}\n", 120, (d, patch) -> {
            if (d == 97) {
                alone[0] = patch.modifiers().fragmentClearanceMultiplier;
            }
        });
        run("  - {device: co2-fractional, start: 60.1 years}\n  - {cells: fat-transfer, start: 60.1 years}\n", 120, (d, patch) -> {
            if (d == 97) {
                combined[0] = patch.modifiers().fragmentClearanceMultiplier;
            }
        });
        double[] laser = new double[1];
        run("  - {device: co2-fractional, start: 60.1 years}\n", 120, (d, patch) -> {
            if (d == 97) {
                laser[0] = patch.modifiers().fragmentClearanceMultiplier;
            }
        });
        assertThat(alone[0]).isEqualTo(1.0);
        assertThat(combined[0] - 1).isGreaterThan(1.5 * (laser[0] - 1));
    }

    @Test
    void exosomesReachTheDermisAfterMicroneedlingFarMoreThanOnIntactSkin() {
        double[] hazard = new double[2];
        run("  - {cells: exosomes, start: 60.1 years}\n", 40,
                (d, patch) -> hazard[0] = Math.max(hazard[0], patch.modifiers().reprogramHazard));
        run("  - {device: microneedling, start: 60.1 years}\n  - {cells: exosomes, start: 60.1 years}\n", 40,
                (d, patch) -> hazard[1] = Math.max(hazard[1], patch.modifiers().reprogramHazard));
        assertThat(hazard[1]).isGreaterThan(5 * hazard[0]).isGreaterThan(0);
    }

    @Test
    void cryotherapyAndIntravenousStemCellsActThroughTheBody() {
        double[] blood = {1.0};
        ProtocolSchedule s = run("""
                  - {therapy: cryotherapy, start: 60.1 years}
                  - {cells: stem-cells, route: intravenous, start: 60.2 years, settings: {dose: 300 million}}
                """, 100, (d, patch) -> {
                    blood[0] = Math.min(blood[0], patch.modifiers().bloodSaspFactor);
                });
        long cryo = Math.round(0.1 * 365.25);
        long cells = Math.round(0.2 * 365.25);
        assertThat(blood[0]).isLessThan(1.0);
        assertThat(s.on(cryo).bloodSaspFactor()).isLessThan(1.0);
        assertThat(s.on(cells).stemCellReserveGain()).isGreaterThan(0);
        assertThat(s.on(cells + 1).stemCellReserveGain()).isZero();
    }

    @Test
    void oralRapamycinLowersTheBloodSaspThePatchFeelsAndTopicalDoesNot() {
        double[] oral = {1.0};
        run("  - {drug: rapamycin, route: oral, start: 60.1 years, settings: {course: 30 days}}\n", 80,
                (d, patch) -> oral[0] = Math.min(oral[0], patch.modifiers().bloodSaspFactor));
        double[] topical = {1.0};
        run("  - {drug: rapamycin, route: topical, start: 60.1 years, settings: {course: 30 days}}\n", 80,
                (d, patch) -> topical[0] = Math.min(topical[0], patch.modifiers().bloodSaspFactor));
        assertThat(oral[0]).isLessThan(1.0);
        assertThat(topical[0]).isEqualTo(1.0);
    }

    @Test
    void theSnapshotTheDayAfterATreatmentShowsItsColumns() {
        Scenario s = InterventionTestSupport.scenario(HEAD
                + "  - {device: co2-fractional, start: 60.5 years, settings: {coverage: 30 %}, snapshot: true}\n");
        List<ArmRun> runs = InterventionTestSupport.compare(s, 1);
        ArmRun treated = runs.get(1);
        assertThat(runs.get(0).result().snapshots()).isEmpty();
        assertThat(treated.result().snapshots()).hasSize(1);
        Snapshot snap = treated.result().snapshots().get(0);
        long session = treated.schedule().applied().get(0).day();
        assertThat((long) snap.simulatedDay()).isEqualTo(session + 1);
        float[] collagen = snap.arrays().get("collagen");
        float[] cells = snap.arrays().get("cell_state");
        int nx = snap.nx();
        int emptyTopColumns = 0;
        for (int x = 0; x < nx; x++) {
            boolean hole = true;
            for (int z = 0; z < 5; z++) {
                int v = x + nx * z;
                hole &= cells[v] == 0f && collagen[v] < 0.05f;
            }
            emptyTopColumns += hole ? 1 : 0;
        }
        // 30% coverage: about 15 of 50 lateral positions are inside an ablated column.
        assertThat(emptyTopColumns).isBetween(5, 30);
    }
}
