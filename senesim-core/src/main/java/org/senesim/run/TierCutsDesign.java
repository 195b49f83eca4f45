package org.senesim.run;

import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Arms × replicates at every evidence cut, strongest first. A cut whose parameter values equal
 * the ones of the run already made ({@code used}) is not run again: {@link #needsRun} says which
 * cuts run, and their specs follow one another in tier order, each cut's as an {@link ArmsDesign}.
 */
public final class TierCutsDesign implements Design {

    /** One evidence cut: its tier, its parameters, and its runs (null when the run already made serves). */
    public record Cut(EvidenceTier tier, ParameterSet parameters, ArmsDesign runs) {
    }

    private final List<Cut> cuts;
    private final List<RunSpec> specs;

    /**
     * @param scenario   the scenario as run (seed, evidence cut of the run already made)
     * @param arms       the arms
     * @param used       the parameters of the run already made
     * @param replicates seeds per arm
     */
    public TierCutsDesign(Scenario scenario, List<Arm> arms, ParameterSet used, int replicates) {
        List<Cut> c = new ArrayList<>();
        List<RunSpec> s = new ArrayList<>();
        for (EvidenceTier tier : EvidenceTier.values()) {
            Scenario cut = scenario.withMinTier(tier);
            ParameterSet p = cut.parameterSet();
            ArmsDesign runs = p.values().equals(used.values()) ? null : new ArmsDesign(cut, arms, p, replicates);
            c.add(new Cut(tier, p, runs));
            if (runs != null) {
                s.addAll(runs.specs());
            }
        }
        this.cuts = List.copyOf(c);
        this.specs = List.copyOf(s);
    }

    public List<Cut> cuts() {
        return cuts;
    }

    @Override
    public List<RunSpec> specs() {
        return specs;
    }

    /** Whether the cut needs runs of its own. */
    public static boolean needsRun(Cut cut) {
        return cut.runs() != null;
    }

    /**
     * Every cut's runs as [replicate][arm], from this design's results in order; a cut that needs
     * no run gets {@code done}, the runs already made.
     */
    public List<List<List<ArmRun>>> byCut(List<ArmRun> results, List<List<ArmRun>> done) {
        List<List<List<ArmRun>>> out = new ArrayList<>();
        int at = 0;
        for (Cut cut : cuts) {
            if (cut.runs() == null) {
                out.add(done);
            } else {
                int n = cut.runs().specs().size();
                out.add(cut.runs().byReplicate(results.subList(at, at + n)));
                at += n;
            }
        }
        return out;
    }
}
