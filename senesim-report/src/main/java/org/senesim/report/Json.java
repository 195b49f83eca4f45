package org.senesim.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Writer;

/** JSON output that is the same on every machine: two-space indent, {@code \n} line ends, exact numbers. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    static JsonGenerator open(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    /** Writes a number exactly ({@link Numbers#exact}); NaN and infinities become {@code null}, as JSON has no such numbers. */
    static void number(JsonGenerator g, String field, double v) throws IOException {
        g.writeFieldName(field);
        if (Double.isFinite(v)) {
            g.writeNumber(Numbers.exact(v));
        } else {
            g.writeNull();
        }
    }

    /** Writes a string, or {@code null}. */
    static void string(JsonGenerator g, String field, String v) throws IOException {
        if (v == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, v);
        }
    }

    static double number(JsonNode node) {
        return node == null || node.isNull() ? Double.NaN : node.asDouble();
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
