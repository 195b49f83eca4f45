package org.senesim.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.senesim.intervention.Flagship;
import org.senesim.scenario.ScenarioLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The scenarios the form starts from, and the form's fields written into one of them. The result
 * is plain scenario text that the editor shows and the scenario loader checks like any file, so a
 * field's mistake is reported by the loader at its line, in the same words as on the command line.
 */
final class Presets {

    record Preset(String id, String title, Supplier<String> text) {
    }

    static final List<Preset> ALL = List.of(
            new Preset("flagship", "Flagship comparison (3 arms, 35 to 85)", Flagship::text),
            new Preset("quick", "Quick 2D: sunscreen or not (10 years)",
                    () -> resource("/org/senesim/web/presets/quick.yaml")),
            new Preset("default", "Default person, one run (20 to 80)",
                    () -> resource(ScenarioLoader.DEFAULT_RESOURCE)));

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES));

    private Presets() {
    }

    static Preset find(String id) {
        for (Preset p : ALL) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The preset with the form's non-empty fields written in. Values are written as typed (with
     * their unit), never judged here: the loader judges them.
     */
    static String compose(Preset preset, Map<String, String> form) {
        JsonNode tree;
        try {
            tree = YAML.readTree(preset.text().get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode root = (ObjectNode) tree;
        put(root, "name", form.get("name"), "");
        put(root, "seed", form.get("seed"), "");
        put(root, "duration", form.get("duration"), " years");
        ObjectNode person = object(root, "person");
        put(person, "age", form.get("age"), " years");
        put(person, "sex", form.get("sex"), "");
        put(person, "fitzpatrick", form.get("fitzpatrick"), "");
        put(person, "latitude", form.get("latitude"), "");
        put(person, "outdoor_hours", form.get("outdoor_hours"), "");
        put(person, "smoking", form.get("smoking"), "");
        String width = blankToNull(form.get("width"));
        String depth = blankToNull(form.get("depth"));
        if (width != null || depth != null) {
            ObjectNode tissue = object(root, "tissue");
            JsonNode size = tissue.get("size");
            String w = width != null ? width + " mm" : size instanceof ArrayNode a && a.size() > 0 ? a.get(0).asText() : "1 mm";
            String d = depth != null ? depth + " mm" : size instanceof ArrayNode a && a.size() > 1 ? a.get(a.size() - 1).asText() : "1.2 mm";
            if (!tissue.has("dimension")) {
                tissue.put("dimension", "2D");
            }
            ArrayNode s = tissue.putArray("size");
            s.add(w);
            s.add(d);
        }
        String snapshots = blankToNull(form.get("snapshots"));
        if (snapshots != null) {
            ArrayNode s = object(root, "outputs").putArray("snapshots");
            for (String part : snapshots.split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    s.add(number(part.strip()));
                }
            }
        }
        String replicates = blankToNull(form.get("replicates"));
        if (replicates != null && root.get("protocol") instanceof ArrayNode steps) {
            ObjectNode compare = null;
            for (JsonNode step : steps) {
                if (step instanceof ObjectNode o && o.has("compare")) {
                    compare = (ObjectNode) o.get("compare");
                }
            }
            if (compare == null) {
                compare = steps.addObject().putObject("compare");
            }
            compare.set("replicates", number(replicates));
        }
        try {
            return YAML.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ObjectNode node, String key, String value, String unit) {
        String v = blankToNull(value);
        if (v == null) {
            return;
        }
        if (unit.isEmpty() || !looksNumeric(v)) {
            node.set(key, number(v));
        } else {
            node.put(key, v + unit);
        }
    }

    /** A number stays a YAML number, anything else a string (which the loader then explains). */
    private static JsonNode number(String v) {
        if (looksNumeric(v)) {
            try {
                return YAML.readTree(v);
            } catch (IOException e) {
                // not a number after all: keep the text
            }
        }
        return YAML.getNodeFactory().textNode(v);
    }

    private static boolean looksNumeric(String v) {
        return v.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    }

    private static ObjectNode object(ObjectNode parent, String key) {
        JsonNode n = parent.get(key);
        if (n instanceof ObjectNode o) {
            return o;
        }
        return parent.putObject(key);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String resource(String name) {
        try (InputStream in = Presets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("preset " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
