package org.senesim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.senesim.observe.SummaryItem;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the headline numbers of a run as {@link RunFiles#SUMMARY}:
 *
 * <pre>{@code
 * {
 *   "format": "senesim-summary",
 *   "version": 1,
 *   "items": [
 *     {"id": "...", "label": "...", "value": 0.153, "unit": "1", "description": "..."},
 *     ...
 *   ]
 * }
 * }</pre>
 *
 * Values are exact ({@link Numbers#exact}); a value that is not defined (NaN) is {@code null}. A run
 * with {@code --uncertainty N} adds to each item, after {@code value}, the 5th, 50th and 95th
 * percentiles over the samples and how many samples had a defined value:
 * {@code "p05": 0.12, "p50": 0.15, "p95": 0.19, "samples": 10} (see {@link Uncertainty}).
 */
public final class SummaryJson {

    public static final String FORMAT = "senesim-summary";
    public static final int VERSION = 1;

    private SummaryJson() {
    }

    /** Writes {@link RunFiles#SUMMARY} into the run folder. */
    public static void write(RunFolder folder, List<SummaryItem> items) throws IOException {
        write(folder, items, Map.of());
    }

    /** Writes {@link RunFiles#SUMMARY} with the uncertainty band of each item that has one. */
    public static void write(RunFolder folder, List<SummaryItem> items, Map<String, Uncertainty.Band> bands)
            throws IOException {
        checkIds(items);
        folder.writeText(RunFiles.SUMMARY, w -> write(items, bands, w));
    }

    /** The JSON text. */
    public static String toJson(List<SummaryItem> items) {
        StringWriter w = new StringWriter();
        try {
            write(items, w);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    /** Writes the JSON text followed by a line end. */
    public static void write(List<SummaryItem> items, Writer out) throws IOException {
        write(items, Map.of(), out);
    }

    /** Writes the JSON text, with bands where given, followed by a line end. */
    public static void write(List<SummaryItem> items, Map<String, Uncertainty.Band> bands, Writer out) throws IOException {
        checkIds(items);
        try (JsonGenerator g = Json.open(out)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeArrayFieldStart("items");
            for (SummaryItem item : items) {
                g.writeStartObject();
                Json.string(g, "id", item.id());
                Json.string(g, "label", item.label());
                Json.number(g, "value", item.value());
                Uncertainty.Band band = bands.get(item.id());
                if (band != null) {
                    Json.number(g, "p05", band.p05());
                    Json.number(g, "p50", band.p50());
                    Json.number(g, "p95", band.p95());
                    g.writeNumberField("samples", band.samples());
                    if (!Double.isNaN(band.aliveAt())) {
                        // a null percentile of the age at death means "alive at this age"
                        Json.number(g, "alive_at", band.aliveAt());
                    }
                }
                Json.string(g, "unit", item.unit());
                Json.string(g, "description", item.description());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** Reads a summary file back ({@code null} values become NaN). */
    public static List<SummaryItem> read(Path file) throws IOException {
        JsonNode root = Json.MAPPER.readTree(file.toFile());
        if (root == null || !FORMAT.equals(Json.text(root.get("format")))) {
            throw new IOException(file + " is not a Senesim summary (no \"format\": \"" + FORMAT + "\")");
        }
        List<SummaryItem> items = new ArrayList<>();
        for (JsonNode n : root.path("items")) {
            items.add(new SummaryItem(Json.text(n.get("id")), Json.text(n.get("label")), Json.number(n.get("value")),
                    Json.text(n.get("unit")), Json.text(n.get("description"))));
        }
        return items;
    }

    private static void checkIds(List<SummaryItem> items) {
        Set<String> seen = new HashSet<>();
        for (SummaryItem item : items) {
            if (!seen.add(item.id())) {
                throw new IllegalArgumentException("summary item id '" + item.id() + "' is used twice");
            }
        }
    }
}
