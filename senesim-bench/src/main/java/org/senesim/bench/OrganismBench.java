package org.senesim.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.senesim.engine.TissueSimulation;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.meanfield.MeanFieldSkin;
import org.senesim.meanfield.ReducedMeanFieldSkin;
import org.senesim.run.Cohort;
import org.senesim.run.CohortDesign;
import org.senesim.run.Executor;
import org.senesim.run.LocalExecutor;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;
import org.senesim.systemic.Exposures;
import org.senesim.systemic.OrganismModel;
import org.senesim.systemic.OrganismRun;
import org.senesim.systemic.OrganismSimulation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Organism model speed targets (docs/performance.md, "Organism model"):
 * <ul>
 *   <li>{@code cohortWeekly}: 100,000 people at weekly steps from 20 to 110 on 2 threads, under 30 s
 *       (built-in compartment skin);</li>
 *   <li>{@code cohortWeeklyMeanFieldSkin}: the same with the reduced mean-field skin
 *       ({@link ReducedMeanFieldSkin}, default scenario's person and patch geometry; its reference
 *       run is inside the time), under 30 s: the target;</li>
 *   <li>{@code personDaily}: one person at daily steps from 20 to 110, recording every day, under 50 ms.</li>
 * </ul>
 * Run: {@code java -jar senesim-bench/target/senesim-benchmarks.jar OrganismBench}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class OrganismBench {

    @Param({"100000"})
    public int people;

    @Param({"2"})
    public int threads;

    /**
     * reference: reference exposures, organs share one noise (the default model; muscle, brain and
     * rest are computed once as twins); mixed: sun, alcohol and diet make skin and liver distinct;
     * organ-noise: organ-specific noise (shared fraction 0.5), every organ computed, six normals per
     * person and step (the worst case).
     */
    @Param({"reference", "mixed", "organ-noise"})
    public String cohort;

    private OrganismModel model;
    private Executor executor;
    private long seed;

    private OrganismModel cohortModel;
    private ParameterSet parameters;
    private Scenario scenario;

    @Setup(Level.Trial)
    public void setUp() {
        ParameterSet defaults = ParameterRegistry.builtIn().defaults();
        parameters = defaults;
        scenario = ScenarioLoader.builtInDefault();
        model = OrganismModel.builder(defaults).build();
        cohortModel = switch (cohort) {
            case "reference" -> model;
            case "mixed" -> OrganismModel.builder(defaults)
                    .exposures(new Exposures(1.5, 0, 7, 0.5)).build();
            case "organ-noise" -> OrganismModel.builder(defaults.with(
                    Map.of("organism.noise.shared_fraction", 0.5), ParameterSet.Origin.SCENARIO)).build();
            default -> throw new IllegalArgumentException("unknown cohort " + cohort);
        };
        executor = new LocalExecutor(threads);
    }

    /** 100,000 people, weekly steps, 20 to 110 years; returns the survivors so nothing is optimised away. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public int cohortWeekly() {
        Cohort c = new CohortDesign(cohortModel, ++seed, people, 20, 7).start(executor);
        c.advanceTo(110);
        return c.aliveCount();
    }

    /**
     * 100,000 people, weekly steps, 20 to 110 years, with the reduced mean-field skin (a new skin,
     * reference run included, each time); returns the survivors.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public int cohortWeeklyMeanFieldSkin() {
        long s = ++seed;
        ReducedMeanFieldSkin skin = new ReducedMeanFieldSkin(parameters, scenario.person(),
                TissueSimulation.latticeOf(scenario.tissue()), cohortModel,
                MeanFieldSkin.BloodSasp.asPatchSkin(parameters, cohortModel, s));
        Cohort c = new CohortDesign(cohortModel, s, people, 20, 7, skin).start(executor);
        c.advanceTo(110);
        return c.aliveCount();
    }

    /** One life at daily steps from 20 to 110 through the public entry point, every day recorded. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public OrganismRun personDaily() {
        return model.simulate(++seed, 20, 110, 1.0, List.of());
    }

    /** One life at daily steps through the step-by-step API (what the tissue engine drives), no recording. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public double personDailyStepApi() {
        OrganismSimulation sim = model.start(++seed, 0, 20, 1.0);
        long steps = OrganismModel.stepsBetween(20, 110, 1.0);
        for (long s = 0; s < steps && sim.step(); s++) {
            // advance until death or 110
        }
        return sim.totalBurden();
    }
}
