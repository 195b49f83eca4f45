package org.senesim.run;

import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Arms × replicates: the same person with the same parameters, every arm run with each of
 * {@code replicates} seeds (replicate r uses {@link #replicateSeed}; all arms of a replicate share
 * it, so the arms differ by their treatment and not by chance). Specs are ordered replicate by
 * replicate, arms in the order given: spec {@code r * arms + a}.
 */
public final class ArmsDesign implements Design {

    private final List<Arm> arms;
    private final int replicates;
    private final List<RunSpec> specs;

    /**
     * @param scenario   the person, tissue, duration, outputs and seed of replicate 0
     * @param arms       the arms, in result order
     * @param parameters the parameter values every run uses
     * @param replicates seeds per arm (&ge; 1)
     */
    public ArmsDesign(Scenario scenario, List<Arm> arms, ParameterSet parameters, int replicates) {
        this(scenario, arms, parameters, replicates, Fidelity.PATCH);
    }

    /** The same design on the given skin model (run it with {@link Simulator#byFidelity()}). */
    public ArmsDesign(Scenario scenario, List<Arm> arms, ParameterSet parameters, int replicates, Fidelity fidelity) {
        this(scenario, arms, parameters, replicates, fidelity, ParameterDraws.NOMINAL);
    }

    /**
     * The same design with replicate {@code r} living {@code draws.draw(parameters, r)} in every arm
     * (e.g. posterior samples): parameter uncertainty as well as chance, and still common to the arms
     * of a replicate, so their differences remain the treatment's.
     */
    public ArmsDesign(Scenario scenario, List<Arm> arms, ParameterSet parameters, int replicates, Fidelity fidelity,
                      ParameterDraws draws) {
        if (arms.isEmpty() || replicates < 1) {
            throw new IllegalArgumentException("no arms or replicates to run");
        }
        this.arms = List.copyOf(arms);
        this.replicates = replicates;
        List<RunSpec> s = new ArrayList<>();
        for (int r = 0; r < replicates; r++) {
            Scenario seeded = r == 0 ? scenario : scenario.withSeed(replicateSeed(scenario.seed(), r));
            ParameterSet lived = draws.draw(parameters, r);
            for (Arm arm : arms) {
                RunSpec spec = RunSpec.of(seeded, arm, lived);
                s.add(fidelity == Fidelity.PATCH ? spec : spec.withFidelity(fidelity));
            }
        }
        this.specs = List.copyOf(s);
    }

    /** The seed of replicate {@code r}: the scenario's seed plus r (kept non-negative). */
    public static long replicateSeed(long seed, int r) {
        return (seed + r) & Long.MAX_VALUE;
    }

    @Override
    public List<RunSpec> specs() {
        return specs;
    }

    public List<Arm> arms() {
        return arms;
    }

    public int replicates() {
        return replicates;
    }

    /** Position of (replicate, arm) in {@link #specs()}. */
    public int index(int replicate, int arm) {
        return replicate * arms.size() + arm;
    }

    /** Results in design order regrouped as [replicate][arm]. */
    public List<List<ArmRun>> byReplicate(List<ArmRun> runs) {
        if (runs.size() != specs.size()) {
            throw new IllegalArgumentException("expected " + specs.size() + " results, got " + runs.size());
        }
        List<List<ArmRun>> out = new ArrayList<>();
        for (int r = 0; r < replicates; r++) {
            out.add(List.copyOf(runs.subList(index(r, 0), index(r, 0) + arms.size())));
        }
        return out;
    }

    /** Runs the design and returns the results as [replicate][arm]. */
    public List<List<ArmRun>> run(Executor executor, Simulator simulator) {
        return byReplicate(executor.runAll(this, simulator));
    }
}
