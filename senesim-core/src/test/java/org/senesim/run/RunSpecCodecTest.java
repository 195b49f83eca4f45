package org.senesim.run;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.observe.TimeSeries;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunSpecCodecTest {

    private static final Scenario TREATED = ScenarioLoader.parse("""
            seed: 9
            duration: 1.5 years
            person: {age: 60 years}
            tissue: {dimension: 2D, size: [0.3 mm, 0.4 mm], voxel: 20 um}
            outputs: {every: 30 days, snapshots: []}
            protocol:
              - arm: none
              - arm: laser
                steps: [{device: co2-fractional, start: 60.5 years}]
            """, "codec.yaml");

    @Test
    void aSpecReadBackFromItsTextRunsToTheSameNumbers() {
        RunSpec laser = new ArmsDesign(TREATED, TREATED.protocol().comparisonArms(),
                TREATED.parameterSet(), 1).specs().get(1);
        // sampled parameters: the text must carry values no registry default gives
        RunSpec sampled = new UncertaintyDesign(laser, 1, false).specs().get(0);
        String text = RunSpecCodec.write(sampled);
        RunSpec back = RunSpecCodec.read(text, ParameterRegistry.builtIn());

        assertThat(back.label()).isEqualTo(sampled.label());
        assertThat(back.arm().name()).isEqualTo("laser");
        assertThat(back.seed()).isEqualTo(sampled.seed()).isEqualTo(10); // sample 1 lives seed 9 + 1
        assertThat(back.snapshots()).isFalse();
        assertThat(back.parameters().values()).isEqualTo(sampled.parameters().values());

        TimeSeries a = Simulator.patch().run(sampled, RunContext.single()).result().series();
        TimeSeries b = Simulator.patch().run(back, RunContext.single()).result().series();
        assertThat(b.rows()).isEqualTo(a.rows());
        for (int c = 0; c < a.columns().size(); c++) {
            assertThat(b.column(c)).as(a.columns().get(c).id()).containsExactly(a.column(c));
        }
    }

    @Test
    void anArmTheProtocolLacksIsNamed() {
        String text = RunSpecCodec.write(RunSpec.of(TREATED, TREATED.protocol().arm("laser"),
                TREATED.parameterSet())).replace("\"arm\":\"laser\"", "\"arm\":\"lazer\"");
        assertThatThrownBy(() -> RunSpecCodec.read(text, ParameterRegistry.builtIn()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no arm 'lazer'");
    }
}
