package org.senesim.planner.space;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.senesim.evidence.EvidenceTier;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Downtime and fees per catalog entry ({@code org/senesim/planner/burden.yaml}). Kept beside the
 * catalog rather than in it: they are what a plan costs the person, not what the intervention does
 * to the skin, and a user may replace them with local prices.
 */
public final class Burdens {

    public static final String RESOURCE = "/org/senesim/planner/burden.yaml";

    private final Map<String, Burden> byEntry;

    private Burdens(Map<String, Burden> byEntry) {
        this.byEntry = byEntry;
    }

    public static Burdens builtIn() {
        try (InputStream in = Burdens.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(RESOURCE, in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a burden file; a mistake is an {@link IllegalArgumentException} naming the file and entry. */
    public static Burdens parse(String file, InputStream in) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        JsonNode entries = root == null ? null : root.get("entries");
        if (entries == null || !entries.isObject()) {
            throw new IllegalArgumentException(file + ": no 'entries:' map. Fix: list each catalog id under 'entries:'.");
        }
        Map<String, Burden> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = file + ": entries." + e.getKey();
            JsonNode d = require(e.getValue(), "downtime", where);
            JsonNode c = require(e.getValue(), "cost", where);
            String per = text(c, "per", where + ".cost");
            if (!per.equals("session") && !per.equals("year")) {
                throw new IllegalArgumentException(where + ".cost.per: '" + per + "'. Fix: write session or year.");
            }
            out.put(e.getKey(), new Burden(e.getKey(),
                    number(d, "days", where + ".downtime"), range(d, where + ".downtime"), text(d, "source", where + ".downtime"),
                    tier(d, where + ".downtime"),
                    number(c, "usd", where + ".cost"), per.equals("year"), range(c, where + ".cost"),
                    text(c, "source", where + ".cost"), tier(c, where + ".cost")));
        }
        return new Burdens(out);
    }

    /** The burden of a catalog entry, or an {@link IllegalArgumentException} naming it. */
    public Burden of(String entryId) {
        Burden b = byEntry.get(entryId);
        if (b == null) {
            throw new IllegalArgumentException("no downtime and cost for '" + entryId + "' in the burden file. Fix: add it under 'entries:'.");
        }
        return b;
    }

    /**
     * Downtime of one session of a course at its settings: the entry's typical days at typical
     * settings, towards the ends of its range as the session wounds less or more ({@link SessionDowntime}).
     */
    public double sessionDowntimeDays(PlannedCourse course) {
        return SessionDowntime.days(of(course.entry().id()), course.entry(), course.settings());
    }

    public boolean has(String entryId) {
        return byEntry.containsKey(entryId);
    }

    private static JsonNode require(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        if (v == null || !v.isObject()) {
            throw new IllegalArgumentException(where + ": no '" + key + ":' map. Fix: add " + key + ": {...}.");
        }
        return v;
    }

    private static double number(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble()) || v.asDouble() < 0) {
            throw new IllegalArgumentException(where + "." + key + ": expected a number of at least 0.");
        }
        return v.asDouble();
    }

    private static double[] range(JsonNode n, String where) {
        JsonNode v = n.get("range");
        if (v == null || !v.isArray() || v.size() != 2 || !v.get(0).isNumber() || !v.get(1).isNumber()
                || v.get(0).asDouble() > v.get(1).asDouble()) {
            throw new IllegalArgumentException(where + ".range: expected [low, high] with low <= high.");
        }
        return new double[] {v.get(0).asDouble(), v.get(1).asDouble()};
    }

    private static String text(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(where + "." + key + ": expected text.");
        }
        return v.asText();
    }

    private static EvidenceTier tier(JsonNode n, String where) {
        try {
            return EvidenceTier.parse(text(n, "tier", where));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ".tier: " + e.getMessage());
        }
    }
}
