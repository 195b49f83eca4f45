package org.senesim.planner.simulate;

import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Arm;
import org.senesim.planner.objective.Outcomes;
import org.senesim.planner.objective.PlanEvaluator;
import org.senesim.planner.space.Plan;
import org.senesim.engine.MeanFieldPrefix;
import org.senesim.run.ArmRun;
import org.senesim.run.Fidelity;
import org.senesim.run.ParameterDraws;
import org.senesim.run.RunContext;
import org.senesim.run.RunSpec;
import org.senesim.run.Simulator;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Judges a plan by simulating the person's life under it: the person file with the plan written in
 * as its protocol, loaded by the scenario loader, run through the run layer on one skin fidelity
 * with a fixed set of seeds (common random numbers: every plan lives the same noise, so plans differ
 * only by their schedule).
 */
public final class SimulatedPlanEvaluator implements PlanEvaluator {

    private final String personText;
    private final String personFile;
    private final Fidelity fidelity;
    private final long[] seeds;
    private final double[] ages;
    private final String minTier;
    private final ParameterDraws draws;
    private final Screening screening;
    /**
     * Per seed, the untreated life on the mean-field skin, kept yearly: every plan is that life until
     * its first session, so a plan goes on from the last checkpoint before it (bit for bit the same
     * outcomes; on average about 40 % of a plan-35 life is not lived again).
     */
    private final Map<Integer, MeanFieldPrefix> untreated = new ConcurrentHashMap<>();

    /**
     * @param personText the person file's text (a scenario without a protocol)
     * @param personFile its name, for messages
     * @param fidelity   the skin model each life is computed on (the mean-field skin for a search, the
     *                   lattice patch for a re-check)
     * @param seeds      the fixed seeds every plan is run with
     * @param ages       the ages at which aged outcomes (frailty@A, collagen@A, ...) are read
     * @param minTier    evidence cut written into the scenario (null: every tier)
     * @param draws      the parameter values the life of seed {@code k} is lived with (the same for every plan)
     */
    public SimulatedPlanEvaluator(String personText, String personFile, Fidelity fidelity, long[] seeds, double[] ages,
                                  String minTier, ParameterDraws draws) {
        this(personText, personFile, fidelity, seeds, ages, minTier, draws, Screening.MEAN_FIELD);
    }

    /**
     * As above, each life simulated on the given screening's grid ({@link Screening#apply}): the
     * search's evaluator under {@code --screening}.
     */
    public SimulatedPlanEvaluator(String personText, String personFile, Fidelity fidelity, long[] seeds, double[] ages,
                                  String minTier, ParameterDraws draws, Screening screening) {
        this.screening = screening;
        this.personText = personText;
        this.personFile = personFile;
        this.fidelity = screening.fidelity(fidelity);
        this.seeds = seeds.clone();
        this.ages = ages.clone();
        this.minTier = minTier;
        this.draws = draws;
    }

    @Override
    public Set<String> outcomeNames() {
        return LifeOutcomes.names(ages);
    }

    @Override
    public Outcomes evaluate(Plan plan) {
        return summarise(runs(plan));
    }

    /** Every seed's life under the plan. */
    public List<ArmRun> runs(Plan plan) {
        Scenario scenario = screening.apply(ScenarioLoader.parse(personText + ProtocolText.of(plan) + evidence(), personFile));
        return lives(scenario, scenario.protocol().arms().get(0), fidelity.meanField());
    }

    /**
     * Every seed's life under a reference arm that is not a plan (no treatment, the reactive
     * pattern), with the same seeds and evidence cut as the plans, so the two differ only by schedule.
     */
    public List<ArmRun> runs(Arm reference) {
        return lives(screening.apply(ScenarioLoader.parse(personText + evidence(), personFile)), reference, false);
    }

    private String evidence() {
        return minTier == null ? "" : "\nevidence: {min_tier: " + minTier + "}\n";
    }

    private List<ArmRun> lives(Scenario scenario, Arm arm, boolean shareUntreated) {
        ParameterSet nominal = scenario.parameterSet();
        List<ArmRun> out = new java.util.ArrayList<>();
        for (int k = 0; k < seeds.length; k++) {
            // the cut again after the draw: a drawn value must not revive an effect the cut switched off
            ParameterSet drawn = draws.draw(nominal, k).withMinimumTier(scenario.minTier());
            RunSpec spec = RunSpec.of(scenario.withSeed(seeds[k]), arm, drawn).withoutSnapshots().withFidelity(fidelity);
            RunContext context = RunContext.single();
            if (shareUntreated && !arm.isEmpty()) {
                context = context.withPrefix(untreated(k, scenario, drawn));
            }
            out.add(Simulator.byFidelity().run(spec, context));
        }
        return out;
    }

    /** Seed k's untreated life, lived (once, by the first plan that needs it) with the plans' own scenario and parameters. */
    private MeanFieldPrefix untreated(int k, Scenario scenario, ParameterSet drawn) {
        MeanFieldPrefix prefix = untreated.computeIfAbsent(k, i -> new MeanFieldPrefix());
        synchronized (prefix) {
            if (!prefix.recorded()) {
                RunSpec none = RunSpec.of(scenario.withSeed(seeds[k]), Arm.noTreatment(), drawn).withoutSnapshots()
                        .withFidelity(fidelity);
                Simulator.byFidelity().run(none, RunContext.single().withPrefix(prefix));
            }
        }
        return prefix;
    }

    /** Means and seed ranges of the outcomes over the lives of one plan or reference. */
    public Outcomes summarise(List<ArmRun> runs) {
        Map<String, Double> sum = new HashMap<>();
        Map<String, Double> low = new HashMap<>();
        Map<String, Double> high = new HashMap<>();
        for (ArmRun r : runs) {
            for (Map.Entry<String, Double> e : LifeOutcomes.read(r.result().series(), ages).entrySet()) {
                sum.merge(e.getKey(), e.getValue(), Double::sum);
                low.merge(e.getKey(), e.getValue(), Math::min);
                high.merge(e.getKey(), e.getValue(), Math::max);
            }
        }
        Map<String, Double> mean = new HashMap<>();
        sum.forEach((k, v) -> mean.put(k, v / runs.size()));
        return new Outcomes(mean, low, high);
    }
}
