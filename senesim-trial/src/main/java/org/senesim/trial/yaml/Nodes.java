package org.senesim.trial.yaml;

import java.util.List;
import java.util.Set;
import org.senesim.scenario.ScenarioException;
import org.senesim.scenario.ScenarioNode;
import org.senesim.scenario.ScenarioNode.ListNode;
import org.senesim.scenario.ScenarioNode.MapNode;
import org.senesim.scenario.ScenarioNode.ScalarNode;

/**
 * Reading a located YAML tree (the scenario loader's {@link ScenarioNode}s) with one-line errors
 * that name file, line, column, key and the fix, as scenario files do.
 */
public final class Nodes {

    private Nodes() {
    }

    public static ScenarioException fail(ScenarioNode at, String key, String problem) {
        return ScenarioException.at(at, key, problem);
    }

    public static MapNode map(ScenarioNode node, String key, String example) {
        if (node instanceof MapNode m) {
            return m;
        }
        throw fail(node, key, "expected a map, got " + node.describe() + ". Fix: write e.g. \"" + example + "\"");
    }

    public static ListNode list(ScenarioNode node, String key, String example) {
        if (node instanceof ListNode l) {
            return l;
        }
        throw fail(node, key, "expected a list, got " + node.describe() + ". Fix: write e.g. \"" + example + "\"");
    }

    /** Refuses keys that are not in {@code allowed}, pointing at the first unknown one. */
    public static void only(MapNode m, String key, Set<String> allowed) {
        for (MapNode.Entry e : m.entries()) {
            if (!allowed.contains(e.name())) {
                throw fail(e.key(), join(key, e.name()), "unknown key '" + e.name() + "'. Fix: use one of "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    public static String join(String parent, String child) {
        return parent == null || parent.isEmpty() ? child : parent + "." + child;
    }

    /** Where to point for a map entry: its key node. */
    public static ScenarioNode at(MapNode m, String name) {
        ScalarNode k = m.keyNode(name);
        return k != null ? k : m;
    }

    public static String text(MapNode m, String parent, String name, String fallback) {
        if (!m.has(name)) {
            return fallback;
        }
        ScenarioNode v = m.get(name);
        if (v instanceof ScalarNode s && !s.isNull()) {
            return s.text();
        }
        throw fail(at(m, name), join(parent, name), "expected text, got " + v.describe());
    }

    public static double number(MapNode m, String parent, String name, double fallback, double min, double max) {
        if (!m.has(name)) {
            return fallback;
        }
        return number(m.get(name), join(parent, name), min, max);
    }

    public static double number(ScenarioNode v, String key, double min, double max) {
        if (v instanceof ScalarNode s && s.isNumber()) {
            double x = s.number();
            if (x < min || x > max) {
                throw fail(v, key, "value " + s.text() + " is outside " + format(min) + " to " + format(max)
                        + ". Fix: use a number from " + format(min) + " to " + format(max));
            }
            return x;
        }
        throw fail(v, key, "expected a number, got " + v.describe() + ". Fix: write a number from " + format(min) + " to " + format(max));
    }

    /** A bound or value for a message: at most six significant digits, no exponent, no trailing zeros. */
    public static String format(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        return new java.math.BigDecimal(x).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** A duration in years for a message, in the unit a trial file would use: "1 day", "1 month", "120 years". */
    static String duration(double years) {
        double days = years * 365.25;
        if (days > 0 && days < 60 && Math.abs(days - Math.rint(days)) < 1e-6) {
            long n = Math.round(days);
            return n + (n == 1 ? " day" : " days");
        }
        double months = years * 12;
        if (months > 0 && months < 24 && Math.abs(months - Math.rint(months)) < 1e-6 * Math.max(1, months)) {
            long n = Math.round(months);
            return n + (n == 1 ? " month" : " months");
        }
        return format(years) + (years == 1 ? " year" : " years");
    }

    /** A number with an optional unit of time: "30 years", "6 months", "2 weeks", "10 days" or a bare number of years. */
    public static double years(ScenarioNode v, String key, double min, double max) {
        if (v instanceof ScalarNode s && s.isNumber()) {
            return number(v, key, min, max);
        }
        if (v instanceof ScalarNode s && !s.isNull()) {
            String[] parts = s.text().trim().split("\\s+");
            if (parts.length == 2) {
                double factor = switch (parts[1]) {
                    case "year", "years", "y" -> 1.0;
                    case "month", "months" -> 1.0 / 12.0;
                    case "week", "weeks" -> 7.0 / 365.25;
                    case "day", "days", "d" -> 1.0 / 365.25;
                    default -> Double.NaN;
                };
                try {
                    double x = Double.parseDouble(parts[0]) * factor;
                    if (!Double.isNaN(x) && x >= min && x <= max) {
                        return x;
                    }
                    if (!Double.isNaN(x)) {
                        throw fail(v, key, "'" + s.text() + "' is outside " + duration(min) + " to " + duration(max)
                                + ". Fix: give a duration from " + duration(min) + " to " + duration(max));
                    }
                } catch (NumberFormatException ignored) {
                    // falls through to the message below
                }
            }
        }
        throw fail(v, key, "expected a duration such as \"30 years\", \"6 months\" or \"2 weeks\", got " + v.describe()
                + ". Fix: write a number and a unit (years, months, weeks or days)");
    }

    public static double years(MapNode m, String parent, String name, double fallback, double min, double max) {
        return m.has(name) ? years(m.get(name), join(parent, name), min, max) : fallback;
    }

    public static List<ScenarioNode> items(ScenarioNode node, String key, String example) {
        return list(node, key, example).items();
    }
}
