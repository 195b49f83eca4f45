package org.senesim.run;

import org.junit.jupiter.api.Test;
import org.senesim.engine.RunResult;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalExecutorTest {

    private static final Scenario SMALL = ScenarioLoader.parse("""
            seed: 5
            duration: 2 years
            person: {age: 50 years}
            tissue: {dimension: 2D, size: [0.2 mm, 0.4 mm], voxel: 20 um}
            outputs: {every: 60 days, snapshots: []}
            """, "test.yaml");

    private static ParameterSet defaults() {
        return ParameterRegistry.builtIn().defaults();
    }

    /** A simulator whose runs finish in reverse order of their index: the sink must still see 0, 1, 2... */
    private static Simulator slowFirst(int n, Set seen) {
        return (spec, context) -> {
            int i = (int) (spec.seed() - 100);
            try {
                Thread.sleep(5L * (n - i));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            seen.threads.put(Thread.currentThread().getName(), true);
            return new ArmRun(spec, spec.scenario(), null, new RunResult(null, List.of(), List.of()));
        };
    }

    private record Set(ConcurrentHashMap<String, Boolean> threads) {
    }

    @Test
    void resultsReachTheSinkInDesignOrderWhateverTheThreadCount() {
        int n = 40;
        List<RunSpec> specs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            specs.add(RunSpec.of(SMALL.withSeed(100 + i), Arm.noTreatment(), defaults()));
        }
        for (int threads : new int[] {1, 2, 3}) {
            List<Integer> order = new ArrayList<>();
            Set seen = new Set(new ConcurrentHashMap<>());
            new LocalExecutor(threads).execute(Design.of(specs), slowFirst(n, seen), (i, run) -> {
                assertThat(run.spec()).isSameAs(specs.get(i));
                order.add(i);
            });
            assertThat(order).as("threads " + threads).hasSize(n).isSorted();
            assertThat(seen.threads()).as("runs spread over threads").hasSize(threads == 1 ? 1 : 2 * threads);
        }
    }

    @Test
    void theFirstFailureIsRethrownAndLaterResultsAreNotDelivered() {
        List<RunSpec> specs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            specs.add(RunSpec.of(SMALL.withSeed(100 + i), Arm.noTreatment(), defaults()));
        }
        AtomicInteger delivered = new AtomicInteger();
        Simulator failsAtThree = (spec, context) -> {
            if (spec.seed() == 103) {
                throw new IllegalArgumentException("run 3 fails");
            }
            return new ArmRun(spec, spec.scenario(), null, new RunResult(null, List.of(), List.of()));
        };
        assertThatThrownBy(() -> new LocalExecutor(2).execute(Design.of(specs), failsAtThree,
                (i, run) -> assertThat(delivered.getAndIncrement()).isEqualTo(i)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("run 3 fails");
        assertThat(delivered.get()).isLessThanOrEqualTo(3);
    }

    @Test
    void aPatchRunIsTheSameOnOneThreadOrSpreadOverTwo() {
        ArmsDesign design = new ArmsDesign(SMALL, List.of(Arm.noTreatment()), defaults(), 3);
        List<List<ArmRun>> one = design.run(new LocalExecutor(1), Simulator.patch());
        List<List<ArmRun>> two = design.run(new LocalExecutor(2), Simulator.patch());
        assertThat(one).hasSize(3);
        for (int r = 0; r < 3; r++) {
            assertThat(two.get(r).get(0).scenario().seed()).isEqualTo(ArmsDesign.replicateSeed(5, r));
            assertThat(two.get(r).get(0).result().series().column(0))
                    .containsExactly(one.get(r).get(0).result().series().column(0));
            assertThat(two.get(r).get(0).result().summary()).isEqualTo(one.get(r).get(0).result().summary());
        }
        // different seeds give different lives: the replicates are not copies of one run
        assertThat(one.get(1).get(0).result().summary()).isNotEqualTo(one.get(0).get(0).result().summary());
    }

    @Test
    void replicatesLiveTheirDrawInEveryArmAndTheDrawIsCommonToTheArms() {
        String eta = "organism.production.eta.human";
        ParameterDraws draws = (nominal, k) -> nominal.with(java.util.Map.of(eta, 0.0012 + 0.0001 * k), ParameterSet.Origin.SAMPLED);
        List<Arm> arms = List.of(Arm.noTreatment(), Arm.noTreatment());
        ArmsDesign design = new ArmsDesign(SMALL, arms, defaults(), 3, Fidelity.PATCH, draws);
        for (int r = 0; r < 3; r++) {
            for (int a = 0; a < 2; a++) {
                assertThat(design.specs().get(design.index(r, a)).parameters().get(eta)).isEqualTo(0.0012 + 0.0001 * r);
            }
        }
        ArmsDesign nominal = new ArmsDesign(SMALL, arms, defaults(), 3, Fidelity.PATCH);
        assertThat(nominal.specs().get(nominal.index(2, 1)).parameters().get(eta)).isEqualTo(defaults().get(eta));
    }
}
