package org.senesim.calibration.report;

import org.senesim.calibration.sensitivity.MorrisIndex;
import org.senesim.calibration.sensitivity.SobolIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The files of {@code senesim sensitivity}: {@code sensitivity.csv} (one row per output and
 * parameter) and {@code report.html} (per output, a table ranked by importance and its bar chart:
 * μ* with its bootstrap interval for Morris, total and first-order indices for Sobol).
 */
public final class SensitivityReport {

    private SensitivityReport() {
    }

    public static String morrisCsv(List<MorrisIndex> m) {
        StringBuilder s = new StringBuilder("output,parameter,rank,mu,mu_star,sigma,mu_star_low,mu_star_high,effects\n");
        for (List<MorrisIndex> group : byOutput(m, MorrisIndex::output).values()) {
            List<MorrisIndex> ranked = new ArrayList<>(group);
            ranked.sort(Comparator.comparingDouble((MorrisIndex x) -> -x.muStar()));
            int r = 1;
            for (MorrisIndex x : ranked) {
                s.append(String.format(Locale.ROOT, "%s,%s,%d,%.6g,%.6g,%.6g,%.6g,%.6g,%d%n", x.output(), x.parameter(), r++,
                        x.mu(), x.muStar(), x.sigma(), x.muStarLow(), x.muStarHigh(), x.effects()));
            }
        }
        return s.toString();
    }

    public static String sobolCsv(List<SobolIndex> m) {
        StringBuilder s = new StringBuilder("output,parameter,rank,first,first_low,first_high,total,total_low,total_high\n");
        for (List<SobolIndex> group : byOutput(m, SobolIndex::output).values()) {
            List<SobolIndex> ranked = new ArrayList<>(group);
            ranked.sort(Comparator.comparingDouble((SobolIndex x) -> -x.total()));
            int r = 1;
            for (SobolIndex x : ranked) {
                s.append(String.format(Locale.ROOT, "%s,%s,%d,%.6g,%.6g,%.6g,%.6g,%.6g,%.6g%n", x.output(), x.parameter(),
                        r++, x.first(), x.firstLow(), x.firstHigh(), x.total(), x.totalLow(), x.totalHigh()));
            }
        }
        return s.toString();
    }

    public static String morrisHtml(String title, String note, List<MorrisIndex> m) {
        StringBuilder s = head(title, note);
        for (Map.Entry<String, List<MorrisIndex>> e : byOutput(m, MorrisIndex::output).entrySet()) {
            List<MorrisIndex> r = new ArrayList<>(e.getValue());
            r.sort(Comparator.comparingDouble((MorrisIndex x) -> -x.muStar()));
            s.append("<h2>").append(Svg.esc(e.getKey())).append("</h2><table><tr><th>rank</th><th>parameter</th>"
                    + "<th>μ*</th><th>95 % interval of μ*</th><th>μ</th><th>σ</th><th>effects</th></tr>");
            int k = 1;
            long undefined = 0;
            for (MorrisIndex x : r) {
                undefined += x.effects() < 2 ? 1 : 0;
                s.append("<tr><td>").append(k++).append("</td><td style='text-align:left'>").append(Svg.esc(x.parameter()))
                        .append("</td><td>").append(Svg.f(x.muStar())).append("</td><td>").append(Svg.f(x.muStarLow()))
                        .append(" – ").append(Svg.f(x.muStarHigh())).append("</td><td>").append(Svg.f(x.mu()))
                        .append("</td><td>").append(Svg.f(x.sigma())).append("</td><td>").append(x.effects())
                        .append("</td></tr>");
            }
            s.append("</table><p>Effects: how many of the parameter's elementary effects were defined. An effect is undefined"
                    + " when the output is undefined (NaN) at either end of its step, e.g. a mean age at death when someone of the cohort"
                    + " outlives the scenario.");
            if (undefined > 0) {
                s.append(" ").append(undefined).append(" parameters here have fewer than two: their σ and interval say nothing,"
                        + " and with none (NaN) the parameter is not ranked. More trajectories (--samples), a longer scenario"
                        + " or an output defined everywhere rank them.");
            }
            s.append("</p>");
            s.append(Svg.tornado("μ (signed mean effect over the whole range; tornado)", r.stream().map(MorrisIndex::parameter)
                    .toArray(String[]::new), r.stream().mapToDouble(MorrisIndex::mu).toArray()));
        }
        return s.append("</body></html>\n").toString();
    }

    public static String sobolHtml(String title, String note, List<SobolIndex> m) {
        StringBuilder s = head(title, note);
        for (Map.Entry<String, List<SobolIndex>> e : byOutput(m, SobolIndex::output).entrySet()) {
            List<SobolIndex> r = new ArrayList<>(e.getValue());
            r.sort(Comparator.comparingDouble((SobolIndex x) -> -x.total()));
            s.append("<h2>").append(Svg.esc(e.getKey())).append("</h2><table><tr><th>rank</th><th>parameter</th>"
                    + "<th>total S<sub>T</sub></th><th>95 %</th><th>first order S</th><th>95 %</th></tr>");
            int k = 1;
            for (SobolIndex x : r) {
                s.append("<tr><td>").append(k++).append("</td><td style='text-align:left'>").append(Svg.esc(x.parameter()))
                        .append("</td><td>").append(Svg.f(x.total())).append("</td><td>").append(Svg.f(x.totalLow()))
                        .append(" – ").append(Svg.f(x.totalHigh())).append("</td><td>").append(Svg.f(x.first()))
                        .append("</td><td>").append(Svg.f(x.firstLow())).append(" – ").append(Svg.f(x.firstHigh()))
                        .append("</td></tr>");
            }
            s.append("</table>");
            String[] labels = r.stream().map(SobolIndex::parameter).toArray(String[]::new);
            s.append(Svg.bars("total index S_T with its 95 % bootstrap interval", labels,
                    r.stream().mapToDouble(SobolIndex::total).toArray(), r.stream().mapToDouble(SobolIndex::totalLow).toArray(),
                    r.stream().mapToDouble(SobolIndex::totalHigh).toArray()));
            s.append(Svg.bars("first-order index S with its 95 % bootstrap interval", labels,
                    r.stream().mapToDouble(SobolIndex::first).toArray(), r.stream().mapToDouble(SobolIndex::firstLow).toArray(),
                    r.stream().mapToDouble(SobolIndex::firstHigh).toArray()));
        }
        return s.append("</body></html>\n").toString();
    }

    private static StringBuilder head(String title, String note) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html><head><meta charset='utf-8'><title>")
                .append(Svg.esc(title)).append("</title><style>body{font-family:sans-serif;max-width:1100px;margin:auto}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}"
                        + "th{background:#eee}</style></head><body><h1>").append(Svg.esc(title)).append("</h1><p>")
                .append(Svg.esc(note)).append("</p>");
        return s;
    }

    private static <T> Map<String, List<T>> byOutput(List<T> all, java.util.function.Function<T, String> key) {
        Map<String, List<T>> m = new LinkedHashMap<>();
        for (T t : all) {
            m.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
        }
        return m;
    }
}
