package org.senesim.engine;

import org.junit.jupiter.api.Test;
import org.senesim.observe.SummaryItem;
import org.senesim.observe.TimeSeries;
import org.senesim.run.ArmRun;
import org.senesim.run.Fidelity;
import org.senesim.run.RunContext;
import org.senesim.run.RunSpec;
import org.senesim.run.Simulator;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A treated life on the mean-field skin that goes on from the untreated life's last yearly
 * checkpoint before its first event ends exactly as the life lived whole: every output row and the
 * summary, bit for bit, and the organism's noise and death with them. The arms start at different
 * years, one in the first year (no checkpoint before it), and between them carry what acts across
 * days: wounds in repair, a drug course, exosomes after microneedling, a lifestyle change, injected
 * cells.
 */
class MeanFieldPrefixTest {

    private static final Scenario SCENARIO = ScenarioLoader.parse("""
            name: prefix
            seed: 7
            duration: 6 years
            person: {age: 35 years, sex: female, fitzpatrick: 2, latitude: -34, outdoor_hours: 1.5}
            tissue: {dimension: 2D, size: [0.2 mm, 1.2 mm]}
            outputs: {every: 30 days}
            protocol:
              - arm: none
              - arm: laser-and-sunscreen
                steps:
                  - {device: co2-fractional, start: 37.3 years, sessions: 2, interval: 5 months}
                  - {lifestyle: sunscreen, start: 38.1 years, settings: {spf: 50, adherence: 0.8}}
              - arm: drugs-and-cells
                steps:
                  - {drug: dasatinib-quercetin, route: oral, start: 39.5 years, sessions: 3, interval: 2 weeks}
                  - {cells: fat-transfer, start: 40 years, settings: {volume: 10 ml}}
              - arm: exosomes-early
                steps:
                  - {device: microneedling, start: 35.4 years, sessions: 3, interval: 6 weeks}
                  - {cells: exosomes, start: 35.4 years, sessions: 3, interval: 6 weeks}
            """, "prefix.yaml");

    private static ArmRun run(Arm arm, MeanFieldPrefix prefix) {
        return run(arm, prefix, Fidelity.MEAN_FIELD);
    }

    private static ArmRun run(Arm arm, MeanFieldPrefix prefix, Fidelity fidelity) {
        RunSpec spec = RunSpec.of(SCENARIO, arm, SCENARIO.parameterSet()).withoutSnapshots().withFidelity(fidelity);
        RunContext context = prefix == null ? RunContext.single() : RunContext.single().withPrefix(prefix);
        return Simulator.byFidelity().run(spec, context);
    }

    @Test
    void aTreatedLifeGoneOnFromTheUntreatedOneIsTheWholeLifeBitForBit() {
        List<Arm> arms = SCENARIO.protocol().arms();
        MeanFieldPrefix prefix = new MeanFieldPrefix();
        ArmRun untreated = run(arms.get(0), prefix);
        assertThat(prefix.recorded()).isTrue();
        assertThat(prefix.size()).as("yearly checkpoints of a 6-year life (2,192 days)").isEqualTo(6);
        same(untreated, run(arms.get(0), null));
        for (Arm arm : arms.subList(1, arms.size())) {
            ArmRun whole = run(arm, null);
            ArmRun resumed = run(arm, prefix);
            same(resumed, whole);
            assertThat(resumed.result().series().rows()).isEqualTo(untreated.result().series().rows());
        }
        // the arms do differ from the untreated life (the test would pass trivially otherwise)
        TimeSeries none = untreated.result().series();
        TimeSeries laser = run(arms.get(1), prefix).result().series();
        int collagen = none.indexOf("collagen");
        assertThat(laser.last(collagen)).isNotEqualTo(none.last(collagen));
        // and the laser arm went on from the checkpoint at 37 (day 730), the early one from the start
        assertThat(prefix.before(Math.round(2.3 * 365.25)).day()).isEqualTo(730);
        assertThat(prefix.before(Math.round(0.4 * 365.25))).isNull();
    }

    /**
     * The same on the weekly screening fidelity, whose checkpoints fall inside a stride (365 is not a
     * multiple of 7): the days a stride has gathered go on with the checkpoint.
     */
    @Test
    void aWeeklyLifeGoneOnFromTheUntreatedOneIsTheWholeWeeklyLifeBitForBit() {
        List<Arm> arms = SCENARIO.protocol().arms();
        MeanFieldPrefix prefix = new MeanFieldPrefix();
        ArmRun untreated = run(arms.get(0), prefix, Fidelity.MEAN_FIELD_WEEKLY);
        same(untreated, run(arms.get(0), null, Fidelity.MEAN_FIELD_WEEKLY));
        for (Arm arm : arms.subList(1, arms.size())) {
            same(run(arm, prefix, Fidelity.MEAN_FIELD_WEEKLY), run(arm, null, Fidelity.MEAN_FIELD_WEEKLY));
        }
        // weekly is not the daily life (else the fidelity would be a no-op)
        int senescent = untreated.result().series().indexOf("senescent_fraction");
        assertThat(untreated.result().series().last(senescent))
                .isNotEqualTo(run(arms.get(0), null).result().series().last(senescent));
    }

    private static void same(ArmRun a, ArmRun b) {
        TimeSeries x = a.result().series();
        TimeSeries y = b.result().series();
        assertThat(x.rows()).isEqualTo(y.rows());
        for (int c = 0; c < x.columns().size(); c++) {
            assertThat(x.column(c)).as(x.columns().get(c).id()).containsExactly(y.column(c));
        }
        assertThat(x.ages()).containsExactly(y.ages());
        List<SummaryItem> s = a.result().summary();
        List<SummaryItem> t = b.result().summary();
        assertThat(s).isEqualTo(t);
        assertThat(a.applied()).isEqualTo(b.applied());
    }
}
