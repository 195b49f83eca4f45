package org.senesim.report;

import java.util.List;

/**
 * How an expected count of rare events reads for people, in every table and chart of a report and on
 * the console: one rule, so a quantity never reads 4.8 × 10⁻⁴ in one place and 48 in another.
 *
 * <p>The lesion columns are expected counts on one person's skin ({@code per 100 cm2}); a patch of
 * skin makes well under one carcinoma in a life, so they are fractions such as 0.00057. A count whose
 * largest value stays under 1 is shown per {@value #PEOPLE_WORDS} people (each with that much skin):
 * 0.00057 reads 57. A count that would round to nothing even so reads "fewer than 1 in 100 million",
 * no event at all reads "none". Files (CSV, JSON) keep the exact values in their own unit.
 */
public final class Counts {

    /** People a rare count is shown over, and in words. */
    public static final double PEOPLE = 100_000;
    public static final String PEOPLE_WORDS = "100,000";
    /** Below this many per {@link #PEOPLE} a count reads as fewer than 1 in 100 million. */
    private static final double SMALLEST = 0.001;

    private final String unit;
    private final double factor;

    private Counts(String unit, double factor) {
        this.unit = unit;
        this.factor = factor;
    }

    /** Whether a unit is an expected count ({@code per 100 cm2}, {@code per person}). */
    public static boolean isCount(String unit) {
        return unit != null && unit.startsWith("per ");
    }

    /**
     * How a quantity with this unit reads, given the largest magnitude it takes in what is shown:
     * per {@value #PEOPLE_WORDS} people when it is a count that stays under 1, as it is otherwise.
     */
    public static Counts of(String unit, double largest) {
        return new Counts(unit, isCount(unit) && largest > 0 && largest < 1 ? PEOPLE : 1);
    }

    /**
     * How one value standing alone reads (a row of a run's summary): as {@link #of} with that value as
     * the largest, and a count of exactly 0 as "none" per {@value #PEOPLE_WORDS} people.
     */
    public static Counts ofOne(String unit, double value) {
        return of(unit, value == 0 ? Double.MIN_VALUE : Math.abs(value));
    }

    /** Whether values are shown per {@value #PEOPLE_WORDS} people. */
    public boolean perPeople() {
        return factor != 1;
    }

    /** The factor from the quantity's own unit to the shown one. */
    public double factor() {
        return factor;
    }

    /**
     * The shown unit: {@code per 100,000 people (100 cm2 each)} for a rare count, else the quantity's
     * own ({@code ""} for a dimensionless one).
     */
    public String unit() {
        if (perPeople()) {
            return "per " + PEOPLE_WORDS + " people (" + unit.substring("per ".length()) + " each)";
        }
        return unit == null || unit.equals("1") ? "" : unit;
    }

    /** A value as shown: {@code 57.1}, {@code none}, {@code fewer than 1 in 100 million}, {@code —} for NaN. */
    public String value(double v, int digits) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (!perPeople()) {
            return Numbers.readable(v, digits);
        }
        double shown = v * factor;
        if (shown == 0) {
            return "none";
        }
        if (Math.abs(shown) < SMALLEST) {
            return (shown < 0 ? "-" : "") + "fewer than 1 in 100 million";
        }
        return Numbers.readable(shown, digits);
    }

    /** A difference as shown, with its sign: {@code +2.4}, {@code -57.1}, {@code 0}. */
    public String signed(double d) {
        if (Double.isNaN(d)) {
            return "—";
        }
        if (perPeople() && d != 0 && Math.abs(d * factor) < SMALLEST) {
            return (d > 0 ? "+" : "-") + "under 1 in 100 million";
        }
        String s = perPeople() ? Numbers.readable(d * factor, 3) : Numbers.readable(d, 3);
        return d > 0 ? "+" + s : s;
    }

    /**
     * A relative change in percent with {@code decimals} decimals ({@code +9.9%}, {@code -61%}), but
     * never {@code -100%} for what is not all of it: a fall of 99.96 % reads {@code -99.96%}, so "all
     * gone" is said only when it is (and a table says {@code none} there).
     */
    public static String percent(double fraction, int decimals) {
        double p = fraction * 100;
        int d = decimals;
        double shown = round(p, d);
        while (Math.abs(shown) >= 100 && Math.abs(p) < 100 && d < 4) {
            shown = round(p, ++d);
        }
        if (Math.abs(shown) >= 100 && Math.abs(p) < 100) {
            shown = Math.signum(p) * 99.99;
        }
        String text = java.math.BigDecimal.valueOf(shown).stripTrailingZeros().toPlainString();
        return (shown > 0 ? "+" : "") + (shown == 0 ? "0" : text) + "%";
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
