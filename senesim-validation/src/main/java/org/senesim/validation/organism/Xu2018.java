package org.senesim.validation.organism;

import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.SenolyticReach;
import org.senesim.run.Cohort;
import org.senesim.run.Executor;
import org.senesim.run.LocalExecutor;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.Species;
import org.senesim.systemic.CohortSnapshot;
import org.senesim.systemic.Organ;
import org.senesim.systemic.OrganismEvent;
import org.senesim.systemic.OrganismModel;
import org.senesim.validation.Reproduction;
import org.senesim.validation.ReproductionContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Xu et al. 2018 (Nat Med 24:1246): senescent preadipocytes transplanted intraperitoneally cause
 * dose-dependent physical dysfunction and spread senescence to host tissues in young mice and
 * shorten life in older recipients (17 months); dasatinib + quercetin (D+Q) every two weeks from
 * 24–27 months lowers the senescent burden and lengthens remaining life.
 *
 * <p>Transplants: the file's injection and the same injection at the fractions {@link #DOSES} of
 * its cell count (Xu's 0.2, 0.5 and 1 × 10⁶ cells for the young file), each in a cohort sharing the
 * seed with the uninjected one. D+Q: a three-day course every {@link #DQ_INTERVAL_DAYS} days, each
 * killing in each organ the mouse fraction of the registry ({@code intervention.dq.kill_fraction.mouse.<organ>},
 * through {@link SenolyticReach}) of its senolytic-reachable cells (the rest of the body's reachable
 * share, {@code intervention.senolytic.reachable_share.mouse.rest}, is fitted to this reproduction's
 * remaining-life gain; the organs' fractions are from studies), against a vehicle cohort with the same seed.
 */
public final class Xu2018 implements Reproduction {

    /** Mice per cohort (numerical setting). */
    static final int MICE = 4000;
    /** Doses as fractions of the file's injection: none, 0.2, 0.5 and 1 × 10⁶ cells for 1 × 10⁶. */
    static final double[] DOSES = {0.0, 0.2, 0.5, 1.0};
    /** Xu's schedule: D+Q by gavage on 3 consecutive days every 2 weeks (design, not biology). */
    static final double DQ_INTERVAL_DAYS = 14;
    /** The registry id of D+Q's headline kill fraction; organs with their own figure take theirs. */
    static final String DQ_KILL = "intervention.dq.kill_fraction";

    @Override
    public String name() {
        return "xu-2018";
    }

    @Override
    public String title() {
        return "Xu et al. 2018: transplanted senescent cells harm mice in a dose-dependent way; D+Q in old mice extends remaining life";
    }

    @Override
    public Map<String, Double> run(ReproductionContext context) {
        Map<String, Double> out = new LinkedHashMap<>();
        Executor executor = new LocalExecutor(context.threads());
        young(context, executor, out);
        old(context, executor, out);
        senolytic(context, executor, out);
        return out;
    }

    /** Young recipients: frailty and host-tissue senescence one month after the transplant, by dose. */
    private static void young(ReproductionContext context, Executor executor, Map<String, Double> out) {
        Scenario scenario = context.scenario("xu-2018-transplant-young.yaml");
        OrganismModel model = Cohorts.model(scenario, context.parameters(scenario));
        List<OrganismEvent> transplant = Cohorts.experiments(scenario, 1, "the transplant");
        double readAge = Cohorts.snapshotAges(scenario, 1, "the age at which function is tested").get(0);
        Organ site = ((OrganismEvent.Injection) transplant.get(0)).organ();
        double[] frailty = new double[DOSES.length];
        double[][] host = new double[DOSES.length][];
        for (int d = 0; d < DOSES.length; d++) {
            context.progress("young recipients, dose " + DOSES[d] + " of the file's transplant");
            Cohort mice = Cohorts.cohort(model, scenario, MICE, executor);
            Cohorts.advanceTo(mice, Cohorts.scaledInjections(transplant, DOSES[d]), 0, readAge);
            CohortSnapshot s = mice.snapshot();
            frailty[d] = s.mean("frailty_index");
            host[d] = hostBurden(mice, site);
        }
        double[] hostRise = new double[DOSES.length];
        for (int d = 0; d < DOSES.length; d++) {
            hostRise[d] = Cohorts.relativeRise(host[d], host[0]);
        }
        out.put("frailty_dose_steps_young", (double) Cohorts.monotoneSteps(frailty, true));
        out.put("host_senescence_dose_steps_young", (double) Cohorts.monotoneSteps(hostRise, true));
        out.put("host_senescence_rise_full_dose_young", hostRise[DOSES.length - 1]);
    }

    /** Older recipients: median age at death by dose, among the mice alive at the transplant. */
    private static void old(ReproductionContext context, Executor executor, Map<String, Double> out) {
        Scenario scenario = context.scenario("xu-2018-transplant-old.yaml");
        OrganismModel model = Cohorts.model(scenario, context.parameters(scenario));
        List<OrganismEvent> transplant = Cohorts.experiments(scenario, 1, "the transplant");
        double at = transplant.get(0).ageYears();
        double[] median = new double[DOSES.length];
        for (int d = 0; d < DOSES.length; d++) {
            context.progress("older recipients, dose " + DOSES[d] + " of the file's transplant, followed to death");
            Cohort mice = Cohorts.cohort(model, scenario, MICE, executor);
            Cohorts.advanceTo(mice, Cohorts.scaledInjections(transplant, DOSES[d]), 0, scenario.endAgeYears());
            median[d] = Cohorts.median(deathAgesAfter(mice, at, scenario.endAgeYears()));
        }
        out.put("survival_dose_steps_old", (double) Cohorts.monotoneSteps(median, false));
    }

    /**
     * D+Q every two weeks from the file's first snapshot age against vehicle, among the mice alive
     * then; the senescent burden is read at the second snapshot age.
     */
    private static void senolytic(ReproductionContext context, Executor executor, Map<String, Double> out) {
        Scenario scenario = context.scenario("xu-2018-dq-old.yaml");
        ParameterSet parameters = context.parameters(scenario);
        OrganismModel model = Cohorts.model(scenario, parameters);
        List<Double> ages = Cohorts.snapshotAges(scenario, 2, "the age treatment starts and the age the burden is read");
        double start = ages.get(0);
        double burdenAge = ages.get(1);
        double end = scenario.endAgeYears();
        // each organ loses its mouse fraction (intervention.dq.kill_fraction.mouse.*) of its reachable cells
        // (the rest of the body's reachable share is fitted to dq_median_remaining_life_gain), by the rule
        // every command uses (SenolyticReach)
        Map<Organ, Double> kill = new EnumMap<>(Organ.class);
        for (Organ o : Organ.values()) {
            kill.put(o, SenolyticReach.oralFraction(parameters, DQ_KILL, Species.MOUSE, o));
        }
        List<OrganismEvent> courses = new ArrayList<>();
        for (double age = start; age < end; age += DQ_INTERVAL_DAYS / 365.25) {
            for (Organ o : Organ.values()) {
                if (kill.get(o) > 0) {
                    courses.add(new OrganismEvent.SenolyticDose(age, EnumSet.of(o), kill.get(o)));
                }
            }
        }
        context.progress("D+Q every " + Math.round(DQ_INTERVAL_DAYS) + " days from " + start * 12
                + " months (kill fraction per course by organ " + kill + ") against vehicle");
        Cohort vehicle = Cohorts.cohort(model, scenario, MICE, executor);
        Cohort treated = Cohorts.cohort(model, scenario, MICE, executor);
        Cohorts.advanceTo(vehicle, List.of(), 0, burdenAge);
        int next = Cohorts.advanceTo(treated, courses, 0, burdenAge);
        double burdenChange = Cohorts.relativeRise(Cohorts.totalBurden(treated), Cohorts.totalBurden(vehicle));
        Cohorts.advanceTo(vehicle, List.of(), 0, end);
        Cohorts.advanceTo(treated, courses, next, end);
        double[] v = deathAgesAfter(vehicle, start, end);
        double[] t = deathAgesAfter(treated, start, end);
        double gain = (Cohorts.median(t) - start) / (Cohorts.median(v) - start) - 1.0;
        out.put("dq_burden_change", burdenChange);
        out.put("dq_median_remaining_life_gain", gain);
        out.put("dq_hazard_ratio", hazardRatio(t, v, end));
    }

    /**
     * Mean senescence markers (clearable plus persistent burden) of the organs other than the
     * transplant site (the host tissues), per mouse.
     */
    private static double[] hostBurden(Cohort mice, Organ site) {
        double[] sum = new double[mice.size()];
        int organs = 0;
        for (Organ o : Organ.values()) {
            if (o == site) {
                continue;
            }
            double[] x = Cohorts.markers(mice, o);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += x[i];
            }
            organs++;
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= organs;
        }
        return sum;
    }

    /**
     * Ages at death of the mice alive at {@code from} (NaN for those dead before, which
     * {@link Cohorts#median} skips), survivors at the end of follow-up counted at the end.
     */
    private static double[] deathAgesAfter(Cohort mice, double from, double end) {
        double[] d = mice.deathAges();
        for (int i = 0; i < d.length; i++) {
            if (Double.isNaN(d[i])) {
                d[i] = end;
            } else if (d[i] < from) {
                d[i] = Double.NaN;
            }
        }
        return d;
    }

    /**
     * Hazard ratio of treated against control by the log-rank (Peto) estimate
     * {@code (O_t/E_t)/(O_c/E_c)}; deaths at the end of follow-up are censored, NaN (not followed) skipped.
     */
    static double hazardRatio(double[] treated, double[] control, double end) {
        int n = treated.length + control.length;
        double[] time = new double[n];
        boolean[] isTreated = new boolean[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < treated.length; i++) {
            time[i] = treated[i];
            isTreated[i] = true;
        }
        for (int i = 0; i < control.length; i++) {
            time[treated.length + i] = control[i];
        }
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(time[a], time[b]));
        double atRiskT = Arrays.stream(treated).filter(x -> !Double.isNaN(x)).count();
        double atRiskC = Arrays.stream(control).filter(x -> !Double.isNaN(x)).count();
        double observedT = 0;
        double expectedT = 0;
        double observedC = 0;
        double expectedC = 0;
        for (int k : order) {
            if (Double.isNaN(time[k])) {
                continue; // died before follow-up began: never at risk (NaN sorts last)
            }
            boolean death = time[k] < end;
            if (death) {
                double pT = atRiskT / (atRiskT + atRiskC);
                expectedT += pT;
                expectedC += 1 - pT;
                if (isTreated[k]) {
                    observedT++;
                } else {
                    observedC++;
                }
            }
            if (isTreated[k]) {
                atRiskT--;
            } else {
                atRiskC--;
            }
        }
        return (observedT / expectedT) / (observedC / expectedC);
    }
}
