package org.senesim.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.ParameterRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The intervention catalog: every device, drug, cell therapy, other therapy and lifestyle change a
 * protocol can name, read from {@code org/senesim/intervention/catalog.yaml}. Entries say what an
 * intervention is and does physically; how skin answers lives in the parameter registry, referenced
 * by id. The loader checks the file thoroughly (units, ranges, typical values inside them, known
 * response classes and mechanisms, registry ids that exist, geometry constants present), so a broken
 * catalog fails at the first use with its file and line, never half-way through a run.
 */
public final class Catalog {

    /** Class-path resource of the built-in catalog. */
    public static final String RESOURCE = "/org/senesim/intervention/catalog.yaml";

    /** Response classes of devices; each has registry ids {@code intervention.response.<class>.*}. */
    public static final Set<String> RESPONSES = Set.of("ablative", "non_ablative", "needling",
            "focused_ultrasound", "photothermal");
    /** Mechanisms of non-device entries implemented by {@link ProtocolSchedule}. */
    public static final Set<String> MECHANISMS = Set.of("senolytic", "senomorphic", "stem-cells", "fat-transfer",
            "exosomes", "photobiomodulation", "cryotherapy", "sunscreen", "smoking", "alcohol", "diet");

    private static final Set<String> KEYS = Set.of("id", "kind", "name", "summary", "wavelength", "band", "modality",
            "response", "mechanism", "parameters", "ak_clearance", "ak_reference", "routes", "min_interval",
            "typical_interval", "settings", "geometry", "evidence");
    private static final Map<Geometry.Kind, List<String>> GEOMETRY_NUMBERS = Map.of(
            Geometry.Kind.COLUMNS, List.of("diameter", "denatured"),
            Geometry.Kind.FULL_FIELD, List.of("ablation_rate", "threshold", "coagulation", "denatured"),
            Geometry.Kind.NEEDLES, List.of("needle_diameter", "penetration"),
            Geometry.Kind.FOCAL_POINTS, List.of("reference_energy", "height", "width", "size_exponent", "denatured"),
            Geometry.Kind.NONE, List.of());

    private static volatile Catalog builtIn;

    private final Map<String, CatalogEntry> byId;

    private Catalog(Map<String, CatalogEntry> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The catalog shipped with Senesim, loaded and checked against the built-in registry on first use. */
    public static Catalog builtIn() {
        Catalog c = builtIn;
        if (c == null) {
            synchronized (Catalog.class) {
                c = builtIn;
                if (c == null) {
                    try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("intervention catalog " + RESOURCE + " is missing from the build");
                        }
                        c = parse("catalog.yaml", in, ParameterRegistry.builtIn());
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot read intervention catalog: " + e.getMessage(), e);
                    }
                    builtIn = c;
                }
            }
        }
        return c;
    }

    /** Reads and checks a catalog; registry ids it names must exist in {@code registry}. */
    public static Catalog parse(String file, InputStream in, ParameterRegistry registry) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        Map<String, CatalogEntry> entries = new LinkedHashMap<>();
        try (JsonParser parser = mapper.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException(file + ":1: the catalog must be a YAML list of entries");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = mapper.readTree(parser);
                CatalogEntry e = entry(file + ":" + line + ": ", node, registry);
                if (entries.putIfAbsent(e.id(), e) != null) {
                    throw new IllegalStateException(file + ":" + line + ": duplicate id '" + e.id() + "'");
                }
            }
        }
        return new Catalog(entries);
    }

    public Collection<CatalogEntry> entries() {
        return byId.values();
    }

    /** The entry with this id, or null. */
    public CatalogEntry find(String id) {
        return byId.get(id);
    }

    /** The id closest to a misspelt one, or null when none is close. */
    public String closest(String typed) {
        return Suggest.closest(typed, byId.keySet());
    }

    /** Every id, in catalog order. */
    public Set<String> ids() {
        return byId.keySet();
    }

    /** The ids of one kind, in catalog order. */
    public List<String> ids(Kind kind) {
        List<String> out = new ArrayList<>();
        for (CatalogEntry e : byId.values()) {
            if (e.kind() == kind) {
                out.add(e.id());
            }
        }
        return out;
    }

    private static CatalogEntry entry(String where, JsonNode n, ParameterRegistry registry) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw new IllegalStateException(where + "unknown key '" + k + "'; allowed: " + KEYS);
            }
        }
        String id = text(n, "id", where);
        String w = where + "entry '" + id + "': ";
        Kind kind = Kind.of(text(n, "kind", w));
        if (kind == null) {
            throw new IllegalStateException(w + "unknown kind '" + n.get("kind").asText() + "'");
        }
        List<Integer> wavelengths = new ArrayList<>();
        if (n.has("wavelength")) {
            for (JsonNode v : n.get("wavelength")) {
                wavelengths.add(v.asInt());
            }
        }
        String response = optional(n, "response");
        if (response != null && !RESPONSES.contains(response)) {
            throw new IllegalStateException(w + "unknown response class '" + response + "'; allowed: " + RESPONSES);
        }
        if (kind == Kind.DEVICE && response == null) {
            throw new IllegalStateException(w + "a device needs a response class");
        }
        if (response != null) {
            for (String suffix : List.of("clearance_boost", "clearance_days", "synthesis_boost", "fragment_boost")) {
                requireParameter(w, registry, "intervention.response." + response + "." + suffix);
            }
        }
        String mechanism = optional(n, "mechanism");
        if (mechanism != null && !MECHANISMS.contains(mechanism)) {
            throw new IllegalStateException(w + "unknown mechanism '" + mechanism + "'; allowed: " + MECHANISMS);
        }
        if (kind != Kind.DEVICE && mechanism == null) {
            throw new IllegalStateException(w + "a " + kind.key() + " needs a mechanism");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (n.has("parameters")) {
            n.get("parameters").fields().forEachRemaining(e -> {
                requireParameter(w, registry, e.getValue().asText());
                parameters.put(e.getKey(), e.getValue().asText());
            });
        }
        String ak = optional(n, "ak_clearance");
        Map<String, Double> akReference = new LinkedHashMap<>();
        if (ak != null) {
            requireParameter(w, registry, ak);
            if (!n.has("ak_reference")) {
                throw new IllegalStateException(w + "ak_clearance needs ak_reference (the settings of the study)");
            }
            n.get("ak_reference").fields().forEachRemaining(e -> akReference.put(e.getKey(), e.getValue().asDouble()));
        }
        List<String> routes = new ArrayList<>();
        if (n.has("routes")) {
            for (JsonNode r : n.get("routes")) {
                routes.add(r.asText());
            }
        }
        double minInterval = n.has("min_interval") ? days(w + "min_interval: ", n.get("min_interval").asText()) : 0.0;
        double typicalInterval = n.has("typical_interval")
                ? days(w + "typical_interval: ", n.get("typical_interval").asText()) : minInterval;
        if (typicalInterval < minInterval) {
            throw new IllegalStateException(w + "typical_interval is shorter than min_interval");
        }
        Map<String, SettingSpec> settings = new LinkedHashMap<>();
        if (n.has("settings")) {
            n.get("settings").fields().forEachRemaining(e -> settings.put(e.getKey(), setting(w, e.getKey(), e.getValue())));
        }
        for (SettingSpec s : settings.values()) {
            if (s.perSession() && !settings.containsKey(SettingSpec.PASSES)) {
                throw new IllegalStateException(w + "setting '" + s.name() + "' is per session, but the entry has no '"
                        + SettingSpec.PASSES + "' setting to multiply it");
            }
        }
        Geometry geometry = n.has("geometry") ? geometry(w, n.get("geometry"), settings) : Geometry.NONE;
        if (kind == Kind.DEVICE && !n.has("geometry")) {
            throw new IllegalStateException(w + "a device needs a geometry (kind: none when it makes no wound)");
        }
        for (String s : akReference.keySet()) {
            if (!settings.containsKey(s)) {
                throw new IllegalStateException(w + "ak_reference names '" + s + "', which is not a setting");
            }
        }
        List<Evidence> evidence = new ArrayList<>();
        if (!n.has("evidence") || n.get("evidence").isEmpty()) {
            throw new IllegalStateException(w + "every entry needs evidence");
        }
        for (JsonNode ev : n.get("evidence")) {
            EvidenceTier tier;
            try {
                tier = EvidenceTier.parse(text(ev, "tier", w));
            } catch (IllegalArgumentException ex) {
                throw new IllegalStateException(w + ex.getMessage());
            }
            evidence.add(new Evidence(text(ev, "cite", w), ev.has("doi") ? ev.get("doi").asText() : "", tier,
                    text(ev, "finding", w)));
        }
        return new CatalogEntry(id, kind, text(n, "name", w), text(n, "summary", w), wavelengths,
                n.has("band") && n.get("band").asBoolean(), text(n, "modality", w), response, mechanism,
                parameters, ak, akReference, routes, minInterval, typicalInterval, settings, geometry, evidence);
    }

    private static SettingSpec setting(String where, String name, JsonNode n) {
        String w = where + "setting '" + name + "': ";
        SettingUnit unit = SettingUnit.of(text(n, "unit", w));
        if (unit == null) {
            throw new IllegalStateException(w + "unknown unit '" + n.get("unit").asText() + "'");
        }
        String source = text(n, "source", w);
        List<String> choices = new ArrayList<>();
        if (n.has("choices")) {
            for (JsonNode c : n.get("choices")) {
                choices.add(c.asText());
            }
        }
        if (unit == SettingUnit.WORD) {
            String typical = text(n, "typical", w);
            if (!choices.contains(typical)) {
                throw new IllegalStateException(w + "typical '" + typical + "' is not one of " + choices);
            }
            return new SettingSpec(name, unit, Double.NaN, Double.NaN, choices, Double.NaN, typical, source, false);
        }
        if (!n.has("typical") || !n.get("typical").isNumber()) {
            throw new IllegalStateException(w + "'typical' must be a number");
        }
        double typical = n.get("typical").asDouble();
        double min;
        double max;
        if (!choices.isEmpty()) {
            min = Double.POSITIVE_INFINITY;
            max = Double.NEGATIVE_INFINITY;
            boolean found = false;
            for (String c : choices) {
                double v = Double.parseDouble(c);
                min = Math.min(min, v);
                max = Math.max(max, v);
                found |= v == typical;
            }
            if (!found) {
                throw new IllegalStateException(w + "typical " + typical + " is not one of " + choices);
            }
        } else {
            JsonNode r = n.get("range");
            if (r == null || !r.isArray() || r.size() != 2) {
                throw new IllegalStateException(w + "needs range: [min, max] or choices");
            }
            min = r.get(0).asDouble();
            max = r.get(1).asDouble();
            if (!(min <= typical && typical <= max)) {
                throw new IllegalStateException(w + "typical " + typical + " lies outside [" + min + ", " + max + "]");
            }
        }
        String per = n.has("per") ? n.get("per").asText() : "pass";
        if (!per.equals("pass") && !per.equals("session")) {
            throw new IllegalStateException(w + "per must be 'pass' or 'session', got '" + per + "'");
        }
        return new SettingSpec(name, unit, min, max, choices, typical, null, source, per.equals("session"));
    }

    private static Geometry geometry(String where, JsonNode n, Map<String, SettingSpec> settings) {
        String w = where + "geometry: ";
        Geometry.Kind kind = Geometry.Kind.of(text(n, "kind", w));
        if (kind == null) {
            throw new IllegalStateException(w + "unknown kind '" + n.get("kind").asText() + "'");
        }
        Map<String, Double> numbers = new LinkedHashMap<>();
        boolean depthFromSetting = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            switch (e.getKey()) {
                case "kind", "source", "ablative" -> { }
                case "depth_from" -> depthFromSetting = "setting".equals(e.getValue().asText());
                default -> {
                    if (!e.getValue().isNumber()) {
                        throw new IllegalStateException(w + "'" + e.getKey() + "' must be a number");
                    }
                    numbers.put(e.getKey(), e.getValue().asDouble());
                }
            }
        }
        List<String> needed = new ArrayList<>(GEOMETRY_NUMBERS.get(kind));
        if (kind == Geometry.Kind.COLUMNS) {
            if (depthFromSetting) {
                for (String s : List.of("depth", "coagulation", "coverage")) {
                    if (!settings.containsKey(s)) {
                        throw new IllegalStateException(w + "depth_from: setting needs a '" + s + "' setting");
                    }
                }
                numbers.put("depth_from_setting", 1.0);
            } else {
                needed.addAll(List.of("reference_energy", "depth", "depth_exponent", "diameter_exponent"));
                if (!settings.containsKey("energy") || !settings.containsKey("coverage")) {
                    throw new IllegalStateException(w + "columns need 'energy' and 'coverage' settings");
                }
            }
        }
        if (kind == Geometry.Kind.NEEDLES && numbers.containsKey("tip_height")) {
            needed.addAll(List.of("tip_width", "reference_level", "tip_exponent", "denatured"));
        }
        for (String k : needed) {
            if (!numbers.containsKey(k)) {
                throw new IllegalStateException(w + kind.id() + " needs '" + k + "'");
            }
        }
        boolean ablative = n.has("ablative") && n.get("ablative").asBoolean();
        if (ablative && !depthFromSetting && kind == Geometry.Kind.COLUMNS && !numbers.containsKey("coagulation")) {
            throw new IllegalStateException(w + "ablative columns need 'coagulation'");
        }
        return new Geometry(kind, ablative, numbers, n.has("source") ? n.get("source").asText() : "");
    }

    private static void requireParameter(String where, ParameterRegistry registry, String id) {
        if (!registry.contains(id)) {
            throw new IllegalStateException(where + "registry id '" + id + "' does not exist");
        }
    }

    private static double days(String where, String text) {
        Units.Split s = Units.split(text);
        Units.Unit u = s == null ? null : Units.Dimension.TIME.unit(s.unit());
        if (u == null) {
            throw new IllegalStateException(where + "expected a duration such as '4 weeks', got '" + text + "'");
        }
        return s.value() * u.inBase();
    }

    private static String text(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new IllegalStateException(where + "missing '" + key + "'");
        }
        return v.asText().strip();
    }

    private static String optional(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
