package org.senesim.calibration.report;

import java.util.Locale;

/** Small inline SVG charts for the calibration and sensitivity reports (no chart library needed for bars). */
final class Svg {

    private Svg() {
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String f(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        double a = Math.abs(x);
        if (a != 0 && (a < 1e-3 || a >= 1e5)) {
            return String.format(Locale.ROOT, "%.3g", x);
        }
        return String.format(Locale.ROOT, a < 1 ? "%.4f" : a < 100 ? "%.3f" : "%.1f", x);
    }

    /**
     * Prior (grey outline) against posterior (blue) histograms of one parameter over its plausible range,
     * both as densities over 20 bins, the registry default as a line.
     */
    static String priorPosterior(String title, double min, double max, double def, double[] prior, double[] priorW,
                                 double[] post, double[] postW) {
        int bins = 20;
        double[] hp = hist(prior, priorW, min, max, bins);
        double[] hq = hist(post, postW, min, max, bins);
        double top = 1e-12;
        for (int i = 0; i < bins; i++) {
            top = Math.max(top, Math.max(hp[i], hq[i]));
        }
        int w = 320;
        int h = 150;
        int pad = 20;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d'>", w, h + 40));
        s.append("<text x='4' y='14' font-size='12'>").append(esc(title)).append("</text>");
        double bw = (w - 2.0 * pad) / bins;
        for (int i = 0; i < bins; i++) {
            double x = pad + i * bw;
            double yp = hp[i] / top * h;
            double yq = hq[i] / top * h;
            // the posterior filled, the prior as an outline over it: two filled histograms on top of
            // each other hid whichever was drawn first wherever it was the shorter
            s.append(String.format(Locale.ROOT, "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='#1f5fa8'"
                    + " fill-opacity='0.6'/>", x, 20 + h - yq, bw - 1, yq));
            s.append(String.format(Locale.ROOT, "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='none'"
                    + " stroke='#555'/>", x, 20 + h - yp, bw - 1, yp));
        }
        if (max > min) {
            double xd = pad + (def - min) / (max - min) * (w - 2.0 * pad);
            s.append(String.format(Locale.ROOT, "<line x1='%.1f' x2='%.1f' y1='20' y2='%d' stroke='#c00'"
                    + " stroke-dasharray='3,2'/>", xd, xd, 20 + h));
        }
        s.append(String.format(Locale.ROOT, "<text x='%d' y='%d' font-size='10'>%s</text>", pad, h + 34, f(min)));
        s.append(String.format(Locale.ROOT, "<text x='%d' y='%d' font-size='10' text-anchor='end'>%s</text>",
                w - pad, h + 34, f(max)));
        s.append("</svg>");
        return s.toString();
    }

    /**
     * Share of the total weight in each bin, so that histograms of differently weighted samples (the
     * prior's unit weights, the posterior's normalised ones) are drawn on one scale.
     */
    static double[] hist(double[] v, double[] w, double min, double max, int bins) {
        double[] h = new double[bins];
        double span = max > min ? max - min : 1;
        double total = 0;
        for (int i = 0; i < v.length; i++) {
            int b = (int) Math.floor((v[i] - min) / span * bins);
            h[Math.max(0, Math.min(bins - 1, b))] += w[i];
            total += w[i];
        }
        if (total > 0) {
            for (int b = 0; b < bins; b++) {
                h[b] /= total;
            }
        }
        return h;
    }

    /**
     * A tornado of signed effects (a Morris μ): bars diverge from a zero line in the middle, negative
     * to the left, each with its value at its outer end; an undefined value (NaN) draws no bar and
     * never sets the scale.
     */
    static String tornado(String title, String[] labels, double[] values) {
        int rowH = 18;
        int labelW = 300;
        int half = 200;
        int h = 24 + rowH * labels.length + 10;
        double top = 1e-12;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                top = Math.max(top, Math.abs(v));
            }
        }
        double zero = labelW + 60 + half;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d'>",
                labelW + 2 * half + 120, h));
        s.append("<text x='4' y='14' font-size='12'>").append(esc(title)).append("</text>");
        s.append(String.format(Locale.ROOT, "<line x1='%.1f' x2='%.1f' y1='20' y2='%d' stroke='#888'/>", zero, zero, h - 6));
        for (int i = 0; i < labels.length; i++) {
            int y = 24 + i * rowH;
            double v = values[i];
            double len = Double.isNaN(v) ? 0 : Math.abs(v) / top * half;
            boolean left = v < 0;
            s.append(String.format(Locale.ROOT, "<text x='%d' y='%d' font-size='11' text-anchor='end'>%s</text>",
                    labelW - 4, y + 12, esc(labels[i])));
            s.append(String.format(Locale.ROOT, "<rect x='%.1f' y='%d' width='%.1f' height='%d' fill='%s'/>",
                    left ? zero - len : zero, y + 2, len, rowH - 5, left ? "#c0502a" : "#1f5fa8"));
            s.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' font-size='10' text-anchor='%s'>%s</text>",
                    left ? zero - len - 4 : zero + len + 4, y + 12, left ? "end" : "start", f(v)));
        }
        s.append("</svg>");
        return s.toString();
    }

    /** Horizontal bars from the left edge: one row per label, value and optional interval (indices). */
    static String bars(String title, String[] labels, double[] values, double[] low, double[] high) {
        int rowH = 18;
        int labelW = 300;
        int barW = 300;
        int h = 24 + rowH * labels.length + 10;
        double top = 1e-12;
        for (int i = 0; i < values.length; i++) {
            // an undefined value (NaN) must not become the scale: Math.max would return NaN and no bar be drawn
            if (!Double.isNaN(values[i])) {
                top = Math.max(top, Math.abs(values[i]));
            }
            if (high != null && !Double.isNaN(high[i])) {
                top = Math.max(top, Math.abs(high[i]));
            }
        }
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d'>",
                labelW + barW + 80, h));
        s.append("<text x='4' y='14' font-size='12'>").append(esc(title)).append("</text>");
        for (int i = 0; i < labels.length; i++) {
            int y = 24 + i * rowH;
            double len = Double.isNaN(values[i]) ? 0 : Math.abs(values[i]) / top * barW;
            s.append(String.format(Locale.ROOT, "<text x='%d' y='%d' font-size='11' text-anchor='end'>%s</text>",
                    labelW - 4, y + 12, esc(labels[i])));
            s.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%.1f' height='%d' fill='%s'/>",
                    labelW, y + 2, len, rowH - 5, values[i] < 0 ? "#c0502a" : "#1f5fa8"));
            if (low != null && !Double.isNaN(low[i]) && !Double.isNaN(high[i])) {
                double a = labelW + Math.max(0, low[i]) / top * barW;
                double b = labelW + Math.max(0, high[i]) / top * barW;
                s.append(String.format(Locale.ROOT, "<line x1='%.1f' x2='%.1f' y1='%d' y2='%d' stroke='#000'/>",
                        a, b, y + rowH / 2, y + rowH / 2));
            }
            s.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' font-size='10'>%s</text>",
                    labelW + len + 4, y + 12, f(values[i])));
        }
        s.append("</svg>");
        return s.toString();
    }
}
