package org.senesim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A node of a scenario file that remembers where it was written: a map, a list or a scalar, with
 * file, line and column (both 1-based). The loader builds these from YAML and validates them
 * against its schema and the intervention catalog. A loaded
 * {@link Scenario} holds typed values only; nodes leave this package only for other located file
 * formats (the trial files of senesim-trial).
 *
 * <p>Equality compares content only, never location: the same protocol read from two files with
 * different layouts is equal.
 */
public abstract sealed class ScenarioNode
        permits ScenarioNode.MapNode, ScenarioNode.ListNode, ScenarioNode.ScalarNode {

    private final String file;
    private final int line;
    private final int column;

    private ScenarioNode(String file, int line, int column) {
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
    }

    /** File label the node was read from (a path as given, or a label such as {@code <built-in>}). */
    public String file() {
        return file;
    }

    /** 1-based line. */
    public int line() {
        return line;
    }

    /** 1-based column. */
    public int column() {
        return column;
    }

    /** {@code file:line:column}. */
    public String location() {
        return file + ":" + line + ":" + column;
    }

    /** How the node reads in an error message: {@code a map}, {@code a list}, {@code "lots"}, {@code 7}. */
    public abstract String describe();

    /** Longest text an error message quotes of a value; longer text is cut to this prefix. */
    static final int QUOTED_MAX = 60;

    /**
     * How a plain value ({@link #toPlain()}'s kinds, or another located reader's) reads in an error
     * message, as {@link #describe()} reads for a node: {@code an empty value}, {@code a map},
     * {@code a list}, text in quotes, anything else as written. Text longer than a short prefix is
     * cut and its length said, so a hostile value never floods the message. One wording for every
     * located file format (scenarios, calibration targets, published figures).
     */
    public static String describePlain(Object value) {
        if (value == null) {
            return "an empty value";
        }
        if (value instanceof Map) {
            return "a map";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof String s) {
            return quoted(s);
        }
        return String.valueOf(value);
    }

    /** {@code "text"}, or its first characters and its length when it is long. */
    static String quoted(String s) {
        if (s.length() <= QUOTED_MAX) {
            return "\"" + s + "\"";
        }
        return "\"" + s.substring(0, QUOTED_MAX) + "…\" (" + s.length() + " characters)";
    }

    /**
     * The content as plain Java values: {@code Map<String,Object>} (in file order), {@code List<Object>},
     * {@code Long}, {@code Double}, {@code Boolean}, {@code String} or null.
     */
    public abstract Object toPlain();

    /** A YAML map; keys are unique (the reader rejects duplicates) and kept in file order. */
    public static final class MapNode extends ScenarioNode {

        /** One key and its value; the key node carries the key's own location. */
        public record Entry(ScalarNode key, ScenarioNode value) {
            public String name() {
                return key.text();
            }
        }

        private final List<Entry> entries;
        private final Map<String, Entry> byKey;

        public MapNode(String file, int line, int column, List<Entry> entries) {
            super(file, line, column);
            this.entries = List.copyOf(entries);
            Map<String, Entry> m = new LinkedHashMap<>();
            for (Entry e : this.entries) {
                if (m.putIfAbsent(e.name(), e) != null) {
                    throw new IllegalArgumentException("duplicate key '" + e.name() + "' at " + e.key().location());
                }
            }
            this.byKey = Collections.unmodifiableMap(m);
        }

        public List<Entry> entries() {
            return entries;
        }

        /** Keys in file order. */
        public Set<String> keys() {
            return Collections.unmodifiableSet(new LinkedHashSet<>(byKey.keySet()));
        }

        public boolean has(String key) {
            return byKey.containsKey(key);
        }

        /** The value under {@code key}, or null when the key is absent. */
        public ScenarioNode get(String key) {
            Entry e = byKey.get(key);
            return e == null ? null : e.value();
        }

        /** The key node of {@code key} (for error locations), or null when absent. */
        public ScalarNode keyNode(String key) {
            Entry e = byKey.get(key);
            return e == null ? null : e.key();
        }

        public int size() {
            return entries.size();
        }

        @Override
        public String describe() {
            return "a map";
        }

        @Override
        public Object toPlain() {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Entry e : entries) {
                m.put(e.name(), e.value().toPlain());
            }
            return m;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MapNode other && entries.equals(other.entries);
        }

        @Override
        public int hashCode() {
            return entries.hashCode();
        }

        @Override
        public String toString() {
            return "MapNode" + entries;
        }
    }

    /** A YAML list. */
    public static final class ListNode extends ScenarioNode {
        private final List<ScenarioNode> items;

        public ListNode(String file, int line, int column, List<ScenarioNode> items) {
            super(file, line, column);
            this.items = List.copyOf(items);
        }

        public List<ScenarioNode> items() {
            return items;
        }

        public ScenarioNode get(int index) {
            return items.get(index);
        }

        public int size() {
            return items.size();
        }

        @Override
        public String describe() {
            return "a list";
        }

        @Override
        public Object toPlain() {
            List<Object> l = new ArrayList<>();
            for (ScenarioNode n : items) {
                l.add(n.toPlain());
            }
            return l;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ListNode other && items.equals(other.items);
        }

        @Override
        public int hashCode() {
            return items.hashCode();
        }

        @Override
        public String toString() {
            return "ListNode" + items;
        }
    }

    /** A YAML scalar with the kind YAML resolved it to and its text as written. */
    public static final class ScalarNode extends ScenarioNode {

        /** What YAML made of the scalar. */
        public enum Kind { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

        private final Kind kind;
        private final String text;

        public ScalarNode(String file, int line, int column, Kind kind, String text) {
            super(file, line, column);
            this.kind = Objects.requireNonNull(kind, "kind");
            this.text = kind == Kind.NULL ? "" : Objects.requireNonNull(text, "text");
        }

        public Kind kind() {
            return kind;
        }

        /** The scalar as written (without quotes); empty for null. */
        public String text() {
            return text;
        }

        public boolean isNull() {
            return kind == Kind.NULL;
        }

        /** True for YAML numbers and for strings that read as a plain decimal number. */
        public boolean isNumber() {
            return number() != null;
        }

        /** The numeric value, or null when the scalar is not a number. */
        public Double number() {
            switch (kind) {
                case INTEGER:
                case FLOAT:
                case STRING:
                    return Units.parseNumber(text);
                default:
                    return null;
            }
        }

        @Override
        public String describe() {
            switch (kind) {
                case NULL:
                    return "an empty value";
                case STRING:
                    return quoted(text);
                default:
                    return text;
            }
        }

        @Override
        public Object toPlain() {
            switch (kind) {
                case NULL:
                    return null;
                case BOOLEAN:
                    return Boolean.valueOf(Units.parseBoolean(text));
                case INTEGER: {
                    Double d = number();
                    if (d != null && Math.abs(d) < 9.0e15) {
                        return Long.valueOf(d.longValue());
                    }
                    return d;
                }
                case FLOAT:
                    return number();
                default:
                    return text;
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ScalarNode other && kind == other.kind && text.equals(other.text);
        }

        @Override
        public int hashCode() {
            return kind.hashCode() * 31 + text.hashCode();
        }

        @Override
        public String toString() {
            return kind + ":" + text;
        }
    }
}
