package org.senesim.validation;

import java.util.Locale;

/**
 * The interval a model figure must fall in: {@code relative} and {@code absolute} around the
 * published figure, {@code at_most}, {@code at_least} and {@code between} as absolute bounds.
 * Bounds are inclusive; a model value that is not a number never passes.
 *
 * @param kind  the YAML key
 * @param a     the fraction (relative), half-width (absolute), bound (at_most, at_least) or lower bound (between)
 * @param b     the upper bound (between), NaN otherwise
 */
public record Tolerance(Kind kind, double a, double b) {

    /** The YAML keys. */
    public enum Kind {
        RELATIVE("relative"), ABSOLUTE("absolute"), AT_MOST("at_most"), AT_LEAST("at_least"), BETWEEN("between");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** The kind of a YAML key, or null. */
        public static Kind of(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key)) {
                    return k;
                }
            }
            return null;
        }
    }

    public static Tolerance relative(double fraction) {
        return new Tolerance(Kind.RELATIVE, fraction, Double.NaN);
    }

    public static Tolerance absolute(double halfWidth) {
        return new Tolerance(Kind.ABSOLUTE, halfWidth, Double.NaN);
    }

    public static Tolerance atMost(double bound) {
        return new Tolerance(Kind.AT_MOST, bound, Double.NaN);
    }

    public static Tolerance atLeast(double bound) {
        return new Tolerance(Kind.AT_LEAST, bound, Double.NaN);
    }

    public static Tolerance between(double lo, double hi) {
        return new Tolerance(Kind.BETWEEN, lo, hi);
    }

    /** Lowest value that passes for a published figure. */
    public double low(double published) {
        return switch (kind) {
            case RELATIVE -> published - a * Math.abs(published);
            case ABSOLUTE -> published - a;
            case AT_MOST -> Double.NEGATIVE_INFINITY;
            case AT_LEAST, BETWEEN -> a;
        };
    }

    /** Highest value that passes for a published figure. */
    public double high(double published) {
        return switch (kind) {
            case RELATIVE -> published + a * Math.abs(published);
            case ABSOLUTE -> published + a;
            case AT_MOST -> a;
            case AT_LEAST -> Double.POSITIVE_INFINITY;
            case BETWEEN -> b;
        };
    }

    /**
     * Whether {@code model} passes against {@code published}. Bounds are inclusive up to a rounding
     * error of the decimal figures (0.15 + 0.02 is 0.16999999999999998 in binary, 0.17 passes).
     */
    public boolean accepts(double model, double published) {
        if (Double.isNaN(model)) {
            return false;
        }
        double lo = low(published);
        double hi = high(published);
        return model >= lo - slack(lo) && model <= hi + slack(hi);
    }

    private static double slack(double bound) {
        return Double.isInfinite(bound) ? 0.0 : 1e-12 * Math.max(1.0, Math.abs(bound));
    }

    /** As written in tables: {@code ±30 %}, {@code ±0.02}, {@code ≤ 0}, {@code ≥ 1.5}, {@code 2 to 5}. */
    public String describe() {
        return switch (kind) {
            case RELATIVE -> "±" + Figures.format(100 * a) + " %";
            case ABSOLUTE -> "±" + Figures.format(a);
            case AT_MOST -> "≤ " + Figures.format(a);
            case AT_LEAST -> "≥ " + Figures.format(a);
            case BETWEEN -> Figures.format(a) + " to " + Figures.format(b);
        };
    }

    @Override
    public String toString() {
        return kind.key().toLowerCase(Locale.ROOT) + " " + describe();
    }
}
