package org.senesim.calibration.targets;

import org.senesim.coupling.OrganismInputs;
import org.senesim.engine.Experiments;
import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Scenario;
import org.senesim.systemic.CohortSnapshot;
import org.senesim.systemic.MortalityTable;
import org.senesim.systemic.OrganismCohort;
import org.senesim.systemic.OrganismEvent;
import org.senesim.systemic.OrganismModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Computes {@link Quantity}s on one organism cohort of a scenario's person (species, sex, exposures,
 * seed, start age, the scenario's experiments), stepping every {@code outputs.every} of the
 * scenario to its end age. Every person of the cohort shares the parameter set; people differ by
 * Karin's noise (and the extrinsic death age). One call runs the cohort once for all quantities.
 */
final class CohortFigures {

    /** Gompertz fit as the Karin 2019 reproduction: 5-year bands from 40 to 90, bands with at least 20 deaths. */
    private static final double FIT_FROM = 40;
    private static final double FIT_TO = 90;
    private static final double BAND = 5;
    private static final int MIN_DEATHS = 20;

    private CohortFigures() {
    }

    /** The value of each quantity, in order; NaN where it is not defined. */
    static double[] compute(Scenario scenario, ParameterSet parameters, int people, List<Quantity> quantities) {
        OrganismModel model = OrganismInputs.model(scenario.person(), parameters);
        double start = scenario.person().ageYears();
        double end = scenario.endAgeYears();
        OrganismCohort cohort = model.cohort(scenario.seed(), people, start, scenario.outputs().everyDays());
        List<OrganismEvent> events = new ArrayList<>(Experiments.of(scenario));
        events.sort((a, b) -> Double.compare(a.ageYears(), b.ageYears()));
        TreeSet<Double> ages = new TreeSet<>();
        for (Quantity q : quantities) {
            if (q.kind() == Quantity.Kind.COLUMN_MEDIAN_AT) {
                ages.add(q.age());
            }
        }
        double[] out = new double[quantities.size()];
        Arrays.fill(out, Double.NaN);
        int next = 0;
        // on this thread (one block): calibration and sensitivity spread whole evaluations over the threads
        for (double age : ages) {
            next = advance(cohort, events, next, age);
            CohortSnapshot snap = cohort.snapshot();
            for (int i = 0; i < quantities.size(); i++) {
                Quantity q = quantities.get(i);
                if (q.kind() == Quantity.Kind.COLUMN_MEDIAN_AT && q.age() == age) {
                    out[i] = snap.median(q.column());
                }
            }
        }
        advance(cohort, events, next, end);
        MortalityTable table = new MortalityTable(cohort.deathAges(), start, end);
        for (int i = 0; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            out[i] = switch (q.kind()) {
                case MEDIAN_AGE_AT_DEATH -> table.medianDeathAge();
                case MEAN_AGE_AT_DEATH -> meanIfAllDied(cohort.deathAges());
                case MEAN_AGE_AT_DEATH_ALIVE_AT -> meanOfThoseAliveAt(cohort.deathAges(), q.age());
                case LIFE_EXPECTANCY -> meanIfAllDied(cohort.deathAges()) - start;
                case SURVIVAL_TO -> table.survival(q.age());
                case MORTALITY_DOUBLING_TIME -> Math.log(2)
                        / MortalityTable.gompertzSlope(table.bands(FIT_FROM, FIT_TO, BAND), MIN_DEATHS);
                case COLUMN_MEDIAN_AT -> out[i];
            };
        }
        return out;
    }

    private static double meanIfAllDied(double[] deathAges) {
        double s = 0;
        for (double d : deathAges) {
            if (Double.isNaN(d)) {
                return Double.NaN;
            }
            s += d;
        }
        return s / deathAges.length;
    }

    /**
     * Mean age at death of the people alive at {@code age} (death at or after it); NaN when nobody is,
     * or when one of them is still alive at the end (death age NaN).
     */
    static double meanOfThoseAliveAt(double[] deathAges, double age) {
        double s = 0;
        int n = 0;
        for (double d : deathAges) {
            if (Double.isNaN(d)) {
                return Double.NaN;
            }
            if (d >= age) {
                s += d;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    private static int advance(OrganismCohort cohort, List<OrganismEvent> events, int next, double age) {
        int i = next;
        while (i < events.size() && events.get(i).ageYears() <= age + 1e-9) {
            cohort.advanceTo(events.get(i).ageYears());
            cohort.apply(events.get(i));
            i++;
        }
        cohort.advanceTo(age);
        return i;
    }
}
