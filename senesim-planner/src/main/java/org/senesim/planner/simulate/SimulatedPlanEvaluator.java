package org.senesim.planner.simulate;

import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Arm;
import org.senesim.planner.objective.Outcomes;
import org.senesim.planner.objective.PlanEvaluator;
import org.senesim.planner.space.Plan;
import org.senesim.run.ArmRun;
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

/**
 * Judges a plan by simulating the person's life under it: the person file with the plan written in
 * as its protocol, loaded by the scenario loader, run through the run layer on a fixed set of seeds
 * (common random numbers: every plan lives the same noise, so plans differ only by their schedule).
 */
public final class SimulatedPlanEvaluator implements PlanEvaluator {

    private final String personText;
    private final String personFile;
    private final Simulator simulator;
    private final long[] seeds;
    private final double[] ages;
    private final String minTier;
    private final ParameterDraws draws;

    /**
     * @param personText the person file's text (a scenario without a protocol)
     * @param personFile its name, for messages
     * @param simulator  how one life is computed
     * @param seeds      the fixed seeds every plan is run with
     * @param ages       the ages at which aged outcomes (frailty@A, collagen@A, ...) are read
     * @param minTier    evidence cut written into the scenario (null: every tier)
     * @param draws      the parameter values the life of seed {@code k} is lived with (the same for every plan)
     */
    public SimulatedPlanEvaluator(String personText, String personFile, Simulator simulator, long[] seeds, double[] ages,
                                  String minTier, ParameterDraws draws) {
        this.personText = personText;
        this.personFile = personFile;
        this.simulator = simulator;
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
        Scenario scenario = ScenarioLoader.parse(personText + ProtocolText.of(plan) + evidence(), personFile);
        return lives(scenario, scenario.protocol().arms().get(0));
    }

    /**
     * Every seed's life under a reference arm that is not a plan (no treatment, the reactive
     * pattern), with the same seeds and evidence cut as the plans, so the two differ only by schedule.
     */
    public List<ArmRun> runs(Arm reference) {
        return lives(ScenarioLoader.parse(personText + evidence(), personFile), reference);
    }

    private String evidence() {
        return minTier == null ? "" : "\nevidence: {min_tier: " + minTier + "}\n";
    }

    private List<ArmRun> lives(Scenario scenario, Arm arm) {
        ParameterSet nominal = scenario.parameterSet();
        List<ArmRun> out = new java.util.ArrayList<>();
        for (int k = 0; k < seeds.length; k++) {
            // the cut again after the draw: a drawn value must not revive an effect the cut switched off
            ParameterSet drawn = draws.draw(nominal, k).withMinimumTier(scenario.minTier());
            out.add(simulator.run(RunSpec.of(scenario.withSeed(seeds[k]), arm, drawn).withoutSnapshots(), RunContext.single()));
        }
        return out;
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
