package org.senesim.web;

import org.junit.jupiter.api.Test;
import org.senesim.run.ArmsDesign;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The job queue's bounds without a browser: design, size, queue length, cancel, ids. */
class JobsTest {

    private static final String LONG = "name: long\nduration: 60 years\nperson: {age: 30 years}\n"
            + "tissue: {dimension: 2D, size: [1 mm, 1.2 mm], voxel: 20 um}\n";

    @Test
    void aComparisonRunsItsArmsTimesItsSeedsAndIsSizedInVoxelDays() {
        Scenario quick = ScenarioLoader.parse(Presets.resource("/org/senesim/web/presets/quick.yaml"), "quick.yaml");
        ArmsDesign d = Jobs.design(quick);
        assertThat(d.arms()).extracting(a -> a.name()).containsExactly("no-treatment", "sunscreen");
        assertThat(d.replicates()).isEqualTo(2);
        // 25 x 30 voxels, 10 years of days, 4 runs
        assertThat(Jobs.voxelDays(d)).isEqualTo(4L * 25 * 30 * Math.round(10 * 365.25));
        Scenario single = ScenarioLoader.parse(LONG, "long.yaml");
        assertThat(Jobs.design(single).specs()).hasSize(1);
    }

    @Test
    void tooLargeIsRefusedAndAFullQueueIsFull() throws Exception {
        Scenario s = ScenarioLoader.parse(LONG, "long.yaml");
        try (Jobs small = new Jobs(Limits.defaults().withMaxVoxelDays(1000), 1)) {
            assertThatThrownBy(() -> small.submit(s, LONG)).isInstanceOf(Jobs.Refused.class)
                    .hasMessageContaining("voxel-days").hasMessageContaining("Fix:");
        }
        try (Jobs jobs = new Jobs(Limits.defaults().withQueue(0, 1), 1)) {
            Job running = jobs.submit(s, LONG);
            assertThat(running.id()).matches("[0-9a-f]{32}");
            assertThatThrownBy(() -> jobs.submit(s, LONG)).isInstanceOf(Jobs.Full.class).hasMessageContaining("busy");
            running.cancel();
            long until = System.nanoTime() + 30_000_000_000L;
            while (!running.state().finished() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(running.state()).isEqualTo(Job.State.CANCELLED);
            assertThat(jobs.submit(s, LONG).state()).isNotNull();
            assertThat(jobs.get("../" + running.id())).isNull();
            assertThat(jobs.get(running.id())).isSameAs(running);
        }
    }
}
