package org.senesim.trial.results;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.senesim.trial.design.Design;
import org.senesim.trial.design.Endpoint;
import org.senesim.trial.design.Trial;
import org.senesim.trial.survival.Cox;
import org.senesim.trial.survival.Effects;
import org.senesim.trial.survival.KaplanMeier;
import org.senesim.trial.survival.LogRank;

/**
 * Analyses a trial's person table, wherever it came from (the DuckDB file of a run, its Parquet
 * copy, a Spark job's Parquet): Kaplan–Meier per arm, and for every arm against the first (the
 * reference) the Cox hazard ratio (Efron ties, Wald 95 % CI), the log-rank test, the difference
 * in restricted mean survival and the number needed to treat at the horizon, and mean differences
 * of value endpoints.
 *
 * <p>Parallel trials compare arms unstratified. Split-body and counterfactual trials have every
 * person in every arm; they are analysed within person: Cox and log-rank stratified by person.
 */
public final class TrialAnalysis {

    private static final double LEVEL = 0.95;

    /** Kaplan–Meier curves and effects of one time-to-event endpoint. */
    public record SurvivalResult(Endpoint endpoint, List<KaplanMeier> curves, double horizon, List<Effect> effects,
                                 long[] events) {
    }

    /** Everything a report shows. */
    public record Results(List<SurvivalResult> survival, List<Effect> values, List<Effect> all,
                          Map<String, List<String>> baseline, List<String> baselineRows, List<Object[]> flow) {
    }

    private TrialAnalysis() {
    }

    public static Results analyse(Connection c, String relation, Trial trial, Map<Integer, String> evidence) throws SQLException {
        List<String> arms = trial.arms().stream().map(a -> a.name()).toList();
        boolean withinPerson = trial.design().type() != Design.Type.PARALLEL;
        List<SurvivalResult> survival = new ArrayList<>();
        List<Effect> values = new ArrayList<>();
        List<Effect> all = new ArrayList<>();
        for (Endpoint e : trial.endpoints()) {
            if (e.timeToEvent()) {
                SurvivalResult r = survival(c, relation, e, arms, withinPerson, evidence);
                if (r == null) {
                    continue;   // some arm has no one at risk (all over the threshold at enrolment)
                }
                survival.add(r);
                all.addAll(r.effects());
            } else {
                List<Effect> v = withinPerson ? pairedValue(c, relation, e, arms, evidence) : value(c, relation, e, arms, evidence);
                values.addAll(v);
                all.addAll(v);
            }
        }
        List<String> rows = new ArrayList<>();
        Map<String, List<String>> baseline = baseline(c, relation, arms, rows);
        return new Results(survival, values, all, baseline, rows, flow(c));
    }

    static SurvivalResult survival(Connection c, String relation, Endpoint e, List<String> arms, boolean withinPerson,
                                   Map<Integer, String> evidence) throws SQLException {
        EndpointData d = EndpointData.read(c, relation, e.id() + "_years", e.id() + "_event");
        int k = arms.size();
        List<KaplanMeier> curves = new ArrayList<>();
        long[] events = new long[k];
        double horizon = Double.POSITIVE_INFINITY;
        for (int a = 0; a < k; a++) {
            if (d.rows(a, a).length == 0) {
                return null;
            }
        }
        for (int a = 0; a < k; a++) {
            int[] rows = d.rows(a, a);
            double[] t = new double[rows.length];
            boolean[] ev = new boolean[rows.length];
            double max = 0;
            for (int i = 0; i < rows.length; i++) {
                t[i] = d.time()[rows[i]];
                ev[i] = d.event()[rows[i]];
                events[a] += ev[i] ? 1 : 0;
                max = Math.max(max, t[i]);
            }
            curves.add(KaplanMeier.fit(t, ev));
            horizon = Math.min(horizon, max);
        }
        List<Effect> effects = new ArrayList<>();
        for (int a = 1; a < k; a++) {
            int[] rows = d.rows(0, a);
            double[] t = new double[rows.length];
            boolean[] ev = new boolean[rows.length];
            double[] x = new double[rows.length];
            int[] group = new int[rows.length];
            int[] strata = withinPerson ? new int[rows.length] : null;
            for (int i = 0; i < rows.length; i++) {
                t[i] = d.time()[rows[i]];
                ev[i] = d.event()[rows[i]];
                group[i] = d.arm()[rows[i]] == a ? 1 : 0;
                x[i] = group[i];
                if (withinPerson) {
                    strata[i] = (int) d.person()[rows[i]];
                }
            }
            String ev0 = evidence.getOrDefault(a, "");
            LogRank lr = LogRank.test(t, ev, group, strata);
            // a p below what a double holds prints as 0; say "< 0.001" as the p column does
            String logRankP = lr.p() < 0.001 ? "p < 0.001" : String.format(java.util.Locale.ROOT, "p = %.3g", lr.p());
            String counts = String.format(java.util.Locale.ROOT, "%d vs %d events; log-rank %s%s",
                    events[a], events[0], logRankP, withinPerson ? " (within person)" : "");
            try {
                Cox.Fit fit = Cox.fit(t, ev, new double[][] {x}, strata);
                double[] ci = fit.hazardRatioInterval(0, LEVEL);
                effects.add(new Effect(e.id(), arms.get(a), arms.get(0), "hazard ratio", fit.hazardRatio(0), ci[0], ci[1],
                        fit.waldP(0), true, counts, ev0));
            } catch (ArithmeticException notEstimable) {
                effects.add(new Effect(e.id(), arms.get(a), arms.get(0), "hazard ratio", Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN, true, counts + "; " + whyNotEstimable(lr), ev0));
            }
            Effects.Estimate rmst = Effects.rmstDifference(curves.get(a), curves.get(0), horizon, LEVEL);
            effects.add(new Effect(e.id(), arms.get(a), arms.get(0), "RMST difference (years)", rmst.value(), rmst.lower(),
                    rmst.upper(), rmst.p(), false, String.format(java.util.Locale.ROOT, "event-free years gained up to %.1f years after enrolment", horizon), ev0));
            Effects.Estimate nnt = Effects.numberNeededToTreat(curves.get(a), curves.get(0), horizon, LEVEL);
            effects.add(new Effect(e.id(), arms.get(a), arms.get(0), "NNT", nnt.value(), nnt.lower(), nnt.upper(), nnt.p(),
                    false, String.format(java.util.Locale.ROOT, "people treated for one more event-free at %.1f years (negative: harm)", horizon), ev0));
        }
        return new SurvivalResult(e, curves, horizon, effects, events);
    }

    /**
     * Why the Cox fit found no finite hazard ratio. With no log-rank variance the partial likelihood
     * carries no information (every event tied within its stratum). Otherwise it rises without end
     * as the coefficient runs to ±∞ (monotone likelihood, where R's coxph warns that a coefficient
     * "may be infinite"): in every stratum with an event, one arm's came first. Typical of a
     * counterfactual trial whose treatment delays the event in every person; the log-rank test's
     * observed and expected events say which way.
     */
    /** How the detail of an effect with no estimate begins its reason (after the event counts). */
    public static final String NOT_ESTIMABLE = "not estimable";

    static String whyNotEstimable(LogRank lr) {
        if (!(lr.variance()[1][1] > 0.0)) {
            return NOT_ESTIMABLE + " (no information in the partial likelihood: every event tied within its stratum)";
        }
        return lr.observed()[1] < lr.expected()[1]
                ? NOT_ESTIMABLE + ": the hazard ratio runs to 0 (the treated arm's event came later, or never, in every stratum"
                        + " with an event: monotone likelihood); read the RMST difference"
                : NOT_ESTIMABLE + ": the hazard ratio runs to infinity (the treated arm's event came first in every stratum"
                        + " with an event: monotone likelihood); read the RMST difference";
    }

    static List<Effect> value(Connection c, String relation, Endpoint e, List<String> arms, Map<Integer, String> evidence) throws SQLException {
        List<Effect> out = new ArrayList<>();
        double[][] stats = new double[arms.size()][];
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT arm_index, avg(" + e.id() + "), var_samp("
                + e.id() + "), count(" + e.id() + ") FROM " + relation + " GROUP BY arm_index ORDER BY arm_index")) {
            while (rs.next()) {
                stats[rs.getInt(1)] = new double[] {rs.getDouble(2), rs.getDouble(3), rs.getLong(4)};
            }
        }
        for (int a = 1; a < arms.size(); a++) {
            if (stats[0] == null || stats[a] == null || stats[0][2] < 2 || stats[a][2] < 2) {
                continue;
            }
            Effects.Estimate m = Effects.meanDifference(stats[a][0], stats[a][1], (long) stats[a][2], stats[0][0], stats[0][1],
                    (long) stats[0][2], LEVEL);
            out.add(new Effect(e.id(), arms.get(a), arms.get(0), "mean difference", m.value(), m.lower(), m.upper(), m.p(), false,
                    String.format(java.util.Locale.ROOT, "%s at %.0f: %.4g vs %.4g (n = %d vs %d)", e.measure().name().toLowerCase(java.util.Locale.ROOT),
                            e.ageYears(), stats[a][0], stats[0][0], (long) stats[a][2], (long) stats[0][2]),
                    evidence.getOrDefault(a, "")));
        }
        return out;
    }

    /** Value endpoints of within-person designs: the mean of each person's difference between arms. */
    static List<Effect> pairedValue(Connection c, String relation, Endpoint e, List<String> arms, Map<Integer, String> evidence) throws SQLException {
        List<Effect> out = new ArrayList<>();
        for (int a = 1; a < arms.size(); a++) {
            String sql = "SELECT avg(t.v - r.v), var_samp(t.v - r.v), count(*), avg(t.v), avg(r.v) FROM (SELECT person_id, " + e.id()
                    + " AS v FROM " + relation + " WHERE arm_index = " + a + ") t JOIN (SELECT person_id, " + e.id() + " AS v FROM "
                    + relation + " WHERE arm_index = 0) r USING (person_id) WHERE t.v IS NOT NULL AND r.v IS NOT NULL";
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                long n = rs.getLong(3);
                if (n < 2) {
                    continue;
                }
                Effects.Estimate m = Effects.pairedMeanDifference(rs.getDouble(1), rs.getDouble(2), n, LEVEL);
                out.add(new Effect(e.id(), arms.get(a), arms.get(0), "mean difference", m.value(), m.lower(), m.upper(), m.p(), false,
                        String.format(java.util.Locale.ROOT, "%s at %.0f: %.4g vs %.4g, paired within %d people",
                                e.measure().name().toLowerCase(java.util.Locale.ROOT), e.ageYears(), rs.getDouble(4), rs.getDouble(5), n),
                        evidence.getOrDefault(a, "")));
            }
        }
        return out;
    }

    /** Baseline characteristics by arm, computed in SQL from the person table. */
    static Map<String, List<String>> baseline(Connection c, String relation, List<String> arms, List<String> rows) throws SQLException {
        String[][] items = {
            {"Units", "count(*)::VARCHAR"},
            {"Age at enrolment, mean (SD)", "printf('%.1f (%.1f)', avg(age_enrolment), coalesce(stddev_samp(age_enrolment), 0))"},
            {"Women, %", "printf('%.1f', 100.0 * avg(CASE WHEN sex = 'female' THEN 1 ELSE 0 END))"},
            {"Fitzpatrick type, mean", "printf('%.2f', avg(fitzpatrick))"},
            {"Latitude, mean (SD)", "printf('%.1f (%.1f)', avg(latitude), coalesce(stddev_samp(latitude), 0))"},
            {"Outdoor hours per day, mean", "printf('%.2f', avg(outdoor_hours))"},
            {"Smokers, %", "printf('%.1f', 100.0 * avg(CASE WHEN smoking_packs > 0 THEN 1 ELSE 0 END))"},
            {"Alcohol, drinks/week, mean", "printf('%.1f', avg(alcohol_drinks))"},
            {"Western or high-fat diet, %", "printf('%.1f', 100.0 * avg(CASE WHEN diet IN ('western', 'high-fat') THEN 1 ELSE 0 END))"},
        };
        Map<String, List<String>> out = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("SELECT arm_index");
        for (String[] it : items) {
            rows.add(it[0]);
            sql.append(", ").append(it[1]);
        }
        sql.append(" FROM ").append(relation).append(" GROUP BY arm_index ORDER BY arm_index");
        for (String a : arms) {
            out.put(a, new ArrayList<>());
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
            while (rs.next()) {
                List<String> col = out.get(arms.get(rs.getInt(1)));
                for (int i = 0; i < items.length; i++) {
                    col.add(rs.getString(2 + i));
                }
            }
        }
        return out;
    }

    /** The flow table when the relation's database has one (a run's DuckDB file), else empty. */
    static List<Object[]> flow(Connection c) {
        List<Object[]> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT stage, arm, units FROM flow ORDER BY stage_order, arm")) {
            while (rs.next()) {
                out.add(new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)});
            }
        } catch (SQLException noFlowTable) {
            // Parquet from elsewhere carries no flow; the report then shows the table's own counts
        }
        return out;
    }
}
