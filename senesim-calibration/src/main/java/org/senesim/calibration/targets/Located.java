package org.senesim.calibration.targets;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.senesim.scenario.ScenarioException;
import org.senesim.scenario.ScenarioNode;
import org.senesim.scenario.Suggest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers its line and column, read with Jackson's streaming parser so that
 * every mistake in a targets file is reported at its place ({@link ScenarioException}: one line,
 * exit 2). Values: a map (String to Located), a list, a String, a Double, a Boolean or null.
 */
final class Located {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    final Object value;
    final String file;
    final int line;
    final int column;
    final String key;

    private Located(Object value, String file, int line, int column, String key) {
        this.value = value;
        this.file = file;
        this.line = line;
        this.column = column;
        this.key = key;
    }

    /** The root of a YAML text, or null when it is empty. */
    static Located read(String text, String file) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            Located root = value(p, t, file, "");
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new ScenarioException(file, l.getLineNr(), l.getColumnNr(), "",
                        "a second YAML document starts here. Fix: one document per file, remove the '---'");
            }
            return root;
        } catch (JacksonException e) {
            JsonLocation l = e.getLocation();
            throw new ScenarioException(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), "",
                    "YAML syntax error: " + e.getOriginalMessage()
                            + ". Fix: check indentation (spaces, not tabs) and quoting at that line");
        } catch (IOException e) {
            throw new ScenarioException(file, 0, 0, "", "cannot read the YAML text: " + e.getMessage());
        }
    }

    private static Located value(JsonParser p, JsonToken t, String file, String key) throws IOException {
        JsonLocation l = p.currentTokenLocation();
        int line = l.getLineNr();
        int col = l.getColumnNr();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Located> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation kl = p.currentTokenLocation();
                    String child = key.isEmpty() ? name : key + "." + name;
                    if (m.containsKey(name)) {
                        throw new ScenarioException(file, kl.getLineNr(), kl.getColumnNr(), child,
                                "duplicate key (first at line " + m.get(name).line + "). Fix: keep one of the two");
                    }
                    m.put(name, value(p, p.nextToken(), file, child));
                }
                return new Located(m, file, line, col, key);
            }
            case START_ARRAY -> {
                List<Located> items = new ArrayList<>();
                JsonToken v;
                int i = 0;
                while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(value(p, v, file, key + "[" + (++i) + "]"));
                }
                return new Located(items, file, line, col, key);
            }
            case VALUE_STRING -> {
                return new Located(p.getText(), file, line, col, key);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Located(p.getDoubleValue(), file, line, col, key);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Located(t == JsonToken.VALUE_TRUE, file, line, col, key);
            }
            case VALUE_NULL -> {
                return new Located(null, file, line, col, key);
            }
            default -> throw new ScenarioException(file, line, col, key, "unsupported YAML content (" + t
                    + "). Fix: use plain maps, lists, numbers and text");
        }
    }

    ScenarioException error(String problem) {
        return new ScenarioException(file, line, column, key, problem);
    }

    @SuppressWarnings("unchecked")
    Map<String, Located> map(String expected) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Located>) m;
        }
        throw error("expected " + expected + ", got " + describe());
    }

    /** The map, with every key checked against {@code allowed}. */
    Map<String, Located> map(String expected, List<String> allowed) {
        Map<String, Located> m = map(expected);
        for (Map.Entry<String, Located> e : m.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw e.getValue().error("unknown key '" + e.getKey() + "'" + Suggest.didYouMean(e.getKey(), allowed)
                        + " Allowed: " + String.join(", ", allowed));
            }
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    List<Located> list(String expected) {
        if (value instanceof List<?> l) {
            return (List<Located>) l;
        }
        throw error("expected " + expected + ", got " + describe());
    }

    String text() {
        if (value instanceof String s && !s.isBlank()) {
            return s.strip();
        }
        throw error("expected text, got " + describe() + ". Fix: write one line of text");
    }

    double number() {
        double x = Double.NaN;
        if (value instanceof Double d) {
            x = d;
        } else if (value instanceof String s) {
            try {
                x = Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        if (Double.isFinite(x)) {
            return x;
        }
        throw error("expected a number, got " + describe() + ". Fix: write a plain number such as 200 or 0.5");
    }

    int wholeNumber(int min) {
        double x = number();
        if (x != Math.rint(x) || x < min || x > Integer.MAX_VALUE) {
            throw error("expected a whole number of at least " + min + ", got " + describe());
        }
        return (int) x;
    }

    String describe() {
        return ScenarioNode.describePlain(value);
    }

    /** The required child {@code name} of a map, or an error at the map naming the fix. */
    static Located required(Located parent, Map<String, Located> m, String name, String fix) {
        Located v = m.get(name);
        if (v == null || v.value == null) {
            Located at = v == null ? parent : v;
            throw new ScenarioException(at.file, at.line, at.column,
                    parent.key.isEmpty() ? name : parent.key + "." + name, "missing. Fix: " + fix);
        }
        return v;
    }
}
