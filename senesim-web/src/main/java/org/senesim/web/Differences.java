package org.senesim.web;

import org.senesim.run.Headlines;
import org.senesim.observe.TimeSeries;
import org.senesim.report.Numbers;
import org.senesim.run.ArmRun;
import org.senesim.scenario.Protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.senesim.web.Page.esc;

/**
 * The headline differences of a comparison, as {@code senesim compare} prints them: the reference
 * arm's value and every other arm's difference from it at the protocol's ages, paired by seed,
 * marked {@code ~} where a 95 % interval over the seeds contains 0 (run-to-run noise). Computed by
 * the same {@link Headlines} table as the console and the report.
 */
final class Differences {

    private Differences() {
    }

    /** The table as an HTML fragment (every string escaped), or empty for a job of one arm. */
    static String html(Job job) {
        List<List<ArmRun>> runs = job.results();
        int arms = runs.get(0).size();
        if (arms < 2) {
            return "";
        }
        Protocol protocol = job.scenario().protocol();
        int reference = 0;
        for (int a = 0; a < arms; a++) {
            if (runs.get(0).get(a).arm().name().equals(protocol.comparisonReference())) {
                reference = a;
            }
        }
        List<Double> ages = protocol.compareAges().isEmpty()
                ? Headlines.defaultAges(job.scenario().person().ageYears(), job.scenario().endAgeYears())
                : protocol.compareAges();
        List<List<TimeSeries>> series = new ArrayList<>();
        for (List<ArmRun> rep : runs) {
            series.add(rep.stream().map(r -> r.result().series()).toList());
        }
        List<Headlines.Row> rows = Headlines.tableOfReplicates(series, ages, reference);
        String refName = runs.get(0).get(reference).arm().name();
        StringBuilder b = new StringBuilder("<table class=\"list diff\" id=\"differences\"><thead><tr><th rowspan=\"2\">quantity</th>")
                .append("<th rowspan=\"2\">age</th><th rowspan=\"2\">").append(esc(refName)).append("</th>");
        for (int a = 0; a < arms; a++) {
            if (a != reference) {
                b.append("<th>").append(esc(runs.get(0).get(a).arm().name())).append("</th>");
            }
        }
        b.append("</tr><tr>");
        for (int a = 0; a < arms; a++) {
            if (a != reference) {
                b.append("<th class=\"sub\">vs ").append(esc(refName)).append("</th>");
            }
        }
        b.append("</tr></thead><tbody>");
        for (Headlines.Row r : rows) {
            if (!r.quantity().headline()) {
                continue;
            }
            b.append("<tr><td>").append(esc(r.quantity().label())).append(unit(r)).append("</td><td class=\"num\">")
                    .append(esc(Numbers.readable(r.ageYears(), 3))).append("</td><td class=\"num\">")
                    .append(esc(value(r.values()[reference]))).append("</td>");
            for (int a = 0; a < arms; a++) {
                if (a == reference) {
                    continue;
                }
                double d = r.difference(a);
                double rel = r.relative(a);
                String text = Double.isNaN(d) ? "—" : (r.withinNoise(a) ? "~" : r.oneSeedOnly(a) ? "?" : "")
                        + (Double.isNaN(rel) ? signed(d) : percent(rel));
                b.append("<td class=\"num").append(r.withinNoise(a) ? " noise" : "").append("\">").append(esc(text)).append("</td>");
            }
            b.append("</tr>");
        }
        int reps = runs.size();
        b.append("</tbody></table><p class=\"hint\">Means over ").append(reps).append(reps == 1 ? " seed" : " seeds")
                .append("; differences paired by seed, relative to ").append(esc(refName))
                .append(reps > 1 ? "; ~ where a 95 % interval over the seeds contains 0 (not distinguishable from run-to-run noise), "
                        + "? where only one seed reached the age." : " (one seed: noise cannot be told; add seeds).")
                .append(" Model predictions with stated evidence, not medical advice.</p>");
        return b.toString();
    }

    private static String unit(Headlines.Row r) {
        String u = r.unit();
        return u == null || u.equals("1") || r.quantity().label().contains(u) ? "" : " (" + esc(u) + ")";
    }

    private static String value(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        double a = Math.abs(v);
        return v != 0 && (a < 0.001 || a >= 1e6) ? String.format(Locale.ROOT, "%.2e", v) : Numbers.readable(v, 3);
    }

    private static String signed(double v) {
        String s = value(v);
        return v > 0 ? "+" + s : s;
    }

    private static String percent(double fraction) {
        long p = Math.round(fraction * 100);
        return p == 0 ? "0 %" : (p > 0 ? "+" : "") + p + " %";
    }
}
