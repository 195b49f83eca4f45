package org.senesim.evidence;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every biological number of the model, with unit, range, source and evidence tier.
 *
 * <p>The data live in YAML files under {@code org/senesim/evidence/parameters/} in the core
 * resources, one file per biological area, listed in {@code index.txt}. They are read once and
 * validated at load: a unit must be present, the default must lie in its range, the tier must be
 * known, ids must be unique. Model code never holds a biological literal; it reads resolved values
 * from a {@link ParameterSet}.
 */
public final class ParameterRegistry {

    static final String ROOT = "/org/senesim/evidence/parameters/";
    private static final Set<String> SPECIES = Set.of("human", "mouse", "any");
    private static final Set<String> KNOWN_KEYS = Set.of("id", "meaning", "unit", "default", "range",
            "distribution", "species", "source", "doi", "tier", "neutral", "note");

    private static volatile ParameterRegistry builtIn;

    private final Map<String, Parameter> byId;

    private ParameterRegistry(Map<String, Parameter> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The registry shipped with Senesim, loaded and validated on first use. */
    public static ParameterRegistry builtIn() {
        ParameterRegistry r = builtIn;
        if (r == null) {
            synchronized (ParameterRegistry.class) {
                r = builtIn;
                if (r == null) {
                    r = loadFromResources();
                    builtIn = r;
                }
            }
        }
        return r;
    }

    private static ParameterRegistry loadFromResources() {
        Map<String, Parameter> all = new LinkedHashMap<>();
        for (String file : indexFiles()) {
            try (InputStream in = ParameterRegistry.class.getResourceAsStream(ROOT + file)) {
                if (in == null) {
                    throw new RegistryException("parameter file " + file + " is listed in index.txt but missing");
                }
                for (Parameter p : parse(file, in)) {
                    Parameter previous = all.putIfAbsent(p.id(), p);
                    if (previous != null) {
                        throw new RegistryException(file + ":" + p.line() + ": parameter id '" + p.id()
                                + "' is already defined in " + previous.file() + ":" + previous.line());
                    }
                }
            } catch (IOException e) {
                throw new RegistryException("cannot read parameter file " + file + ": " + e.getMessage(), e);
            }
        }
        return new ParameterRegistry(all);
    }

    private static List<String> indexFiles() {
        List<String> files = new ArrayList<>();
        try (InputStream in = ParameterRegistry.class.getResourceAsStream(ROOT + "index.txt")) {
            if (in == null) {
                throw new RegistryException("parameter index " + ROOT + "index.txt is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    files.add(t);
                }
            }
        } catch (IOException e) {
            throw new RegistryException("cannot read parameter index: " + e.getMessage(), e);
        }
        return files;
    }

    /** Parses and validates one registry file (public for tests of malformed data). */
    public static List<Parameter> parse(String file, InputStream in) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        List<Parameter> out = new ArrayList<>();
        try (JsonParser parser = mapper.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new RegistryException(file + ":1: a parameter file must be a YAML list of entries");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = mapper.readTree(parser);
                out.add(toParameter(file, line, node));
            }
        }
        return out;
    }

    private static Parameter toParameter(String file, int line, JsonNode n) {
        String where = file + ":" + line + ": ";
        n.fieldNames().forEachRemaining(k -> {
            if (!KNOWN_KEYS.contains(k)) {
                throw new RegistryException(where + "unknown key '" + k + "'; allowed: " + KNOWN_KEYS);
            }
        });
        String id = text(n, "id", where, true);
        String w = where + "parameter '" + id + "': ";
        String unit = text(n, "unit", w, true);
        if (!n.hasNonNull("default") || !n.get("default").isNumber()) {
            throw new RegistryException(w + "'default' must be a number");
        }
        double def = n.get("default").asDouble();
        double min = def;
        double max = def;
        JsonNode range = n.get("range");
        if (range != null) {
            if (!range.isArray() || range.size() != 2 || !range.get(0).isNumber() || !range.get(1).isNumber()) {
                throw new RegistryException(w + "'range' must be [min, max] with two numbers");
            }
            min = range.get(0).asDouble();
            max = range.get(1).asDouble();
        }
        if (!(min <= def && def <= max)) {
            throw new RegistryException(w + "default " + def + " lies outside its range [" + min + ", " + max + "]");
        }
        EvidenceTier tier;
        try {
            tier = EvidenceTier.parse(text(n, "tier", w, true));
        } catch (IllegalArgumentException e) {
            throw new RegistryException(w + e.getMessage());
        }
        Distribution distribution;
        try {
            distribution = range == null ? Distribution.FIXED
                    : Distribution.parse(n.hasNonNull("distribution") ? n.get("distribution").asText() : null);
        } catch (IllegalArgumentException e) {
            throw new RegistryException(w + e.getMessage());
        }
        if (distribution == Distribution.LOG_UNIFORM && min <= 0) {
            throw new RegistryException(w + "a log-uniform parameter needs a positive range");
        }
        String species = n.hasNonNull("species") ? n.get("species").asText() : "any";
        if (!SPECIES.contains(species)) {
            throw new RegistryException(w + "unknown species '" + species + "'; allowed: " + SPECIES);
        }
        String source = text(n, "source", w, true);
        double neutral = n.hasNonNull("neutral") ? n.get("neutral").asDouble() : def;
        return new Parameter(id, text(n, "meaning", w, true), unit, def, min, max, distribution, species,
                source, n.hasNonNull("doi") ? n.get("doi").asText() : "", tier, neutral,
                n.hasNonNull("note") ? n.get("note").asText() : "", file, line);
    }

    private static String text(JsonNode n, String key, String where, boolean required) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            if (required) {
                throw new RegistryException(where + "missing '" + key + "'");
            }
            return "";
        }
        return v.asText().strip();
    }

    public Parameter get(String id) {
        Parameter p = byId.get(id);
        if (p == null) {
            throw new IllegalArgumentException("no parameter '" + id + "' in the registry");
        }
        return p;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public Collection<Parameter> all() {
        return byId.values();
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    /** Registry defaults with no overrides. */
    public ParameterSet defaults() {
        return ParameterSet.of(this, Map.of());
    }
}
