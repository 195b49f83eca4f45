package org.senesim.validation;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.senesim.scenario.ScenarioNode;
import org.senesim.scenario.Suggest;

/**
 * A {@code NAME.published.yaml}: the published figures one reproduction is judged against (format in
 * {@link Reproduction}). Read with Jackson's streaming YAML parser so that every problem names the
 * file, the line and the fix.
 *
 * @param reproduction the {@code reproduction:} name
 * @param title        the {@code title:} line
 * @param figures      the figures, in file order
 * @param file         the file label used in messages
 */
public record PublishedFile(String reproduction, String title, List<PublishedFigure> figures, String file) {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final List<String> TOP_KEYS = List.of("reproduction", "title", "figures");
    private static final List<String> FIGURE_KEYS =
            List.of("id", "description", "published", "unit", "tolerance", "calibration", "source", "known_failure");
    private static final List<String> TOLERANCE_KEYS =
            List.of("relative", "absolute", "at_most", "at_least", "between");
    private static final String EXAMPLE_FIGURE = "- {id: x, description: ..., published: 0.15, unit: fraction, "
            + "tolerance: {relative: 0.3}, calibration: false, source: Author et al. YEAR, Journal vol:page}";

    public PublishedFile {
        figures = List.copyOf(figures);
    }

    /** The figure with this id, or null. */
    public PublishedFigure figure(String id) {
        for (PublishedFigure f : figures) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Reads the text of a published-figures file.
     *
     * @param text         the YAML
     * @param file         label for messages, e.g. {@code examples/reproductions/karin-2019.published.yaml}
     * @param expectedName the reproduction's name, which {@code reproduction:} must repeat
     * @throws ReproductionException naming file, line and fix
     */
    public static PublishedFile parse(String text, String file, String expectedName) {
        Node root = new Reader(file).read(text);
        if (root == null) {
            throw new ReproductionException(file, 0, "the file is empty. Fix: write 'reproduction: " + expectedName
                    + "', 'title:' and a 'figures:' list (format in docs/validation.md)");
        }
        Map<String, Node> top = root.map(file, "the file", "a map with reproduction, title and figures");
        checkKeys(file, top, TOP_KEYS, "");
        String name = required(file, root, top, "reproduction", "").text(file, "reproduction");
        if (!name.equals(expectedName)) {
            throw new ReproductionException(file, top.get("reproduction").line, "reproduction is '" + name
                    + "' but the file belongs to '" + expectedName + "'. Fix: write 'reproduction: " + expectedName + "'");
        }
        String title = required(file, root, top, "title", "").text(file, "title");
        Node figuresNode = required(file, root, top, "figures", "");
        List<Node> items = figuresNode.list(file, "figures", "a list of figures, each like " + EXAMPLE_FIGURE);
        if (items.isEmpty()) {
            throw new ReproductionException(file, figuresNode.line, "figures is empty. Fix: list at least one figure, e.g. "
                    + EXAMPLE_FIGURE);
        }
        List<PublishedFigure> figures = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : items) {
            PublishedFigure f = figure(file, item);
            if (!ids.add(f.id())) {
                throw new ReproductionException(file, f.line(), "figure id '" + f.id()
                        + "' is given twice. Fix: give each figure its own id");
            }
            figures.add(f);
        }
        return new PublishedFile(name, title, figures, file);
    }

    private static PublishedFigure figure(String file, Node item) {
        Map<String, Node> m = item.map(file, "figures[]", "a figure like " + EXAMPLE_FIGURE);
        checkKeys(file, m, FIGURE_KEYS, "figure ");
        String id = required(file, item, m, "id", "figure ").text(file, "id");
        if (!id.matches("[A-Za-z0-9_.-]+")) {
            throw new ReproductionException(file, m.get("id").line, "figure id '" + id
                    + "' has characters other than letters, digits, '_', '.' and '-'. Fix: e.g. senescent_fraction_80");
        }
        String where = "figure '" + id + "': ";
        String description = required(file, item, m, "description", where).text(file, "description");
        double published = required(file, item, m, "published", where).number(file, "published");
        String unit = required(file, item, m, "unit", where).text(file, "unit");
        Tolerance tolerance = tolerance(file, required(file, item, m, "tolerance", where), published);
        boolean calibration = required(file, item, m, "calibration", where).bool(file, "calibration");
        String source = required(file, item, m, "source", where).text(file, "source");
        String knownFailure = m.containsKey("known_failure") ? m.get("known_failure").text(file, "known_failure") : null;
        return new PublishedFigure(id, description, published, unit, tolerance, calibration, source, knownFailure,
                item.line);
    }

    private static Tolerance tolerance(String file, Node node, double published) {
        String fix = "Fix: write one of {relative: 0.3}, {absolute: 0.05}, {at_most: 0}, {at_least: 1}, {between: [2, 5]}";
        Map<String, Node> m = node.map(file, "tolerance", "a map with one key. " + fix);
        checkKeys(file, m, TOLERANCE_KEYS, "tolerance ");
        if (m.size() != 1) {
            throw new ReproductionException(file, node.line, "tolerance needs exactly one of relative, absolute, at_most,"
                    + " at_least, between; it has " + m.size() + ". " + fix);
        }
        Map.Entry<String, Node> e = m.entrySet().iterator().next();
        Tolerance.Kind kind = Tolerance.Kind.of(e.getKey());
        Node v = e.getValue();
        switch (kind) {
            case RELATIVE, ABSOLUTE -> {
                double x = v.number(file, "tolerance." + kind.key());
                if (!(x >= 0) || Double.isInfinite(x)) {
                    throw new ReproductionException(file, v.line, "tolerance." + kind.key() + " must be a finite number"
                            + " at least 0, got " + x + ". Fix: e.g. {" + kind.key() + ": 0.3}");
                }
                return kind == Tolerance.Kind.RELATIVE ? Tolerance.relative(x) : Tolerance.absolute(x);
            }
            case AT_MOST -> {
                return Tolerance.atMost(v.number(file, "tolerance.at_most"));
            }
            case AT_LEAST -> {
                return Tolerance.atLeast(v.number(file, "tolerance.at_least"));
            }
            default -> {
                List<Node> ab = v.list(file, "tolerance.between", "a list of two numbers, e.g. {between: [2, 5]}");
                if (ab.size() != 2) {
                    throw new ReproductionException(file, v.line, "tolerance.between needs two numbers [low, high], got "
                            + ab.size() + ". Fix: e.g. {between: [2, 5]}");
                }
                double lo = ab.get(0).number(file, "tolerance.between[0]");
                double hi = ab.get(1).number(file, "tolerance.between[1]");
                if (!(lo <= hi)) {
                    throw new ReproductionException(file, v.line, "tolerance.between's low " + lo + " is above its high "
                            + hi + ". Fix: write [low, high]");
                }
                return Tolerance.between(lo, hi);
            }
        }
    }

    private static void checkKeys(String file, Map<String, Node> m, List<String> allowed, String what) {
        for (Map.Entry<String, Node> e : m.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new ReproductionException(file, e.getValue().keyLine, "unknown " + what + "key '" + e.getKey() + "'"
                        + Suggest.didYouMean(e.getKey(), allowed) + " Allowed: " + String.join(", ", allowed));
            }
        }
    }

    private static Node required(String file, Node parent, Map<String, Node> m, String key, String where) {
        Node n = m.get(key);
        if (n == null || n.value == null) {
            throw new ReproductionException(file, n == null ? parent.line : n.line, where + "missing '" + key
                    + "'. Fix: add it; a figure looks like " + EXAMPLE_FIGURE);
        }
        return n;
    }

    /** A located YAML value: a map (String to Node), a list of Nodes, a String, a Double, a Boolean or null. */
    private static final class Node {
        final Object value;
        final int line;
        final int keyLine;

        Node(Object value, int line, int keyLine) {
            this.value = value;
            this.line = line;
            this.keyLine = keyLine;
        }

        @SuppressWarnings("unchecked")
        Map<String, Node> map(String file, String key, String expected) {
            if (value instanceof Map<?, ?> m) {
                return (Map<String, Node>) m;
            }
            throw new ReproductionException(file, line, key + ": expected " + expected + ", got " + describe());
        }

        @SuppressWarnings("unchecked")
        List<Node> list(String file, String key, String expected) {
            if (value instanceof List<?> l) {
                return (List<Node>) l;
            }
            throw new ReproductionException(file, line, key + ": expected " + expected + ", got " + describe());
        }

        String text(String file, String key) {
            if (value instanceof String s && !s.isBlank()) {
                return s.strip();
            }
            if (value instanceof Double || value instanceof Boolean) {
                return String.valueOf(value);
            }
            throw new ReproductionException(file, line, key + ": expected text, got " + describe()
                    + ". Fix: write one line of text after '" + key + ":'");
        }

        double number(String file, String key) {
            double x = Double.NaN;
            if (value instanceof Double d) {
                x = d;
            } else if (value instanceof String s) {
                // YAML 1.1 reads 1.0e6 (no sign in the exponent) as text
                try {
                    x = Double.parseDouble(s.strip());
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            // NaN or infinity (.nan, "NaN", "Infinity") would judge every model value as failing
            if (Double.isFinite(x)) {
                return x;
            }
            throw new ReproductionException(file, line, key + ": expected a number, got " + describe()
                    + ". Fix: write a plain number such as 0.15 or 1.2e6 (the unit goes in 'unit')");
        }

        boolean bool(String file, String key) {
            if (value instanceof Boolean b) {
                return b;
            }
            throw new ReproductionException(file, line, key + ": expected true or false, got " + describe()
                    + ". Fix: write 'calibration: true' if the model was calibrated to this figure, else false");
        }

        String describe() {
            return ScenarioNode.describePlain(value);
        }
    }

    private static final class Reader {
        private final String file;

        Reader(String file) {
            this.file = file;
        }

        Node read(String text) {
            try (JsonParser p = FACTORY.createParser(text)) {
                JsonToken t = p.nextToken();
                if (t == null) {
                    return null;
                }
                Node root = value(p, t, 0);
                if (p.nextToken() != null) {
                    throw new ReproductionException(file, p.currentTokenLocation().getLineNr(),
                            "a second YAML document starts here. Fix: one document per file, remove the '---'");
                }
                return root;
            } catch (JacksonException e) {
                JsonLocation l = e.getLocation();
                throw new ReproductionException(file, l == null ? 0 : l.getLineNr(), "YAML syntax error: "
                        + e.getOriginalMessage() + ". Fix: check indentation (spaces, not tabs) and quoting at that line");
            } catch (IOException e) {
                throw new ReproductionException(file, 0, "cannot read the YAML text: " + e.getMessage());
            }
        }

        private Node value(JsonParser p, JsonToken t, int keyLine) throws IOException {
            int line = p.currentTokenLocation().getLineNr();
            switch (t) {
                case START_OBJECT -> {
                    Map<String, Node> m = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        int kl = p.currentTokenLocation().getLineNr();
                        Node v = value(p, p.nextToken(), kl);
                        if (m.containsKey(name)) {
                            throw new ReproductionException(file, kl, "duplicate key '" + name + "' (first at line "
                                    + m.get(name).keyLine + "). Fix: keep one of the two");
                        }
                        m.put(name, v);
                    }
                    return new Node(m, line, keyLine);
                }
                case START_ARRAY -> {
                    List<Node> items = new ArrayList<>();
                    JsonToken v;
                    while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
                        items.add(value(p, v, p.currentTokenLocation().getLineNr()));
                    }
                    return new Node(items, line, keyLine);
                }
                case VALUE_STRING -> {
                    return new Node(p.getText(), line, keyLine);
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    return new Node(p.getDoubleValue(), line, keyLine);
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return new Node(t == JsonToken.VALUE_TRUE, line, keyLine);
                }
                case VALUE_NULL -> {
                    return new Node(null, line, keyLine);
                }
                default -> throw new ReproductionException(file, line, "unsupported YAML content (" + t
                        + "). Fix: use plain maps, lists, numbers and text");
            }
        }
    }
}
