package org.senesim.validation.organism;

import org.senesim.coupling.OrganismInputs;
import org.senesim.evidence.ParameterSet;
import org.senesim.run.Cohort;
import org.senesim.run.Executor;
import org.senesim.run.LocalExecutor;
import org.senesim.scenario.Scenario;
import org.senesim.systemic.MortalityTable;
import org.senesim.systemic.Organ;
import org.senesim.systemic.OrganismEquations;
import org.senesim.systemic.OrganismEvent;
import org.senesim.systemic.OrganismModel;
import org.senesim.systemic.OrganismParameters;
import org.senesim.validation.Reproduction;
import org.senesim.validation.ReproductionContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Karin et al. 2019 (Nat Commun 10:5495): senescent cells turn over in days in young mice and in
 * weeks in old mice, production rises linearly with age, and the resulting fluctuations give the
 * Gompertz law of mortality.
 *
 * <p>Mouse ({@code karin-2019-mouse.yaml}): a cohort from 2 months (a month to forget the common
 * starting state) read at the two snapshot ages, 3 and 22 months as in Karin's young and old mice:
 * the per-cell removal half-life {@code ln 2 · T / removal flux} (the flux is the model's removal
 * law summed over organs), the whole-body production (the model's drift minus its removal), and the
 * induction experiments: each of the file's two injections (3 and 22 months) given alone to a
 * cohort and followed daily against the uninjected twins until the injected organ's excess has
 * halved. Human ({@code karin-2019-human.yaml}): a cohort
 * followed to death; the Gompertz slope of its life-table hazards gives the mortality doubling time.
 */
public final class Karin2019 implements Reproduction {

    /** Mice per cohort (numerical setting: medians settle to well under 1 %). */
    static final int MICE = 4000;
    /** People in the human cohort (numerical setting). */
    static final int PEOPLE = 20_000;
    /** Ages over which the Gompertz slope is fitted, and the band width, years (analysis setting). */
    static final double FIT_FROM = 40;
    static final double FIT_TO = 90;
    static final double BAND = 5;
    /** Bands with fewer deaths are left out of the fit. */
    static final int MIN_DEATHS = 20;
    /** Longest follow-up of the induced excess, days. */
    static final int MAX_FOLLOW_DAYS = 150;

    @Override
    public String name() {
        return "karin-2019";
    }

    @Override
    public String title() {
        return "Karin et al. 2019: senescent-cell turnover in young and old mice, and the Gompertz law of mortality";
    }

    @Override
    public Map<String, Double> run(ReproductionContext context) {
        Map<String, Double> out = new LinkedHashMap<>();
        Executor executor = new LocalExecutor(context.threads());
        mouse(context, executor, out);
        human(context, executor, out);
        return out;
    }

    private static void mouse(ReproductionContext context, Executor executor, Map<String, Double> out) {
        Scenario scenario = context.scenario("karin-2019-mouse.yaml");
        ParameterSet parameters = context.parameters(scenario);
        List<Double> ages = Cohorts.snapshotAges(scenario, 2, "young and old age");
        List<OrganismEvent> induction = Cohorts.experiments(scenario, 2,
                "the induction of senescent cells in young mice, then in old mice");
        OrganismModel model = Cohorts.model(scenario, parameters);

        context.progress("mouse cohort of " + MICE + ": turnover at " + months(ages.get(0)) + " and "
                + months(ages.get(1)) + " months");
        Cohort mice = Cohorts.cohort(model, scenario, MICE, executor);
        double[] halfLife = new double[2];
        double[] production = new double[2];
        for (int k = 0; k < 2; k++) {
            mice.advanceTo(ages.get(k));
            halfLife[k] = Cohorts.median(removalHalfLife(mice));
            production[k] = Cohorts.median(production(mice, scenario));
        }
        out.put("removal_half_life_young", halfLife[0]);
        out.put("removal_half_life_old", halfLife[1]);
        out.put("production_ratio_old_young", production[1] / production[0]);

        for (int k = 0; k < 2; k++) {
            OrganismEvent.Injection injection = (OrganismEvent.Injection) induction.get(k);
            context.progress("induction at " + months(injection.ageYears()) + " months, followed daily");
            out.put(k == 0 ? "induced_half_life_young" : "induced_half_life_old",
                    inducedHalfLife(model, scenario, injection, executor));
        }
    }

    /**
     * Days until the mean excess burden of the injected organ (whole body for a body injection) over
     * the uninjected twins has halved, among mice alive in both; NaN when it does not within
     * {@link #MAX_FOLLOW_DAYS}.
     */
    private static double inducedHalfLife(OrganismModel model, Scenario scenario, OrganismEvent.Injection injection,
                                          Executor executor) {
        Cohort control = Cohorts.cohort(model, scenario, MICE, executor);
        Cohort induced = Cohorts.cohort(model, scenario, MICE, executor);
        control.advanceTo(injection.ageYears());
        Cohorts.advanceTo(induced, List.of(injection), 0, injection.ageYears());
        int organ = injection.organ() == null ? -1 : injection.organ().ordinal();
        double first = Double.NaN;
        double days = scenario.outputs().everyDays();
        for (int step = 0; step * days <= MAX_FOLLOW_DAYS; step++) {
            double excess = organ < 0
                    ? Cohorts.meanDifference(Cohorts.totalBurden(induced), Cohorts.totalBurden(control))
                    : Cohorts.meanDifference(induced.stateColumn(organ), control.stateColumn(organ));
            if (step == 0) {
                first = excess;
            } else if (excess <= 0.5 * first) {
                return step * days;
            }
            control.advance(1);
            induced.advance(1);
        }
        return Double.NaN;
    }

    private static void human(ReproductionContext context, Executor executor, Map<String, Double> out) {
        Scenario scenario = context.scenario("karin-2019-human.yaml");
        OrganismModel model = Cohorts.model(scenario, context.parameters(scenario));
        context.progress("human cohort of " + PEOPLE + " from " + scenario.person().ageYears() + " to "
                + scenario.endAgeYears() + " years");
        Cohort people = Cohorts.cohort(model, scenario, PEOPLE, executor);
        double end = scenario.endAgeYears();
        double step = 10;
        for (double age = scenario.person().ageYears() + step; age < end + step; age += step) {
            people.advanceTo(Math.min(age, end));
            context.progress("humans at " + Math.round(people.ageYears()) + " years, " + people.aliveCount() + " alive");
        }
        MortalityTable table = new MortalityTable(people.deathAges(), scenario.person().ageYears(), end);
        double slope = MortalityTable.gompertzSlope(table.bands(FIT_FROM, FIT_TO, BAND), MIN_DEATHS);
        out.put("mortality_doubling_time_human", Math.log(2) / slope);
    }

    /**
     * Per-cell removal half-life of everyone alive, days: {@code ln 2 · T / Σ w_o·X_o·r_o}, with
     * {@code r_o} the model's per-cell removal rate of organ {@code o}
     * ({@link OrganismParameters#removalPerCell}).
     */
    private static double[] removalHalfLife(Cohort cohort) {
        OrganismParameters p = cohort.parameters();
        double immune = p.immuneCapacity(cohort.ageYears());
        double[] total = Cohorts.totalBurden(cohort);
        double[][] x = new double[Organ.COUNT][];
        for (Organ o : Organ.values()) {
            x[o.ordinal()] = cohort.stateColumn(o.ordinal());
        }
        double[] organs = new double[Organ.COUNT];
        double[] h = new double[total.length];
        for (int i = 0; i < h.length; i++) {
            for (int o = 0; o < Organ.COUNT; o++) {
                organs[o] = x[o][i];
            }
            double whole = p.totalBurden(organs);
            double flux = 0;
            for (Organ o : Organ.values()) {
                double xo = organs[o.ordinal()];
                flux += p.weight(o) * xo * p.removalPerCell(immune, xo, whole);
            }
            h[i] = Math.log(2) * total[i] / flux;
        }
        return h;
    }

    /**
     * Whole-body production of everyone alive, burden units per day: the model's drift of each organ
     * plus its removal {@code I·β·X/(κ + Z)} ({@link OrganismParameters#removalPerCell}), weighted by organ shares.
     */
    private static double[] production(Cohort cohort, Scenario scenario) {
        OrganismParameters p = cohort.parameters();
        double age = cohort.ageYears();
        OrganismEquations eq = new OrganismEquations(p, age, OrganismInputs.exposures(scenario.person()));
        double immune = p.immuneCapacity(age);
        double[][] columns = new double[OrganismEquations.DIMENSION][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = cohort.stateColumn(c);
        }
        double[] x = new double[OrganismEquations.DIMENSION];
        double[] forcing = new double[OrganismEquations.DIMENSION];
        double[] rate = new double[OrganismEquations.DIMENSION];
        double[] out = new double[cohort.size()];
        for (int i = 0; i < out.length; i++) {
            if (Double.isNaN(columns[0][i])) {
                out[i] = Double.NaN;
                continue;
            }
            for (int c = 0; c < x.length; c++) {
                x[c] = columns[c][i];
            }
            eq.split(0.0, x, forcing, rate);
            double whole = p.totalBurden(x);
            double total = 0;
            for (Organ o : Organ.values()) {
                int k = o.ordinal();
                double drift = forcing[k] - rate[k] * x[k];
                total += p.weight(o) * (drift + p.removalPerCell(immune, x[k], whole) * x[k]);
            }
            out[i] = total;
        }
        return out;
    }

    private static String months(double years) {
        return String.valueOf(Math.round(years * 12));
    }
}
