package org.senesim.validation.organism;

import org.senesim.evidence.ParameterSet;
import org.senesim.run.Cohort;
import org.senesim.run.Executor;
import org.senesim.run.LocalExecutor;
import org.senesim.scenario.Scenario;
import org.senesim.systemic.CohortSnapshot;
import org.senesim.systemic.Organ;
import org.senesim.systemic.OrganismEvent;
import org.senesim.systemic.OrganismModel;
import org.senesim.validation.Reproduction;
import org.senesim.validation.ReproductionContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Franco et al. 2025 (Aging Cell 24:e14340): senescent fibroblasts transplanted into the dermis of
 * young mice raise senescence markers in the skin and in distant organs (liver, muscle,
 * hippocampus), frailty, and cognitive decline months later.
 *
 * <p>The file's intradermal injection against uninjected twins (same seed), read at the file's
 * snapshot age. An organ's senescence markers are its clearable burden plus its persistent
 * senescence-like burden (SASP-induced, in long-lived parenchymal cells, outliving the transplant).
 * The only route from skin to the other organs in the model is the blood SASP (raising production of
 * clearable senescent cells, inducing the persistent burden, and loading the shared immune capacity
 * that removes them): the same pair run with these routes off ({@code organism.sasp.alpha.*},
 * {@code organism.persistent.share.*} and {@code organism.clearance.systemic_share} at 0) must show no
 * distant effect at all, which is the mechanism Franco propose (circulating SASP factors).
 */
public final class Franco2025 implements Reproduction {

    /** Mice per cohort (numerical setting). */
    static final int MICE = 4000;
    private static final Organ[] DISTANT = {Organ.LIVER, Organ.MUSCLE, Organ.BRAIN};

    @Override
    public String name() {
        return "franco-2025";
    }

    @Override
    public String title() {
        return "Franco et al. 2025: intradermal senescent fibroblasts in young mice spread senescence to distant organs via blood SASP";
    }

    @Override
    public Map<String, Double> run(ReproductionContext context) {
        Scenario scenario = context.scenario("franco-2025.yaml");
        ParameterSet parameters = context.parameters(scenario);
        List<OrganismEvent> transplant = Cohorts.experiments(scenario, 1, "the intradermal transplant");
        double readAge = Cohorts.snapshotAges(scenario, 1, "the age at which organs and function are read").get(0);
        Map<String, Double> out = new LinkedHashMap<>();
        Executor executor = new LocalExecutor(context.threads());
        context.progress("transplanted and control mice, read at " + Math.round(readAge * 12) + " months");
        Pair pair = pair(Cohorts.model(scenario, parameters), scenario, transplant, readAge, executor);
        out.put("skin_senescence_rise", pair.rise(Organ.SKIN));
        out.put("liver_senescence_rise", pair.rise(Organ.LIVER));
        out.put("muscle_senescence_rise", pair.rise(Organ.MUSCLE));
        out.put("hippocampus_senescence_rise", pair.rise(Organ.BRAIN));
        out.put("frailty_rise", Cohorts.relativeRise(pair.treatedSnapshot.column("frailty_index"),
                pair.controlSnapshot.column("frailty_index")));
        out.put("memory_change", Cohorts.meanDifference(pair.treatedSnapshot.column("memory_score"),
                pair.controlSnapshot.column("memory_score")));

        context.progress("the same with every blood SASP route off (organism.sasp.alpha, organism.persistent.share"
                + " and organism.clearance.systemic_share at 0)");
        Map<String, Double> off = new LinkedHashMap<>();
        // the blood SASP also slows removal in every organ (shared immune capacity): off too
        off.put("organism.clearance.systemic_share", 0.0);
        for (Organ o : Organ.values()) {
            off.put("organism.sasp.alpha." + o.id(), 0.0);
            if (o != Organ.SKIN) {
                off.put("organism.persistent.share." + o.id(), 0.0);
            }
        }
        ParameterSet uncoupled = parameters.with(off, ParameterSet.Origin.SCENARIO);
        Pair without = pair(Cohorts.model(scenario, uncoupled), scenario, transplant, readAge, executor);
        double largest = 0;
        for (Organ o : DISTANT) {
            double r = without.rise(o);
            largest = Math.abs(r) > Math.abs(largest) ? r : largest;
        }
        out.put("distant_rise_without_blood_sasp", largest);
        return out;
    }

    private static Pair pair(OrganismModel model, Scenario scenario, List<OrganismEvent> transplant, double readAge,
                             Executor executor) {
        Cohort control = Cohorts.cohort(model, scenario, MICE, executor);
        Cohort treated = Cohorts.cohort(model, scenario, MICE, executor);
        Cohorts.advanceTo(control, List.of(), 0, readAge);
        Cohorts.advanceTo(treated, transplant, 0, readAge);
        return new Pair(treated, control, treated.snapshot(), control.snapshot());
    }

    private record Pair(Cohort treated, Cohort control, CohortSnapshot treatedSnapshot,
                        CohortSnapshot controlSnapshot) {
        double rise(Organ o) {
            return Cohorts.relativeRise(Cohorts.markers(treated, o), Cohorts.markers(control, o));
        }
    }
}
