package org.senesim.planner.report;

import org.senesim.planner.PlanFront;
import org.senesim.planner.objective.Objective;
import org.senesim.planner.screen.ScreenedPlan;
import org.senesim.planner.search.Candidate;
import org.senesim.report.Numbers;
import org.senesim.report.html.Html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The planner's report: the answer first (the fronts side by side, one per evidence cut), the
 * Pareto scatter, the re-check of chosen plans with replicate seeds and where it disagrees, then the
 * files. One self-contained page; every user string escaped.
 */
public final class PlanReport {

    private PlanReport() {
    }

    /**
     * @param title    e.g. "Plans for a 35-year-old woman, followed to 85"
     * @param settings lines describing the run (person, objectives, evaluations, seeds, skins)
     * @param fronts   one per evidence cut, every tier first
     * @param rechecks chosen plans re-run on the lattice (may be empty)
     * @param lives    the re-checked plans' lives beside no treatment and the reactive pattern (may be empty)
     * @param screened under a screening, each search's screening front judged again on the daily mean field (may be empty)
     * @param burdens  the downtime and fees of each treatment on offer, with their sources and tiers
     * @param files    the data files of the folder, with what each holds
     */
    public static String html(String title, List<String> settings, List<PlanFront> fronts, List<Recheck> rechecks,
                              List<PlanLives> lives, List<ScreenedPlan> screened,
                              List<org.senesim.planner.space.Burden> burdens, List<String[]> files) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(Html.escape(title))
                .append("</title><style>body{font-family:sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;font-size:14px}"
                        + "th{background:#f3f3f3}.warn{background:#fff4e5;border-left:4px solid #e67e22;padding:8px 12px}"
                        + ".cols{display:flex;gap:2em;flex-wrap:wrap}.cols>div{flex:1;min-width:420px}svg{max-width:100%;height:auto}"
                        + ".disagree{color:#c0392b;font-weight:bold}.note{color:#555;font-size:13px}</style></head><body>");
        h.append("<h1>").append(Html.escape(title)).append("</h1>");
        h.append("<p class=\"warn\">A model prediction with stated evidence, not medical advice. Each plan is a schedule the model "
                + "was asked to judge; what it shows is what the model's mechanisms and their evidence imply.</p>");
        h.append("<ul>");
        for (String s : settings) {
            h.append("<li>").append(Html.escape(s)).append("</li>");
        }
        h.append("</ul>");

        h.append("<h2 id=\"fronts\">The trade-offs: Pareto fronts</h2><p>Each row is a plan no other plan beats on every objective. "
                + "Side by side: with every evidence tier, and with only the effects resting on stronger evidence. A plan that keeps its "
                + "benefit on the right rests on firm evidence; one whose benefit vanishes rests on weak evidence.</p><div class=\"cols\">");
        for (PlanFront f : fronts) {
            h.append("<div><h3>").append(Html.escape(f.cut())).append(" — ").append(f.front().size()).append(" plans</h3>");
            h.append(flatObjectives(f.cut(), f.objectives(), f.front())).append(frontTable(f)).append("</div>");
        }
        h.append("</div>");

        h.append("<h2 id=\"scatter\">Pareto scatter</h2><div class=\"cols\">");
        int n = fronts.get(0).objectives().size();
        int k = 0;
        for (int j = 1; j < n && k < 3; j++, k++) {
            h.append("<div>").append(ParetoChart.svg(fronts, 0, j, "pareto-" + j)).append("</div>");
        }
        h.append("</div>");

        if (!screened.isEmpty()) {
            long dropped = screened.stream().filter(p -> !p.onDailyFront()).count();
            h.append("<h2 id=\"screening\">Screened, then judged on the daily mean field</h2><p>The search judged plans on a "
                    + "coarser, cheaper skin model (the screening, settings above), whose figures are not the daily mean field's: "
                    + "it is used to order plans. Its front, thinned to one plan per box of the screening's scatter, was then simulated "
                    + "again on the daily mean-field skin "
                    + "with the same seeds; the fronts above and front.csv give those figures, plans.csv every plan as the screening judged it. ").append(dropped)
                    .append(" of ").append(screened.size()).append(" screened front plans are beaten on every objective by another "
                    + "once judged daily (in red): there the screening and the daily mean field disagree, and they are left off "
                    + "the fronts above. Plans the screening thought dominated were not judged again, nor front plans it could not "
                    + "tell from a kept one: no better in fees, sessions or downtime, and better by less than the screening's scatter (the settings "
                    + "above say how many).</p>");
            h.append(screeningTable(fronts.get(0).objectives(), screened));
        }
        if (!rechecks.isEmpty()) {
            h.append("<h2 id=\"recheck\">Re-checked on the lattice patch</h2><p>The search judged each plan on its own skin model "
                    + "(settings above) with its fixed seeds; these plans were run again on the person file's lattice patch with "
                    + "replicate seeds. A value in red differs by more "
                    + "than ").append(Math.round(Recheck.AGREEMENT * 100)).append(" % and lies outside the lattice's seed range: there the "
                    + "search's figure rests on the cheaper skin model or on seed noise, and the lattice's figure is the one to trust. "
                    + "Lesion counts (actinic keratoses, carcinomas) are known to read 1.5 to 3 times lower on the mean-field "
                    + "skin than on the lattice while a treatment's relative effect on them agrees (docs/model.md section 8): "
                    + "there a disagreement is expected, and plans are compared with each other on one skin.</p>");
            h.append(recheckTable(fronts.get(0).objectives(), rechecks));
        }
        if (!lives.isEmpty()) {
            h.append("<h2 id=\"lives\">Chosen plans against no treatment and the reactive pattern</h2><p>Each re-checked plan's "
                    + "life on the lattice patch beside the same person without treatment and with the reactive pattern of the "
                    + "flagship comparison (treating once visible aging has set in; shown only when it falls inside the follow-up), "
                    + "all with the same replicate seeds: lines are the mean of the seeds still alive, bands the seeds' range. "
                    + "Where the bands overlap, the plans are not told apart by this many seeds.</p>");
            int i = 0;
            for (PlanLives p : lives) {
                i++;
                h.append("<h3>").append(Html.escape(p.cut())).append(": ").append(Html.escape(p.plan().describe())).append("</h3>")
                        .append("<div class=\"cols\">");
                for (String svg : PlanCharts.svgs(p, "lives-" + i)) {
                    h.append("<div>").append(svg).append("</div>");
                }
                h.append("</div>");
            }
        }
        if (!burdens.isEmpty()) {
            h.append("<h2 id=\"burdens\">What a session costs, and where the figures come from</h2><p>Downtime and fees are "
                    + "typical published figures with the range their source reports, not simulated; a wounding device's "
                    + "downtime moves over its range with the wound each session's settings make (the typical figure at the "
                    + "typical settings). Fees vary several-fold between countries and clinics: give your own with "
                    + "<code>--burdens FILE</code>.</p>");
            List<List<String>> costRows = new ArrayList<>();
            for (org.senesim.planner.space.Burden b : burdens) {
                costRows.add(List.of(Html.escape(b.entryId()),
                        Html.escape(Numbers.readable(b.downtimeDays(), 3) + " days (" + Numbers.readable(b.downtimeRange()[0], 3)
                                + "–" + Numbers.readable(b.downtimeRange()[1], 3) + ")"),
                        Html.escape("[" + b.downtimeTier().id() + "] " + b.downtimeSource()),
                        Html.escape("US$" + Numbers.readable(b.costUsd(), 4) + " (" + Numbers.readable(b.costRange()[0], 4) + "–"
                                + Numbers.readable(b.costRange()[1], 4) + ") per " + (b.costPerYear() ? "year" : "session")),
                        Html.escape("[" + b.costTier().id() + "] " + b.costSource())));
            }
            h.append(rawTable(List.of("treatment", "downtime per session (range)", "source [tier]", "fee (range)", "source [tier]"),
                    costRows));
        }
        List<List<String>> rows = new ArrayList<>();
        for (String[] f : files) {
            rows.add(List.of("<a href=\"" + Html.escape(f[0]) + "\">" + Html.escape(f[0]) + "</a>", Html.escape(f[1])));
        }
        h.append("<h2 id=\"files\">Files</h2>").append(rawTable(List.of("file", "what it holds"), rows));
        h.append("</body></html>\n");
        return h.toString();
    }

    /** Relative spread over a front below which an objective is called flat (its figures agree to 1 %). */
    static final double FLAT_SPREAD = 0.01;

    /**
     * A simulated objective that every plan of a front scores about alike is one the treatments on
     * offer barely move at that evidence cut (typically: no effect on it rests on evidence that
     * strong). Said in words, since a column of equal figures reads like a fault, and the front's
     * order along it is then noise-sized.
     */
    static String flatObjectives(String cut, List<Objective> objectives, List<Candidate> front) {
        StringBuilder out = new StringBuilder();
        if (front.size() < 2) {
            return "";
        }
        for (int i = 0; i < objectives.size(); i++) {
            Objective o = objectives.get(i);
            if (!o.simulated()) {
                continue;
            }
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (Candidate c : front) {
                lo = Math.min(lo, c.objective(i));
                hi = Math.max(hi, c.objective(i));
            }
            double scale = Math.max(Math.abs(lo), Math.abs(hi));
            if (scale > 0 && (hi - lo) <= FLAT_SPREAD * scale) {
                out.append("<p class=\"note\">Every plan of this front scores about the same ").append(Html.escape(o.label()))
                        .append(" (").append(fmt(o.readable(lo))).append(", within ")
                        .append(Math.max(0.1, Math.ceil(1000 * (hi - lo) / scale) / 10)).append(" % from plan to plan): with ")
                        .append(Html.escape(cut)).append(", the treatments on offer barely move it, so this front trades off")
                        .append(" the other objectives.</p>");
            }
        }
        return out.toString();
    }

    private static String frontTable(PlanFront f) {
        List<String> header = new ArrayList<>(List.of("#"));
        for (Objective o : f.objectives()) {
            header.add(Html.escape(o.label() + " (" + o.unit() + ")"));
        }
        header.add("plan");
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < f.front().size(); r++) {
            Candidate c = f.front().get(r);
            List<String> row = new ArrayList<>(List.of(String.valueOf(r + 1)));
            for (int i = 0; i < f.objectives().size(); i++) {
                row.add(fmt(f.objectives().get(i).readable(c.objective(i))));
            }
            row.add(Html.escape(f.plans().get(r).describe()));
            rows.add(row);
        }
        return rawTable(header, rows);
    }

    private static String screeningTable(List<Objective> objectives, List<ScreenedPlan> screened) {
        List<String> header = new ArrayList<>(List.of("plan"));
        List<Objective> simulated = objectives.stream().filter(Objective::simulated).toList();
        for (Objective o : simulated) {
            header.add(Html.escape(o.label()) + ": screening / daily mean field");
        }
        header.add("on the daily front");
        List<List<String>> rows = new ArrayList<>();
        for (ScreenedPlan p : screened) {
            List<String> row = new ArrayList<>(List.of(Html.escape(p.cut() + ": " + p.plan().describe())));
            for (Objective o : simulated) {
                row.add(fmt(p.screened().mean(o.outcome())) + " / " + fmt(p.daily().mean(o.outcome())));
            }
            row.add(p.onDailyFront() ? "yes" : "<span class=\"disagree\">no: dominated once judged daily</span>");
            rows.add(row);
        }
        return rawTable(header, rows);
    }

    private static String recheckTable(List<Objective> objectives, List<Recheck> rechecks) {
        List<String> header = new ArrayList<>(List.of("plan"));
        List<Objective> simulated = objectives.stream().filter(Objective::simulated).toList();
        for (Objective o : simulated) {
            header.add(Html.escape(o.label()) + ": search / replicates (seed range)");
        }
        List<List<String>> rows = new ArrayList<>();
        for (Recheck r : rechecks) {
            List<String> row = new ArrayList<>(List.of(Html.escape(r.plan().describe())));
            for (Objective o : simulated) {
                String cell = fmt(r.searched().mean(o.outcome())) + " / " + fmt(r.lattice().mean(o.outcome())) + " ("
                        + fmt(r.lattice().low().get(o.outcome())) + "–" + fmt(r.lattice().high().get(o.outcome())) + ")";
                row.add(r.agrees(o.outcome()) ? cell : "<span class=\"disagree\">" + cell + " disagree</span>");
            }
            rows.add(row);
        }
        return rawTable(header, rows);
    }

    /** A table whose cells are already HTML. */
    private static String rawTable(List<String> header, List<List<String>> rows) {
        StringBuilder t = new StringBuilder("<table><tr>");
        for (String c : header) {
            t.append("<th>").append(c).append("</th>");
        }
        t.append("</tr>");
        for (List<String> r : rows) {
            t.append("<tr>");
            for (String c : r) {
                t.append("<td>").append(c).append("</td>");
            }
            t.append("</tr>");
        }
        return t.append("</table>").toString();
    }

    static String fmt(double v) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            int exp = (int) Math.floor(Math.log10(a));
            return String.format(Locale.ROOT, "%.2f × 10<sup>%d</sup>", v / Math.pow(10, exp), exp);
        }
        return a >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
