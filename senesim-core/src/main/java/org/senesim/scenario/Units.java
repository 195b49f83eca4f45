package org.senesim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantities with units as written in scenario files: {@code 60 years}, {@code 3 months},
 * {@code 20 um}, {@code 1.2 mm}, {@code 45 deg}. Each dimension has one base unit (days, micrometres,
 * degrees); conversions multiply by fixed definitions, never by biological numbers.
 */
public final class Units {

    /** Days in a (Julian) year. */
    public static final double DAYS_PER_YEAR = 365.25;
    /** Days in an average month, a twelfth of a year. */
    public static final double DAYS_PER_MONTH = DAYS_PER_YEAR / 12.0;
    /** Days in a week. */
    public static final double DAYS_PER_WEEK = 7.0;

    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d[\\d_]*(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final Pattern QUANTITY = Pattern.compile(
            "\\s*([-+]?(?:\\d[\\d_]*(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(.*?)\\s*");

    /** A physical dimension with its base unit and the unit words accepted for it. */
    public enum Dimension {
        TIME("a duration", "days"),
        LENGTH("a length", "um"),
        ANGLE("an angle", "deg");

        private final String noun;
        private final String base;

        Dimension(String noun, String base) {
            this.noun = noun;
            this.base = base;
        }

        /** {@code a duration}, {@code a length}, {@code an angle}. */
        public String noun() {
            return noun;
        }

        /** Name of the base unit values are converted to. */
        public String base() {
            return base;
        }

        /** The accepted unit words, in display order. */
        public List<String> symbols() {
            return new ArrayList<>(table(this).keySet());
        }

        /** The unit for a word (case-insensitive except for the SI prefixes), or null. */
        public Unit unit(String symbol) {
            Map<String, Unit> units = table(this);
            Unit u = units.get(symbol);
            return u != null ? u : units.get(symbol.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * A unit: its canonical name and how many base units it holds.
     *
     * @param dimension what it measures
     * @param name      canonical name, used when writing
     * @param inBase    size in base units (days, µm, degrees)
     */
    public record Unit(Dimension dimension, String name, double inBase) {
    }

    private static final Map<Dimension, Map<String, Unit>> TABLE = new java.util.EnumMap<>(Dimension.class);

    public static final Unit DAY = unit(Dimension.TIME, "days", 1.0, "days", "day", "d");
    public static final Unit WEEK = unit(Dimension.TIME, "weeks", DAYS_PER_WEEK, "weeks", "week", "wk", "w");
    public static final Unit MONTH = unit(Dimension.TIME, "months", DAYS_PER_MONTH, "months", "month", "mo");
    public static final Unit YEAR = unit(Dimension.TIME, "years", DAYS_PER_YEAR, "years", "year", "yrs", "yr", "y");
    public static final Unit NANOMETRE = unit(Dimension.LENGTH, "nm", 1e-3, "nm");
    public static final Unit MICROMETRE = unit(Dimension.LENGTH, "um", 1.0, "um", "\u00b5m", "\u03bcm",
            "micron", "microns");
    public static final Unit MILLIMETRE = unit(Dimension.LENGTH, "mm", 1e3, "mm");
    public static final Unit CENTIMETRE = unit(Dimension.LENGTH, "cm", 1e4, "cm");
    public static final Unit DEGREE = unit(Dimension.ANGLE, "deg", 1.0, "deg", "degree", "degrees", "\u00b0");

    private Units() {
    }

    private static Unit unit(Dimension d, String name, double inBase, String... symbols) {
        Unit u = new Unit(d, name, inBase);
        Map<String, Unit> units = TABLE.computeIfAbsent(d, k -> new LinkedHashMap<>());
        for (String s : symbols) {
            units.put(s, u);
        }
        return u;
    }

    private static Map<String, Unit> table(Dimension d) {
        return TABLE.getOrDefault(d, Map.of());
    }

    /**
     * A number and the unit word written after it.
     *
     * @param value the number
     * @param unit  the unit word as written, empty when there was none
     */
    public record Split(double value, String unit) {
    }

    /** Splits {@code "1.2 mm"} into 1.2 and {@code mm}; null when the text does not start with a number. */
    public static Split split(String text) {
        Matcher m = QUANTITY.matcher(text);
        if (!m.matches()) {
            return null;
        }
        Double v = parseNumber(m.group(1));
        return v == null ? null : new Split(v, m.group(2));
    }

    /** A plain decimal number (underscores allowed as YAML allows them), or null. */
    public static Double parseNumber(String text) {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        return Double.parseDouble(t.replace("_", ""));
    }

    /** YAML 1.1 truth words. */
    public static boolean parseBoolean(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y");
    }

    /** Converts {@code value} from one unit to another of the same dimension; exact when they are equal. */
    public static double convert(double value, Unit from, Unit to) {
        if (from.dimension() != to.dimension()) {
            throw new IllegalArgumentException("cannot convert " + from.name() + " to " + to.name());
        }
        if (from.inBase() == to.inBase()) {
            return value;
        }
        return value * from.inBase() / to.inBase();
    }

    /**
     * Text for {@code value} (given in {@code unit}) in the first of {@code preferred} that reads back to
     * exactly the same number, falling back to {@code unit} itself. Used by writers so files round-trip.
     */
    public static String format(double value, Unit unit, Unit... preferred) {
        for (Unit p : preferred) {
            double v = convert(value, unit, p);
            if (convert(v, p, unit) == value) {
                return formatNumber(v) + " " + p.name();
            }
        }
        return formatNumber(value) + " " + unit.name();
    }

    /** Shortest decimal text that reads back as exactly {@code v}, without exponent where reasonable. */
    public static String formatNumber(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        double a = Math.abs(v);
        if (a >= 1e-7 && a < 1e15) {
            s = new java.math.BigDecimal(s).stripTrailingZeros().toPlainString();
        }
        return s;
    }
}
