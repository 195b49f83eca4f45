package org.senesim.trial.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.senesim.report.html.Html;
import org.senesim.trial.design.Design;
import org.senesim.trial.design.Trial;
import org.senesim.trial.population.Population;
import org.senesim.trial.results.Effect;
import org.senesim.trial.results.TrialAnalysis;

/**
 * The trial's report.html, one self-contained page: participant flow, baseline table by arm,
 * Kaplan–Meier curves with bands and numbers at risk, a forest plot of every effect, a table of
 * every effect with the evidence behind it.
 */
public final class TrialReport {

    private TrialReport() {
    }

    public static String html(Trial trial, TrialAnalysis.Results r, List<String> notes) {
        List<String> arms = trial.arms().stream().map(a -> a.name()).toList();
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>").append(Html.escape(trial.name()))
                .append(" — Senesim trial</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}")
                .append("table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;font-size:14px}")
                .append("th{background:#f2f2f2}.flow{display:flex;gap:1em;flex-wrap:wrap;align-items:center}.box{border:1px solid #888;padding:6px 10px;border-radius:4px;background:#fafafa}.aside{margin:.4em 0 .8em 2em}.aside .box{border-style:dashed}")
                .append(".note{color:#555;font-size:13px}svg{display:block;margin:0.5em 0}\n</style></head><body>\n");
        b.append("<h1>Trial: ").append(Html.escape(trial.name())).append("</h1>\n");
        b.append("<p class='note'>Model predictions with stated evidence, never medical advice. Design: ")
                .append(Html.escape(describe(trial))).append(".</p>\n");
        for (String n : notes) {
            b.append("<p class='note'>").append(Html.escape(n)).append("</p>\n");
        }
        flow(b, r, arms, trial.design().type());
        baseline(b, r, arms);
        b.append("<h2>Time to event</h2>\n");
        for (TrialAnalysis.SurvivalResult s : r.survival()) {
            b.append("<h3>").append(Html.escape(s.endpoint().id())).append("</h3>\n");
            b.append(legend(arms));
            b.append(KaplanMeierChart.svg(s.endpoint().id(), arms, s.curves()));
        }
        b.append("<h2>Forest plot of every effect</h2>\n");
        Map<String, List<Effect>> byMeasure = new LinkedHashMap<>();
        for (Effect e : r.all()) {
            if (!e.measure().equals("NNT")) {
                // mean differences carry each endpoint's own unit (frailty index, kg, fraction): one
                // axis per endpoint, or a frailty difference of 0.02 sits as a dot beside 1.6 kg of grip
                String plot = e.measure().equals("mean difference") ? e.measure() + ": " + e.endpoint() : e.measure();
                byMeasure.computeIfAbsent(plot, k -> new ArrayList<>()).add(e);
            }
        }
        for (Map.Entry<String, List<Effect>> m : byMeasure.entrySet()) {
            b.append(ForestPlot.svg(m.getKey(), m.getValue(), arms));
        }
        b.append("<h2>Effects and the evidence behind them</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        Map<String, String> restsOn = new LinkedHashMap<>();
        for (Effect e : r.all()) {
            rows.add(List.of(e.endpoint(), e.arm() + " vs " + e.reference(), e.measure(), Svg.num(e.value()),
                    interval(e), Svg.p(e.p()), e.detail()));
            if (!e.evidence().isEmpty()) {
                restsOn.putIfAbsent(e.arm(), e.evidence());
            }
        }
        b.append(Html.table(List.of("endpoint", "comparison", "measure", "estimate", "95% CI", "p", "detail"), rows));
        // an arm's evidence is the same for each of its effects: written once, not in every row
        if (!restsOn.isEmpty()) {
            b.append("<h3>What each arm's effects rest on</h3>\n");
            List<List<String>> armRows = new ArrayList<>();
            restsOn.forEach((arm, evidence) -> armRows.add(List.of(arm, evidence)));
            b.append(Html.table(List.of("arm", "registry parameters of its treatments, with their evidence tiers"), armRows));
        }
        b.append("<p class='note'>Hazard ratios: Cox proportional hazards, Efron ties, Wald intervals")
                .append(trial.design().type() == Design.Type.PARALLEL ? "" : ", stratified by person (each person is in every arm)")
                .append(". RMST: restricted mean event-free time up to the horizon (the shortest longest follow-up of any arm); NNT at that horizon, ")
                .append("an interval through infinity when the survival difference's interval includes 0. The table under the effects names, for each arm, the registry parameters of its treatments with their evidence tiers (every effect of the arm rests on them); every effect also rests on the organism model's calibrated parameters (senesim params --grep organism). Person records: trial.duckdb (table person) and person.parquet; see docs/trials.md.</p>\n");
        return b.append("</body></html>\n").toString();
    }

    /** The 95 % interval as the table prints it; an NNT's through infinity as Altman writes it. */
    static String interval(Effect e) {
        return e.throughInfinity()
                ? "NNT(benefit) " + Svg.num(e.lower()) + " to ∞ to NNT(harm) " + Svg.num(-e.upper())
                : "(" + Svg.num(e.lower()) + ", " + Svg.num(e.upper()) + ")";
    }

    private static String legend(List<String> arms) {
        StringBuilder b = new StringBuilder("<p>");
        for (int a = 0; a < arms.size(); a++) {
            b.append("<span style='color:").append(Svg.colour(a)).append("'>■ ").append(Html.escape(arms.get(a))).append("</span> &nbsp; ");
        }
        return b.append("</p>\n").toString();
    }

    private static void flow(StringBuilder b, TrialAnalysis.Results r, List<String> arms, Design.Type type) {
        b.append("<h2>Participant flow</h2>\n");
        if (r.flow().isEmpty()) {
            b.append("<p class='note'>No flow table in this database.</p>\n");
            return;
        }
        Map<String, Map<String, Long>> stages = new LinkedHashMap<>();
        for (Object[] row : r.flow()) {
            stages.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>()).put((String) row[1], (Long) row[2]);
        }
        // CONSORT-like: the main chain runs screened → enrolled → the arms (the table below); people
        // excluded at screening leave the chain beside it, they do not pass through it
        b.append("<div class='flow'>");
        StringBuilder aside = new StringBuilder();
        for (Map.Entry<String, Map<String, Long>> s : stages.entrySet()) {
            if (s.getValue().containsKey("")) {
                String box = "<div class='box'>" + Html.escape(s.getKey()) + ": <b>" + s.getValue().get("") + "</b></div>";
                if (s.getKey().startsWith("excluded")) {
                    aside.append(box);
                } else {
                    b.append(box).append(" → ");
                }
            }
        }
        b.append("<span>").append(switch (type) {
            case PARALLEL -> "allocated to one of " + arms.size() + " arms";
            case SPLIT_BODY -> "each with one site in every one of " + arms.size() + " arms";
            case COUNTERFACTUAL -> "each living every one of " + arms.size() + " arms";
        }).append(" (table below)</span></div>\n");
        if (aside.length() > 0) {
            b.append("<div class='flow aside'><span class='note'>left out between screening and enrolment:</span> ")
                    .append(aside).append("</div>\n");
        }
        List<String> header = new ArrayList<>(List.of("stage"));
        header.addAll(arms);
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, Long>> s : stages.entrySet()) {
            if (s.getValue().containsKey("")) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(s.getKey()));
            for (String a : arms) {
                row.add(String.valueOf(s.getValue().getOrDefault(a, 0L)));
            }
            rows.add(row);
        }
        b.append(Html.table(header, rows));
    }

    private static void baseline(StringBuilder b, TrialAnalysis.Results r, List<String> arms) {
        b.append("<h2>Baseline characteristics by arm</h2>\n");
        List<String> header = new ArrayList<>(List.of(""));
        header.addAll(arms);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < r.baselineRows().size(); i++) {
            List<String> row = new ArrayList<>(List.of(r.baselineRows().get(i)));
            for (String a : arms) {
                List<String> col = r.baseline().get(a);
                row.add(col.size() > i ? col.get(i) : "");
            }
            rows.add(row);
        }
        b.append(Html.table(header, rows));
    }

    static String describe(Trial t) {
        Population p = t.population();
        String type = switch (t.design().type()) {
            case PARALLEL -> "parallel arms, randomised" + (t.design().block() > 0 ? " in permuted blocks of " + t.design().block() : "")
                    + (t.design().stratifyBy().isEmpty() ? "" : " within strata of " + String.join(", ", t.design().stratifyBy()));
            case SPLIT_BODY -> "within-person split-body (every person has one site per arm)";
            case COUNTERFACTUAL -> "counterfactual (every person lives every arm, same noise)";
        };
        String follow = Double.isNaN(t.design().toAge()) ? t.design().years() + " years" : "to age " + t.design().toAge();
        return type + "; " + p.size() + " people screened (seed " + p.seed() + "), ages " + p.marginal("age").describe()
                + ", eligible " + t.design().minAge() + "–" + t.design().maxAge() + "; follow-up " + follow
                + "; loss to follow-up " + t.design().lossPerYear() + "/year; model: " + t.fidelity().id()
                + " at " + Math.round(t.stepDays()) + "-day steps"
                + (t.minTier() == null ? "" : "; evidence cut: " + t.minTier());
    }
}
