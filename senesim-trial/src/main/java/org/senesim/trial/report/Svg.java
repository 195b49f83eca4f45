package org.senesim.trial.report;

import java.util.Locale;

/** Small helpers for hand-written SVG: numbers with a fixed locale and nice axis ticks. */
final class Svg {

    static final String[] COLOURS = {"#4d4d4d", "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00"};

    private Svg() {
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String colour(int arm) {
        return COLOURS[arm % COLOURS.length];
    }

    /** A tick step of 1, 2 or 5 × 10^k giving about {@code target} ticks over {@code span}. */
    static double tickStep(double span, int target) {
        double raw = span / Math.max(1, target);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / mag;
        return (norm < 1.5 ? 1 : norm < 3.5 ? 2 : norm < 7.5 ? 5 : 10) * mag;
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        String s = a >= 100 ? String.format(Locale.ROOT, "%.0f", v) : a >= 1 ? String.format(Locale.ROOT, "%.2f", v)
                : String.format(Locale.ROOT, "%.3g", v);
        return s.replace('-', '−');
    }

    /**
     * An axis tick at {@code v} on an axis stepping by {@code step}: as many decimals as the step
     * needs and no more ("0, 5, 10", "0, 0.2, 0.4"), the minus sign typeset.
     */
    static String tick(double v, double step) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(Math.abs(step)) - 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", v == 0 ? 0.0 : v).replace('-', '−');
    }

    static String p(double p) {
        if (Double.isNaN(p)) {
            return "–";
        }
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }
}
