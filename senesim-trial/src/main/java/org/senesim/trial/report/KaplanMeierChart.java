package org.senesim.trial.report;

import java.util.List;
import org.senesim.report.html.Html;
import org.senesim.trial.survival.KaplanMeier;

/** Kaplan–Meier curves per arm with their 95 % bands and the numbers at risk beneath, as SVG. */
final class KaplanMeierChart {

    private static final int W = 780;
    private static final int H = 300;
    private static final int LEFT = 120;
    private static final int RIGHT = 20;
    private static final int TOP = 16;
    private static final int PLOT_H = 220;
    private static final int SAMPLES = 400;

    private KaplanMeierChart() {
    }

    static String svg(String title, List<String> arms, List<KaplanMeier> curves) {
        double tMax = 0;
        double sMin = 1;
        for (KaplanMeier km : curves) {
            double[] t = km.times();
            tMax = Math.max(tMax, t.length == 0 ? 0 : t[t.length - 1]);
            for (double lo : km.lower()) {
                if (!Double.isNaN(lo)) {
                    sMin = Math.min(sMin, lo);
                }
            }
        }
        tMax = Math.max(tMax, 1e-9);
        // the y axis starts at 0 unless every curve stays high: then zoom so differences show
        double yMin = sMin > 0.5 ? Math.min(0.9, Math.floor(sMin * 10) / 10) : 0;
        double plotW = W - LEFT - RIGHT;
        int rows = arms.size();
        int height = H + 18 * rows;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns='http://www.w3.org/2000/svg' class='km' width='").append(W).append("' height='").append(height)
                .append("' viewBox='0 0 ").append(W).append(' ').append(height).append("' role='img' aria-label='")
                .append(Html.escape("Kaplan–Meier: " + title)).append("'>\n");
        b.append("<rect x='").append(LEFT).append("' y='").append(TOP).append("' width='").append(Svg.f(plotW))
                .append("' height='").append(PLOT_H).append("' fill='none' stroke='#999'/>\n");
        for (double y = yMin; y <= 1.0001; y += (1 - yMin) / 5) {
            double py = TOP + PLOT_H * (1 - (y - yMin) / (1 - yMin));
            b.append("<line x1='").append(LEFT - 4).append("' x2='").append(LEFT).append("' y1='").append(Svg.f(py))
                    .append("' y2='").append(Svg.f(py)).append("' stroke='#999'/><text x='").append(LEFT - 6).append("' y='")
                    .append(Svg.f(py + 4)).append("' text-anchor='end' font-size='11'>").append(Svg.f(y)).append("</text>\n");
        }
        double step = Svg.tickStep(tMax, 8);
        for (double x = 0; x <= tMax + 1e-9; x += step) {
            double px = LEFT + plotW * x / tMax;
            b.append("<line x1='").append(Svg.f(px)).append("' x2='").append(Svg.f(px)).append("' y1='").append(TOP + PLOT_H)
                    .append("' y2='").append(TOP + PLOT_H + 4).append("' stroke='#999'/><text x='").append(Svg.f(px))
                    .append("' y='").append(TOP + PLOT_H + 16).append("' text-anchor='middle' font-size='11'>")
                    .append(Svg.tick(x, step)).append("</text>\n");
        }
        b.append("<text x='").append(LEFT + plotW / 2).append("' y='").append(TOP + PLOT_H + 32)
                .append("' text-anchor='middle' font-size='12'>years since enrolment</text>\n");
        b.append("<text transform='translate(14,").append(TOP + PLOT_H / 2).append(") rotate(-90)' text-anchor='middle' font-size='12'>")
                .append("event-free</text>\n");
        for (int a = 0; a < curves.size(); a++) {
            KaplanMeier km = curves.get(a);
            StringBuilder upper = new StringBuilder();
            StringBuilder lower = new StringBuilder();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i <= SAMPLES; i++) {
                double t = tMax * i / SAMPLES;
                double s = km.survivalAt(t);
                double px = LEFT + plotW * t / tMax;
                line.append(i == 0 ? "M" : "L").append(Svg.f(px)).append(',').append(Svg.f(y(s, yMin)));
                double se = Math.sqrt(km.varianceAt(t)) / Math.max(s, 1e-300);
                double lo = s > 0 ? Math.exp(Math.log(s) - 1.959963984540054 * se) : 0;
                double hi = s > 0 ? Math.min(1, Math.exp(Math.log(s) + 1.959963984540054 * se)) : 0;
                upper.append(i == 0 ? "M" : "L").append(Svg.f(px)).append(',').append(Svg.f(y(hi, yMin)));
                lower.insert(0, "L" + Svg.f(px) + "," + Svg.f(y(lo, yMin)));
            }
            b.append("<path d='").append(upper).append(lower).append("Z' fill='").append(Svg.colour(a))
                    .append("' fill-opacity='0.15' stroke='none'/>\n");
            b.append("<path d='").append(line).append("' fill='none' stroke='").append(Svg.colour(a))
                    .append("' stroke-width='2'><title>").append(Html.escape(arms.get(a))).append("</title></path>\n");
        }
        // numbers at risk
        int ry = TOP + PLOT_H + 52;
        b.append("<text x='").append(LEFT).append("' y='").append(ry - 4).append("' font-size='11' font-weight='bold'>Number at risk</text>\n");
        for (int a = 0; a < curves.size(); a++) {
            int y = ry + 14 + 18 * a;
            b.append("<text x='").append(LEFT - 22).append("' y='").append(y).append("' text-anchor='end' font-size='11' fill='")
                    .append(Svg.colour(a)).append("'>").append(Html.escape(arms.get(a))).append("</text>");
            for (double x = 0; x <= tMax + 1e-9; x += step) {
                double px = LEFT + plotW * x / tMax;
                b.append("<text x='").append(Svg.f(px)).append("' y='").append(y).append("' text-anchor='middle' font-size='11'>")
                        .append(curves.get(a).atRisk(x)).append("</text>");
            }
            b.append('\n');
        }
        return b.append("</svg>\n").toString();
    }

    private static double y(double s, double yMin) {
        double c = Math.max(yMin, Math.min(1, s));
        return TOP + PLOT_H * (1 - (c - yMin) / (1 - yMin));
    }
}
