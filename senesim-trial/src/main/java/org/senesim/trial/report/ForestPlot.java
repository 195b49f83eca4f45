package org.senesim.trial.report;

import java.util.List;
import org.senesim.report.html.Html;
import org.senesim.trial.results.Effect;

/**
 * A forest plot of effects that share a measure: one row per effect, point and 95 % interval,
 * the line of no effect (1 for ratios on a log axis, 0 for differences).
 */
final class ForestPlot {

    private static final int W = 820;
    private static final int LABEL = 250;
    private static final int RIGHT = 210;
    private static final int ROW = 24;

    private ForestPlot() {
    }

    static String svg(String measure, List<Effect> effects, List<String> arms) {
        boolean log = effects.get(0).logScale();
        double lo = log ? 1 : 0;
        double hi = log ? 1 : 0;
        for (Effect e : effects) {
            for (double v : new double[] {e.lower(), e.value(), e.upper()}) {
                if (Double.isFinite(v) && (!log || v > 0)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (log) {
            lo = Math.log(lo) - 0.1;
            hi = Math.log(hi) + 0.1;
        } else {
            double pad = 0.05 * Math.max(hi - lo, 1e-9);
            lo -= pad;
            hi += pad;
        }
        double plotW = W - LABEL - RIGHT;
        int h = 30 + ROW * effects.size() + 24;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns='http://www.w3.org/2000/svg' class='forest' width='").append(W).append("' height='").append(h)
                .append("' viewBox='0 0 ").append(W).append(' ').append(h).append("' role='img' aria-label='")
                .append(Html.escape("Forest plot: " + measure)).append("'>\n");
        double zero = LABEL + plotW * ((log ? 0 : 0) - lo) / (hi - lo);
        b.append("<line x1='").append(Svg.f(zero)).append("' x2='").append(Svg.f(zero)).append("' y1='20' y2='").append(h - 24)
                .append("' stroke='#999' stroke-dasharray='4 3'/>\n");
        b.append("<text x='").append(LABEL).append("' y='14' font-size='12' font-weight='bold'>").append(Html.escape(measure))
                .append(log ? " (log scale)" : "").append("</text>");
        b.append("<text x='").append(W - RIGHT + 8).append("' y='14' font-size='12' font-weight='bold'>estimate (95% CI)</text>\n");
        for (int i = 0; i < effects.size(); i++) {
            Effect e = effects.get(i);
            int y = 30 + ROW * i + ROW / 2;
            int arm = arms.indexOf(e.arm());
            b.append("<text x='4' y='").append(y + 4).append("' font-size='12'>").append(Html.escape(e.endpoint() + ": " + e.arm()
                    + " vs " + e.reference())).append("</text>");
            double x0 = px(e.lower(), log, lo, hi, plotW);
            double x1 = px(e.upper(), log, lo, hi, plotW);
            double xv = px(e.value(), log, lo, hi, plotW);
            if (Double.isFinite(x0) && Double.isFinite(x1)) {
                b.append("<line x1='").append(Svg.f(x0)).append("' x2='").append(Svg.f(x1)).append("' y1='").append(y).append("' y2='")
                        .append(y).append("' stroke='").append(Svg.colour(arm)).append("' stroke-width='2'/>");
            }
            if (Double.isFinite(xv)) {
                b.append("<rect x='").append(Svg.f(xv - 5)).append("' y='").append(y - 5).append("' width='10' height='10' fill='")
                        .append(Svg.colour(arm)).append("'><title>").append(Html.escape(e.detail())).append("</title></rect>");
            }
            b.append("<text x='").append(W - RIGHT + 8).append("' y='").append(y + 4).append("' font-size='12'>")
                    .append(Svg.num(e.value())).append(" (").append(Svg.num(e.lower())).append(", ").append(Svg.num(e.upper()))
                    .append(")</text>\n");
        }
        double linearStep = Svg.tickStep(hi - lo, 6);
        for (double t : ticks(lo, hi, log)) {
            double x = LABEL + plotW * ((log ? Math.log(t) : t) - lo) / (hi - lo);
            // a log axis ticks 1, 2, 5 × 10^k: each as many decimals as its own magnitude needs
            b.append("<text x='").append(Svg.f(x)).append("' y='").append(h - 8).append("' text-anchor='middle' font-size='11'>")
                    .append(Svg.tick(t, log ? t : linearStep)).append("</text>");
        }
        return b.append("\n</svg>\n").toString();
    }

    /** Axis ticks: 1, 2, 5 × 10^k on a log axis (at most about 7), nice steps on a linear one. */
    private static java.util.List<Double> ticks(double lo, double hi, boolean log) {
        java.util.List<Double> out = new java.util.ArrayList<>();
        if (!log) {
            double step = Svg.tickStep(hi - lo, 6);
            for (double t = Math.ceil(lo / step) * step; t <= hi; t += step) {
                out.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
            }
            return out;
        }
        double[] mantissas = (hi - lo) / Math.log(10) > 3 ? new double[] {1} : new double[] {1, 2, 5};
        for (int k = (int) Math.floor(lo / Math.log(10)); k <= Math.ceil(hi / Math.log(10)); k++) {
            for (double m : mantissas) {
                double t = m * Math.pow(10, k);
                if (Math.log(t) >= lo && Math.log(t) <= hi) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static double px(double v, boolean log, double lo, double hi, double plotW) {
        if (!Double.isFinite(v) || (log && v <= 0)) {
            return Double.NaN;
        }
        double x = log ? Math.log(v) : v;
        x = Math.max(lo, Math.min(hi, x));
        return LABEL + plotW * (x - lo) / (hi - lo);
    }
}
