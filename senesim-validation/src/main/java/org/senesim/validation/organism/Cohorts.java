package org.senesim.validation.organism;

import org.senesim.coupling.OrganismInputs;
import org.senesim.engine.Experiments;
import org.senesim.evidence.ParameterSet;
import org.senesim.run.Cohort;
import org.senesim.run.CohortDesign;
import org.senesim.run.Executor;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioException;
import org.senesim.systemic.Organ;
import org.senesim.systemic.OrganismEquations;
import org.senesim.systemic.OrganismEvent;
import org.senesim.systemic.OrganismModel;
import org.senesim.systemic.OrganismParameters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the organism reproductions share: a cohort of the scenario's person (species, sex,
 * exposures, seed, start age) as a run-layer {@link CohortDesign}, its events applied on the way,
 * and paired comparisons of a treated
 * cohort with its untreated twin. Twins share the seed, so person {@code i} of both has the same
 * noise: a difference between them is the treatment's effect, not chance.
 */
final class Cohorts {

    private Cohorts() {
    }

    /** The organism model of the scenario's person with the given parameters. */
    static OrganismModel model(Scenario scenario, ParameterSet parameters) {
        return OrganismInputs.model(scenario.person(), parameters);
    }

    /**
     * A cohort of {@code size} copies of the scenario's person from its start age, stepping every
     * {@code outputs.every}: the run layer's cohort design, its blocks of people run side by side by
     * {@code executor}.
     */
    static Cohort cohort(OrganismModel model, Scenario scenario, int size, Executor executor) {
        return new CohortDesign(model, scenario.seed(), size, scenario.person().ageYears(),
                scenario.outputs().everyDays()).start(executor);
    }

    /** The scenario's experiments; exactly {@code count} are required (named in the message otherwise). */
    static List<OrganismEvent> experiments(Scenario scenario, int count, String expected) {
        List<OrganismEvent> events = Experiments.of(scenario);
        if (events.size() != count) {
            throw new ScenarioException(label(scenario), 0, 0, "experiments", "this reproduction needs exactly " + count
                    + " experiment(s) (" + expected + "), the file has " + events.size());
        }
        return events;
    }

    /** The scenario's snapshot ages; exactly {@code count} are required. */
    static List<Double> snapshotAges(Scenario scenario, int count, String meaning) {
        List<Double> ages = scenario.outputs().snapshotAgesYears();
        if (ages.size() != count) {
            throw new ScenarioException(label(scenario), 0, 0, "outputs.snapshots", "this reproduction reads "
                    + count + " snapshot age(s) (" + meaning + "), the file has " + ages.size());
        }
        return ages;
    }

    static String label(Scenario scenario) {
        return "examples/reproductions/" + scenario.name() + ".yaml";
    }

    /** Advances to {@code age}, applying the events due on the way (events sorted by age; returns the next index). */
    static int advanceTo(Cohort cohort, List<OrganismEvent> events, int next, double age) {
        int i = next;
        while (i < events.size() && events.get(i).ageYears() <= age + 1e-9) {
            cohort.advanceTo(events.get(i).ageYears());
            cohort.apply(events.get(i));
            i++;
        }
        cohort.advanceTo(age);
        return i;
    }

    /**
     * Senescence markers of an organ for everyone (NaN for the dead): clearable burden {@code X_o}
     * plus persistent senescence-like burden {@code Y_o}.
     */
    static double[] markers(Cohort cohort, Organ o) {
        double[] x = cohort.stateColumn(o.ordinal());
        double[] y = cohort.stateColumn(OrganismEquations.PERSISTENT + o.ordinal());
        for (int i = 0; i < x.length; i++) {
            x[i] += y[i];
        }
        return x;
    }

    /** Whole-body burden {@code T = Σ w_o·X_o} of everyone (NaN for the dead). */
    static double[] totalBurden(Cohort cohort) {
        OrganismParameters p = cohort.parameters();
        double[] t = new double[cohort.size()];
        for (Organ o : Organ.values()) {
            double[] x = cohort.stateColumn(o.ordinal());
            double w = p.weight(o);
            for (int i = 0; i < t.length; i++) {
                t[i] += w * x[i];
            }
        }
        return t;
    }

    /** Mean of {@code treated − control} over people alive in both, divided by the control mean over the same people. */
    static double relativeRise(double[] treated, double[] control) {
        double d = 0;
        double c = 0;
        for (int i = 0; i < treated.length; i++) {
            if (!Double.isNaN(treated[i]) && !Double.isNaN(control[i])) {
                d += treated[i] - control[i];
                c += control[i];
            }
        }
        return c == 0 ? Double.NaN : d / c;
    }

    /** Mean of {@code treated − control} over people alive in both. */
    static double meanDifference(double[] treated, double[] control) {
        double d = 0;
        int n = 0;
        for (int i = 0; i < treated.length; i++) {
            if (!Double.isNaN(treated[i]) && !Double.isNaN(control[i])) {
                d += treated[i] - control[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : d / n;
    }

    /** Median of the non-NaN values (NaN when there are none). */
    static double median(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : 0.5 * (v[v.length / 2 - 1] + v[v.length / 2]);
    }

    /** A copy of the events with every injection's cell count multiplied by {@code factor}. */
    static List<OrganismEvent> scaledInjections(List<OrganismEvent> events, double factor) {
        List<OrganismEvent> out = new ArrayList<>();
        for (OrganismEvent e : events) {
            if (e instanceof OrganismEvent.Injection inj) {
                out.add(new OrganismEvent.Injection(inj.ageYears(), inj.organ(), inj.cells() * factor));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /** How many consecutive steps of {@code values} rise strictly ({@code up}) or fall strictly. */
    static int monotoneSteps(double[] values, boolean up) {
        int n = 0;
        for (int i = 1; i < values.length; i++) {
            if (up ? values[i] > values[i - 1] : values[i] < values[i - 1]) {
                n++;
            }
        }
        return n;
    }
}
