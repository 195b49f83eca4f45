package org.senesim.planner.space;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.senesim.evidence.EvidenceTier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
            return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads a burden file (a user's own prices or recovery times, {@code senesim plan --burdens});
     * a mistake is one {@link IllegalArgumentException} naming the file, the line, the key and the fix.
     */
    public static Burdens parse(String file, String text) {
        Map<String, Integer> lines = keyLines(file, text);
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IllegalArgumentException(file + ":" + line + ": YAML syntax error: " + e.getOriginalMessage()
                    + ". Fix: keep the layout of the built-in burden.yaml (docs/planner.md).");
        }
        JsonNode entries = root == null ? null : root.get("entries");
        if (entries == null || !entries.isObject()) {
            throw new IllegalArgumentException(file + ":" + lines.getOrDefault("entries", 1)
                    + ": no 'entries:' map. Fix: list each catalog id under 'entries:'.");
        }
        Map<String, Burden> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Where w = new Where(file, "entries." + e.getKey(), lines);
            JsonNode d = require(e.getValue(), "downtime", w);
            JsonNode c = require(e.getValue(), "cost", w);
            Where dw = w.in("downtime");
            Where cw = w.in("cost");
            String per = text(c, "per", cw);
            if (!per.equals("session") && !per.equals("year")) {
                throw cw.in("per").fail("'" + per + "' is neither session nor year", "write per: session (or per: year for a lifestyle change)");
            }
            double days = number(d, "days", dw);
            double[] daysRange = range(d, dw);
            double usd = number(c, "usd", cw);
            double[] usdRange = range(c, cw);
            if (days < daysRange[0] || days > daysRange[1]) {
                throw dw.in("days").fail("the typical " + days + " days lie outside the range " + daysRange[0] + "-" + daysRange[1],
                        "widen the range or correct the days");
            }
            if (usd < usdRange[0] || usd > usdRange[1]) {
                throw cw.in("usd").fail("the typical fee " + usd + " lies outside the range " + usdRange[0] + "-" + usdRange[1],
                        "widen the range or correct the fee");
            }
            out.put(e.getKey(), new Burden(e.getKey(), days, daysRange, text(d, "source", dw), tier(d, dw),
                    usd, per.equals("year"), usdRange, text(c, "source", cw), tier(c, cw)));
        }
        return new Burdens(out);
    }

    /** Where in a burden file a key lies, for messages: its dotted path and, when found, its line. */
    private record Where(String file, String path, Map<String, Integer> lines) {
        Where in(String key) {
            return new Where(file, path + "." + key, lines);
        }

        IllegalArgumentException fail(String problem, String fix) {
            String at = path;
            Integer line = null;
            while (line == null && !at.isEmpty()) {
                line = lines.get(at);
                at = at.contains(".") ? at.substring(0, at.lastIndexOf('.')) : "";
            }
            return new IllegalArgumentException(file + ":" + (line == null ? 1 : line) + ": " + path + ": " + problem + ". Fix: " + fix + ".");
        }
    }

    /** The line of every key of the file, by dotted path ({@code entries.co2-fractional.downtime.days}). */
    private static Map<String, Integer> keyLines(String file, String text) {
        Map<String, Integer> lines = new java.util.HashMap<>();
        java.util.Deque<String> path = new java.util.ArrayDeque<>();      // the open maps' keys, innermost first
        java.util.Deque<Boolean> named = new java.util.ArrayDeque<>();    // whether each open map has a key
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            String pending = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y && y.isCurrentAlias()) {
                    // Jackson reads an alias as the anchor's name, not its text: a source would be lost
                    throw new IllegalArgumentException(file + ":" + p.currentTokenLocation().getLineNr()
                            + ": a YAML alias (*" + p.getText() + ") is not read as the text it names. Fix: write the text in full.");
                }
                switch (t) {
                    case FIELD_NAME -> {
                        pending = p.currentName();
                        StringBuilder key = new StringBuilder();
                        path.descendingIterator().forEachRemaining(k -> key.append(k).append('.'));
                        lines.putIfAbsent(key + pending, p.currentTokenLocation().getLineNr());
                    }
                    case START_OBJECT -> {
                        named.push(pending != null);
                        if (pending != null) {
                            path.push(pending);
                        }
                        pending = null;
                    }
                    case END_OBJECT -> {
                        if (!named.isEmpty() && named.pop()) {
                            path.pop();
                        }
                    }
                    case START_ARRAY -> {
                        p.skipChildren();
                        pending = null;
                    }
                    default -> pending = null;
                }
            }
        } catch (IOException e) {
            // a syntax error: reading the tree reports it with its own line
        }
        return lines;
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

    private static JsonNode require(JsonNode n, String key, Where w) {
        JsonNode v = n.get(key);
        if (v == null || !v.isObject()) {
            throw w.fail("no '" + key + ":' map", "add " + key + ": {...} as in the built-in burden.yaml");
        }
        return v;
    }

    private static double number(JsonNode n, String key, Where w) {
        JsonNode v = n.get(key);
        if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble()) || v.asDouble() < 0) {
            throw w.in(key).fail("expected a number of at least 0, got " + (v == null ? "nothing" : v.toString()),
                    "write e.g. " + key + ": " + (key.equals("days") ? "6" : "2500"));
        }
        return v.asDouble();
    }

    private static double[] range(JsonNode n, Where w) {
        JsonNode v = n.get("range");
        if (v == null || !v.isArray() || v.size() != 2 || !v.get(0).isNumber() || !v.get(1).isNumber()
                || v.get(0).asDouble() > v.get(1).asDouble()) {
            throw w.in("range").fail("expected [low, high] with low <= high", "write e.g. range: [4, 10]");
        }
        return new double[] {v.get(0).asDouble(), v.get(1).asDouble()};
    }

    private static String text(JsonNode n, String key, Where w) {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw w.in(key).fail("expected text", "write e.g. " + key + ": \"where the figure comes from\"");
        }
        return v.asText();
    }

    private static EvidenceTier tier(JsonNode n, Where w) {
        try {
            return EvidenceTier.parse(text(n, "tier", w));
        } catch (IllegalArgumentException e) {
            if (e.getMessage().contains("Fix:")) {
                throw e;
            }
            throw w.in("tier").fail(e.getMessage(), "write one of " + EvidenceTier.allowed());
        }
    }
}
