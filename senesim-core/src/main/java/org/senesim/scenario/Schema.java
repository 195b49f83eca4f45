package org.senesim.scenario;

import org.senesim.scenario.ScenarioNode.ListNode;
import org.senesim.scenario.ScenarioNode.MapNode;
import org.senesim.scenario.ScenarioNode.ScalarNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small declarative schema for located YAML trees: maps with known keys and defaults, numbers
 * with ranges, quantities with units, choices, text, lists. Reading a node against a spec either
 * returns a plain Java value (already converted to the spec's unit) or throws a
 * {@link ScenarioException} naming file, line, column, key, what was expected, what was found and
 * an example of a correct line.
 */
final class Schema {

    private Schema() {
    }

    /**
     * Where a value sits.
     *
     * @param key     dotted key path for messages
     * @param at      node the message points at (the key of a map entry, or a list item)
     * @param example a correct YAML line for the Fix hint, or null
     */
    record Where(String key, ScenarioNode at, String example) {

        ScenarioException fail(String problem) {
            String p = problem.strip();
            if (!p.endsWith(".") && !p.endsWith("?")) {
                p = p + ".";
            }
            if (example != null && !p.contains("Fix:")) {
                p = p + " Fix: write e.g. \"" + example + "\".";
            }
            return ScenarioException.at(at, key, p);
        }
    }

    /** The shape of one value. */
    abstract static class Spec {

        /** What a correct value is, e.g. {@code a number of packs per day between 0 and 5}. */
        abstract String expected();

        /** Reads and converts a node, or throws a located error. */
        abstract Object read(ScenarioNode node, Where where);

        /** Whether an empty value ({@code key:} with nothing after it) means "use the default". */
        boolean emptyMeansDefault() {
            return false;
        }

        ScalarNode scalar(ScenarioNode node, Where where) {
            if (node instanceof ScalarNode s && !s.isNull()) {
                return s;
            }
            throw where.fail("expected " + expected() + ", got " + node.describe());
        }
    }

    /** One key of a map: its spec, its default (already converted), a correct example line, a doc line. */
    record Field(String key, Spec spec, Object defaultValue, String example, String doc) {
        /** Default of a key that must be given. */
        static final Object REQUIRED = new Object();
    }

    /** Values read from a map, defaults filled in, with the nodes to point at for cross-field checks. */
    static final class Values {
        private final MapNode node;
        private final Where where;
        private final Map<String, Object> values;

        Values(MapNode node, Where where, Map<String, Object> values) {
            this.node = node;
            this.where = where;
            this.values = values;
        }

        /** The map these values were read from (null when the whole map was absent). */
        MapNode mapNode() {
            return node;
        }

        /** True when the file gave this key. */
        boolean given(String key) {
            return node != null && node.has(key);
        }

        Object get(String key) {
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("schema has no key " + key);
            }
            return values.get(key);
        }

        double number(String key) {
            return ((Number) get(key)).doubleValue();
        }

        Values map(String key) {
            return (Values) get(key);
        }

        /** Location of {@code key} if given, else of this map (or its parent key if it was absent too). */
        Where where(String key, String example) {
            String path = where.key().isEmpty() ? key : where.key() + "." + key;
            ScenarioNode at = given(key) ? node.keyNode(key) : where.at();
            return new Where(path, at, example);
        }

        /** The value node of {@code key}, or null. */
        ScenarioNode node(String key) {
            return node == null ? null : node.get(key);
        }
    }

    /** A map with a fixed set of keys. */
    static final class MapSpec extends Spec {
        private final String what;
        private final Map<String, Field> fields = new LinkedHashMap<>();

        MapSpec(String what, List<Field> fields) {
            this.what = what;
            for (Field f : fields) {
                this.fields.put(f.key(), f);
            }
        }

        Map<String, Field> fields() {
            return Collections.unmodifiableMap(fields);
        }

        @Override
        String expected() {
            return what + " with keys " + String.join(", ", fields.keySet());
        }

        @Override
        boolean emptyMeansDefault() {
            return true;
        }

        @Override
        Values read(ScenarioNode node, Where where) {
            MapNode map;
            if (node == null || (node instanceof ScalarNode s && s.isNull())) {
                map = null;
            } else if (node instanceof MapNode m) {
                map = m;
            } else {
                String hint = node instanceof ListNode
                        ? " (a list, written with '-' items or [ ])" : "";
                throw where.fail("expected " + expected() + ", got " + node.describe() + hint
                        + ". Fix: write the keys indented under '" + lastKey(where.key())
                        + ":', one 'key: value' per line");
            }
            if (map != null) {
                for (MapNode.Entry e : map.entries()) {
                    if (!fields.containsKey(e.name())) {
                        String path = where.key().isEmpty() ? e.name() : where.key() + "." + e.name();
                        String place = where.key().isEmpty() ? "at the top level" : "in " + where.key();
                        String mean = Suggest.didYouMean(e.name(), fields.keySet());
                        throw ScenarioException.at(e.key(), path, "unknown key '" + e.name() + "'"
                                + (mean.isEmpty() ? "." : mean) + " Allowed keys " + place + ": "
                                + String.join(", ", fields.keySet()) + ". Fix: rename or remove the key.");
                    }
                }
            }
            Map<String, Object> values = new LinkedHashMap<>();
            Values result = new Values(map, where, values);
            for (Field f : fields.values()) {
                Where w = result.where(f.key(), f.example());
                ScenarioNode v = map == null ? null : map.get(f.key());
                Object value;
                if (v == null && f.defaultValue() == Field.REQUIRED) {
                    throw w.fail("'" + f.key() + "' is missing; " + what + " needs " + requiredKeys()
                            + ". Fix: write e.g. \"" + f.example() + "\"");
                } else if (v == null) {
                    value = f.spec() instanceof MapSpec ms ? ms.read(null, w) : f.defaultValue();
                } else if (v instanceof ScalarNode s && s.isNull()) {
                    if (!f.spec().emptyMeansDefault()) {
                        throw w.fail("no value given. Fix: write e.g. \"" + f.example()
                                + "\", or remove the key to use the default");
                    }
                    value = f.spec() instanceof MapSpec ms ? ms.read(null, w) : f.defaultValue();
                } else {
                    value = f.spec().read(v, w);
                }
                values.put(f.key(), value);
            }
            return result;
        }

        private String requiredKeys() {
            List<String> keys = new ArrayList<>();
            for (Field f : fields.values()) {
                if (f.defaultValue() == Field.REQUIRED) {
                    keys.add(f.key());
                }
            }
            return String.join(", ", keys);
        }

        private static String lastKey(String path) {
            int dot = path.lastIndexOf('.');
            return dot < 0 ? path : path.substring(dot + 1);
        }
    }

    /** A plain number with a range, optionally whole, optionally also allowing 0 below the range. */
    static final class NumberSpec extends Spec {
        private final String what;
        private final double min;
        private final double max;
        private final boolean whole;
        private final boolean zeroAlso;

        NumberSpec(String what, double min, double max, boolean whole, boolean zeroAlso) {
            this.what = what;
            this.min = min;
            this.max = max;
            this.whole = whole;
            this.zeroAlso = zeroAlso;
        }

        static NumberSpec of(String what, double min, double max) {
            return new NumberSpec(what, min, max, false, false);
        }

        static NumberSpec whole(String what, double min, double max) {
            return new NumberSpec(what, min, max, true, false);
        }

        static NumberSpec zeroOr(String what, double min, double max) {
            return new NumberSpec(what, min, max, false, true);
        }

        @Override
        String expected() {
            String range = rangeText(min, false, max, "");
            return (zeroAlso ? "0 (none) or " : "") + what + (range.isEmpty() ? "" : " " + range);
        }

        @Override
        Object read(ScenarioNode node, Where where) {
            ScalarNode s = scalar(node, where);
            Double v = s.kind() == ScalarNode.Kind.BOOLEAN ? null : s.number();
            if (v == null || !Double.isFinite(v)) {
                throw where.fail("expected " + expected() + ", got " + s.describe());
            }
            Long exact = null;
            if (whole) {
                exact = wholeValue(s.text(), v);
                if (exact == null) {
                    boolean integral = v == Math.rint(v);
                    throw where.fail("expected " + expected() + ", got " + s.describe()
                            + (integral ? " (too large: at most " + Long.MAX_VALUE + ")" : " (not a whole number)"));
                }
            }
            boolean ok = (v >= min && v <= max) || (zeroAlso && v == 0.0);
            if (!ok) {
                throw where.fail("expected " + expected() + ", got " + s.text() + " (out of range)");
            }
            return whole ? (Object) exact : (Object) (v + 0.0); // + 0.0 turns -0 into 0
        }

        /** The exact long value of a whole number written as digits (or as 3.0), or null. */
        private static Long wholeValue(String text, double approx) {
            String t = text.strip().replace("_", "");
            if (t.startsWith("+")) {
                t = t.substring(1);
            }
            if (t.matches("-?\\d+")) {
                java.math.BigInteger b = new java.math.BigInteger(t);
                return b.bitLength() < 64 ? Long.valueOf(b.longValue()) : null;
            }
            if (approx == Math.rint(approx) && Math.abs(approx) <= 9.0e15) {
                return Long.valueOf((long) approx);
            }
            return null;
        }
    }

    /**
     * A number with a unit of a given dimension, converted to a target unit. This is the one reader
     * of times in a scenario: durations, ages, intervals, the protocol's start ages and the
     * experiments' ages all go through it.
     */
    static final class QuantitySpec extends Spec {
        /** An age in years, at least 0; a bare number means years. */
        static final QuantitySpec AGE = new QuantitySpec("an age", Units.YEAR, Units.YEAR, Units.YEAR,
                0, false, Double.POSITIVE_INFINITY);
        /** A time between events in days, more than 0; a unit is required. */
        static final QuantitySpec INTERVAL = new QuantitySpec("a duration", Units.DAY, null, Units.DAY,
                0, true, Double.POSITIVE_INFINITY);

        private final String what;
        private final Units.Unit target;
        private final Units.Unit bare;
        private final Units.Unit display;
        private final double min;
        private final boolean minOpen;
        private final double max;

        /**
         * @param what    noun phrase, e.g. {@code a duration}
         * @param target  unit of the returned value
         * @param bare    unit of a number written without one, or null when a unit is required
         * @param display unit of {@code min} and {@code max} and of range messages
         * @param min     lowest value in display units
         * @param minOpen true when {@code min} itself is not allowed
         * @param max     highest value in display units (may be infinite)
         */
        QuantitySpec(String what, Units.Unit target, Units.Unit bare, Units.Unit display,
                     double min, boolean minOpen, double max) {
            this.what = what;
            this.target = target;
            this.bare = bare;
            this.display = display;
            this.min = min;
            this.minOpen = minOpen;
            this.max = max;
        }

        Units.Dimension dimension() {
            return target.dimension();
        }

        String unitsText() {
            return String.join(", ", target.dimension().symbols());
        }

        @Override
        String expected() {
            String range = rangeText(min, minOpen, max, display.name());
            return what + (range.isEmpty() ? "" : " " + range)
                    + (bare == null ? " with a unit (" + unitsText() + ")"
                    : " (a bare number means " + bare.name() + ")");
        }

        @Override
        Object read(ScenarioNode node, Where where) {
            ScalarNode s = scalar(node, where);
            Units.Split split = s.kind() == ScalarNode.Kind.BOOLEAN ? null : Units.split(s.text());
            if (split == null || !Double.isFinite(split.value())) {
                throw where.fail("expected " + expected() + ", got " + s.describe());
            }
            Units.Unit unit;
            if (split.unit().isEmpty()) {
                if (bare == null) {
                    throw where.fail("a unit is needed after " + s.text() + "; allowed units: " + unitsText());
                }
                unit = bare;
            } else {
                unit = target.dimension().unit(split.unit());
                if (unit == null) {
                    throw where.fail("unknown unit '" + split.unit() + "' in \"" + s.text() + "\" for "
                            + target.dimension().noun() + "; allowed units: " + unitsText());
                }
            }
            double shown = Units.convert(split.value(), unit, display);
            boolean ok = (minOpen ? shown > min : shown >= min) && shown <= max;
            if (!ok) {
                throw where.fail("expected " + expected() + ", got " + s.text() + " (out of range)");
            }
            return Units.convert(split.value(), unit, target) + 0.0; // + 0.0 turns -0 into 0
        }
    }

    /** One of a fixed set of words (case-insensitive), mapped to a value. */
    static final class ChoiceSpec extends Spec {
        private final String what;
        private final Map<String, Object> choices;

        ChoiceSpec(String what, Map<String, Object> choices) {
            this.what = what;
            this.choices = new LinkedHashMap<>(choices);
        }

        List<String> words() {
            return new ArrayList<>(choices.keySet());
        }

        @Override
        String expected() {
            return what + ", one of " + String.join(", ", choices.keySet());
        }

        @Override
        Object read(ScenarioNode node, Where where) {
            ScalarNode s = scalar(node, where);
            for (Map.Entry<String, Object> c : choices.entrySet()) {
                if (c.getKey().equalsIgnoreCase(s.text().strip())) {
                    return c.getValue();
                }
            }
            throw where.fail("expected " + expected() + ", got " + s.describe()
                    + Suggest.didYouMean(s.text().strip(), choices.keySet()));
        }
    }

    /** Free text, optionally restricted by a pattern. */
    static final class TextSpec extends Spec {
        private final String what;
        private final Pattern pattern;

        TextSpec(String what, Pattern pattern) {
            this.what = what;
            this.pattern = pattern;
        }

        @Override
        String expected() {
            return what;
        }

        @Override
        Object read(ScenarioNode node, Where where) {
            ScalarNode s = scalar(node, where);
            if (pattern != null && !pattern.matcher(s.text()).matches()) {
                throw where.fail("expected " + expected() + ", got " + s.describe());
            }
            return s.text();
        }
    }

    /** A list of values of one spec, with a size range. */
    static final class ListSpec extends Spec {
        private final Spec element;
        private final int minSize;
        private final int maxSize;

        ListSpec(Spec element, int minSize, int maxSize) {
            this.element = element;
            this.minSize = minSize;
            this.maxSize = maxSize;
        }

        @Override
        String expected() {
            String count = minSize == maxSize ? String.valueOf(minSize)
                    : maxSize == Integer.MAX_VALUE ? "any number of" : minSize + " to " + maxSize;
            return "a list of " + count + " values, each " + element.expected();
        }

        @Override
        boolean emptyMeansDefault() {
            return minSize == 0;
        }

        @Override
        Object read(ScenarioNode node, Where where) {
            if (!(node instanceof ListNode list)) {
                throw where.fail("expected " + expected() + ", got " + node.describe()
                        + (node instanceof ScalarNode ? "; write the values in [ ] separated by commas" : ""));
            }
            if (list.size() < minSize || list.size() > maxSize) {
                throw where.fail("expected " + expected() + ", got " + list.size() + " values");
            }
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                ScenarioNode item = list.get(i);
                out.add(element.read(item, new Where(where.key() + "[" + i + "]", item, where.example())));
            }
            return Collections.unmodifiableList(out);
        }
    }

    /** A list of maps, each read against one {@link MapSpec}; the value is a list of {@link Values}. */
    static final class MapListSpec extends Spec {
        private final String what;
        private final MapSpec item;

        MapListSpec(String what, MapSpec item) {
            this.what = what;
            this.item = item;
        }

        @Override
        String expected() {
            return "a list of " + what + ", each a map";
        }

        @Override
        boolean emptyMeansDefault() {
            return true;
        }

        @Override
        Object read(ScenarioNode node, Where where) {
            if (!(node instanceof ListNode list)) {
                throw where.fail("expected " + expected() + ", got " + node.describe());
            }
            List<Values> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                ScenarioNode n = list.get(i);
                Where w = new Where(where.key() + "[" + i + "]", n, where.example());
                if (!(n instanceof MapNode)) {
                    throw w.fail("expected a map (keys such as 'at:' indented under '- '), got " + n.describe());
                }
                out.add(item.read(n, w));
            }
            return Collections.unmodifiableList(out);
        }
    }

    /** A list of maps kept as nodes, for the loader to read against the intervention catalog. */
    static final class RawMapListSpec extends Spec {
        private final String what;

        RawMapListSpec(String what) {
            this.what = what;
        }

        @Override
        String expected() {
            return "a list of " + what + ", each a map";
        }

        @Override
        boolean emptyMeansDefault() {
            return true;
        }

        @Override
        Object read(ScenarioNode node, Where where) {
            if (!(node instanceof ListNode list)) {
                throw where.fail("expected " + expected() + ", got " + node.describe());
            }
            for (int i = 0; i < list.size(); i++) {
                ScenarioNode item = list.get(i);
                if (!(item instanceof MapNode)) {
                    throw new Where(where.key() + "[" + i + "]", item, where.example())
                            .fail("expected a map (keys such as 'at:' indented under '- '), got " + item.describe());
                }
            }
            return list.items();
        }
    }

    /** {@code between 0 and 5 packs}, {@code of at least 1 day}, {@code more than 0 and at most 120 years}. */
    static String rangeText(double min, boolean minOpen, double max, String unit) {
        String u = unit.isEmpty() ? "" : " " + unit;
        boolean hasMin = Double.isFinite(min);
        boolean hasMax = Double.isFinite(max);
        if (hasMin && hasMax) {
            return minOpen ? "more than " + fmt(min) + " and at most " + fmt(max) + u
                    : "between " + fmt(min) + " and " + fmt(max) + u;
        }
        if (hasMin) {
            return (minOpen ? "of more than " : "of at least ") + fmt(min) + u;
        }
        if (hasMax) {
            return "of at most " + fmt(max) + u;
        }
        return "";
    }

    static String fmt(double v) {
        return Units.formatNumber(v);
    }

    /** The words of an enum's {@code id()} mapped to its constants, for a {@link ChoiceSpec}. */
    static <E extends Enum<E>> Map<String, Object> choices(E[] values, java.util.function.Function<E, String> id) {
        return java.util.Arrays.stream(values).collect(Collectors.toMap(id, v -> v, (a, b) -> a, LinkedHashMap::new));
    }
}
