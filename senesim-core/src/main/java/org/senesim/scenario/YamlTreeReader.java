package org.senesim.scenario;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.senesim.scenario.ScenarioNode.ListNode;
import org.senesim.scenario.ScenarioNode.MapNode;
import org.senesim.scenario.ScenarioNode.ScalarNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML text into a tree of {@link ScenarioNode}s that remember line and column, using
 * Jackson's streaming YAML parser. Rejects what a scenario never needs and what silently loses
 * data: duplicate keys, anchors and aliases, several documents in one file. Public so that other
 * file formats (trial files) get the same located errors.
 */
public final class YamlTreeReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    /** Longest scalar accepted; names and descriptions are far shorter, a hostile file far longer. */
    static final int MAX_SCALAR = 4096;

    private final String file;

    private YamlTreeReader(String file) {
        this.file = file;
    }

    /** The root node, or null when the text holds no YAML value (empty or only comments). */
    public static ScenarioNode read(String text, String file) {
        return new YamlTreeReader(file).readRoot(text);
    }

    private ScenarioNode readRoot(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            ScenarioNode root = readValue(p, t, "");
            JsonToken next = p.nextToken();
            if (next != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new ScenarioException(file, l.getLineNr(), l.getColumnNr(), "",
                        "a second YAML document starts here; a scenario file holds exactly one. "
                                + "Fix: remove the '---' separator and merge the keys, or split into two files.");
            }
            return root;
        } catch (JacksonException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw new ScenarioException(file, 0, 0, "", "cannot read the YAML text (no line to point at): "
                    + e.getMessage(), e);
        }
    }

    private ScenarioNode readValue(JsonParser p, JsonToken t, String path) throws IOException {
        JsonLocation l = p.currentTokenLocation();
        int line = l.getLineNr();
        int col = l.getColumnNr();
        if (t.isScalarValue() && p.getTextLength() > MAX_SCALAR) {
            // refused before anything compares, suggests or quotes it: those cost time in its length
            throw new ScenarioException(file, line, col, path, "a value of " + p.getTextLength() + " characters; no "
                    + "scenario value needs more than " + MAX_SCALAR + ". Fix: shorten it.");
        }
        switch (t) {
            case START_OBJECT: {
                List<MapNode.Entry> entries = new ArrayList<>();
                Map<String, ScalarNode> seen = new HashMap<>();
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    JsonLocation kl = p.currentTokenLocation();
                    String name = p.currentName();
                    if (name != null && name.length() > MAX_SCALAR) {
                        throw new ScenarioException(file, kl.getLineNr(), kl.getColumnNr(), path, "a key of "
                                + name.length() + " characters; no scenario key is longer than a few dozen. Fix: shorten it.");
                    }
                    ScalarNode key = new ScalarNode(file, kl.getLineNr(), kl.getColumnNr(),
                            ScalarNode.Kind.STRING, name);
                    String keyPath = path.isEmpty() ? name : path + "." + name;
                    ScalarNode first = seen.putIfAbsent(name, key);
                    if (first != null) {
                        throw new ScenarioException(file, key.line(), key.column(), keyPath,
                                "duplicate key; it was already given at line " + first.line()
                                        + ". Fix: keep one of the two.");
                    }
                    ScenarioNode value = readValue(p, p.nextToken(), keyPath);
                    entries.add(new MapNode.Entry(key, value));
                }
                return new MapNode(file, line, col, entries);
            }
            case START_ARRAY: {
                List<ScenarioNode> items = new ArrayList<>();
                JsonToken v;
                while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(readValue(p, v, path + "[" + items.size() + "]"));
                }
                return new ListNode(file, line, col, items);
            }
            case VALUE_STRING:
                if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                    throw new ScenarioException(file, line, col, path, "YAML aliases (*" + p.getText()
                            + ") are not supported in scenario files. Fix: write the value out in full.");
                }
                return new ScalarNode(file, line, col, ScalarNode.Kind.STRING, p.getText());
            case VALUE_NUMBER_INT:
                return new ScalarNode(file, line, col, ScalarNode.Kind.INTEGER, p.getText());
            case VALUE_NUMBER_FLOAT:
                return new ScalarNode(file, line, col, ScalarNode.Kind.FLOAT, p.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new ScalarNode(file, line, col, ScalarNode.Kind.BOOLEAN, p.getText());
            case VALUE_NULL:
                return new ScalarNode(file, line, col, ScalarNode.Kind.NULL, "");
            default:
                throw new ScenarioException(file, line, col, path, "unsupported YAML content (" + t
                        + "). Fix: use plain maps, lists, numbers and text.");
        }
    }

    /** Turns a YAML syntax error into a one-line located message, using SnakeYAML's own mark when present. */
    private ScenarioException syntaxError(JacksonException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        String problem = e.getOriginalMessage();
        Throwable c = e.getCause();
        if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException m) {
            if (m.getProblemMark() != null) {
                line = m.getProblemMark().getLine() + 1;
                col = m.getProblemMark().getColumn() + 1;
            }
            StringBuilder sb = new StringBuilder();
            if (m.getContext() != null) {
                sb.append(m.getContext());
                if (m.getContextMark() != null) {
                    sb.append(" (started at line ").append(m.getContextMark().getLine() + 1).append(')');
                }
                sb.append(": ");
            }
            sb.append(m.getProblem());
            problem = sb.toString();
        }
        String hint;
        if (problem != null && problem.contains("\\t")) {
            hint = "indent with spaces; YAML does not allow tab characters for indentation";
        } else if (problem != null && problem.contains("mapping values are not allowed")) {
            hint = "put each 'key: value' on its own line, and quote text that contains ': '";
        } else if (problem != null && (problem.contains("flow sequence") || problem.contains("flow mapping"))) {
            hint = "close every '[' with ']' and every '{' with '}', separating items with commas";
        } else {
            hint = "check the indentation (spaces only, children indented under their parent) and the quotes";
        }
        String clean = problem == null ? "malformed YAML" : problem.replaceAll("\\s+", " ").strip();
        return new ScenarioException(file, line, col, "", "YAML syntax error: " + clean + ". Fix: " + hint + ".", e);
    }
}
