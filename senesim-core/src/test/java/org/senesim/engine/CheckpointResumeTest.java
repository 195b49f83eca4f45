package org.senesim.engine;

import org.junit.jupiter.api.Test;
import org.senesim.observe.Snapshot;
import org.senesim.observe.SummaryItem;
import org.senesim.observe.TimeSeries;
import org.senesim.run.ArmRun;
import org.senesim.run.RunContext;
import org.senesim.run.RunSpec;
import org.senesim.run.Simulator;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run continued from any of its checkpoints ends exactly as the run that was never stopped: the
 * same rows, summary, snapshots and sessions, bit for bit. The scenario has what carries state
 * across days: wounds still being repaired and releasing growth factor, a drug course's running
 * effects, a lifestyle change (sunscreen), a snapshot before and after the checkpoint.
 */
class CheckpointResumeTest {

    private static final Scenario SCENARIO = ScenarioLoader.parse("""
            name: checkpointed
            seed: 11
            duration: 3 years
            person: {age: 55 years, latitude: 40, outdoor_hours: 2}
            tissue: {dimension: 2D, size: [0.4 mm, 0.6 mm], voxel: 20 um}
            outputs: {every: 30 days, snapshots: [55.5, 57.5]}
            protocol:
              - device: co2-fractional
                start: 55.2 years
                sessions: 3
                interval: 4 months
              - drug: dasatinib-quercetin
                route: oral
                start: 55.9 years
                sessions: 4
                interval: 2 weeks
              - lifestyle: sunscreen
                start: 56 years
                settings: {spf: 30, adherence: 0.6}
            """, "checkpointed.yaml");

    private static ArmRun run(Checkpoints checkpoints, byte[] resume) {
        RunSpec spec = RunSpec.of(SCENARIO, SCENARIO.protocol().arms().get(0), SCENARIO.parameterSet());
        DataInputStream in = resume == null ? null : new DataInputStream(new ByteArrayInputStream(resume));
        return Simulator.patch(checkpoints, in).run(spec, new RunContext(2, ProgressListener.NONE));
    }

    @Test
    void aRunResumedFromEachCheckpointEndsAsTheUninterruptedRun() {
        ArmRun plain = run(null, null);
        List<byte[]> saved = new ArrayList<>();
        List<Long> days = new ArrayList<>();
        ArmRun checkpointed = run(new Checkpoints() {
            @Override
            public long everyDays() {
                return 200;
            }

            @Override
            public void save(long day, StateWriter body) throws java.io.IOException {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(bytes);
                body.write(out);
                out.flush();
                saved.add(bytes.toByteArray());
                days.add(day);
            }
        }, null);
        assertThat(days).containsExactly(200L, 400L, 600L, 800L, 1000L);
        assertThat(plain.schedule().applied()).as("3 laser sessions, 4 drug courses, sunscreen").hasSize(8);
        assertThat(plain.result().snapshots()).hasSize(2);
        assertSame(plain, checkpointed);
        for (int k = 0; k < saved.size(); k++) {
            assertSame(plain, run(null, saved.get(k)));
        }
    }

    private static void assertSame(ArmRun expected, ArmRun actual) {
        TimeSeries a = expected.result().series();
        TimeSeries b = actual.result().series();
        assertThat(b.rows()).isEqualTo(a.rows());
        for (int c = 0; c < a.columns().size(); c++) {
            for (int r = 0; r < a.rows(); r++) {
                assertThat(Double.doubleToRawLongBits(b.value(r, c)))
                        .as(a.columns().get(c).id() + " at row " + r)
                        .isEqualTo(Double.doubleToRawLongBits(a.value(r, c)));
            }
        }
        List<SummaryItem> sa = expected.result().summary();
        List<SummaryItem> sb = actual.result().summary();
        assertThat(sb).hasSameSizeAs(sa);
        for (int i = 0; i < sa.size(); i++) {
            assertThat(sb.get(i).label()).isEqualTo(sa.get(i).label());
            assertThat(Double.doubleToRawLongBits(sb.get(i).value())).as(sa.get(i).id())
                    .isEqualTo(Double.doubleToRawLongBits(sa.get(i).value()));
        }
        List<Snapshot> na = expected.result().snapshots();
        List<Snapshot> nb = actual.result().snapshots();
        assertThat(nb).hasSameSizeAs(na);
        for (int i = 0; i < na.size(); i++) {
            assertThat(nb.get(i).simulatedDay()).isEqualTo(na.get(i).simulatedDay());
            for (Map.Entry<String, float[]> e : na.get(i).arrays().entrySet()) {
                assertThat(nb.get(i).arrays().get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
            }
        }
        assertThat(actual.schedule().applied()).isEqualTo(expected.schedule().applied());
    }
}
