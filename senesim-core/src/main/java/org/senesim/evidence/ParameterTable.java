package org.senesim.evidence;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;

/**
 * The parameter registry as a Markdown table, and the section of docs/model.md that holds it
 * between two marker comments. The table in the docs is generated from the registry (by
 * {@code senesim params --format markdown --into docs/model.md}) and a test fails when it differs,
 * so it cannot drift from the code.
 */
public final class ParameterTable {

    public static final String BEGIN = "<!-- BEGIN parameter table: generated from the registry by "
            + "'senesim params --format markdown --into docs/model.md'; do not edit by hand -->";
    public static final String END = "<!-- END parameter table -->";

    private ParameterTable() {
    }

    /** The registry as Markdown: one table per registry file, in registry order. */
    public static String markdown(Collection<Parameter> parameters) {
        StringBuilder md = new StringBuilder();
        String file = null;
        for (Parameter p : parameters) {
            if (!p.file().equals(file)) {
                file = p.file();
                if (md.length() > 0) {
                    md.append('\n');
                }
                md.append("**").append(file).append("**\n\n");
                md.append("| id | meaning | default | unit | range | neutral | tier | source |\n");
                md.append("|---|---|---|---|---|---|---|---|\n");
            }
            md.append("| `").append(p.id()).append("` | ").append(cell(p.meaning()))
                    .append(" | ").append(num(p.defaultValue()))
                    .append(" | ").append(cell(p.unit()))
                    .append(" | ").append(p.min() == p.max() ? "fixed" : num(p.min()) + " – " + num(p.max()))
                    .append(" | ").append(p.neutral() == p.defaultValue() ? "—" : num(p.neutral()))
                    .append(" | ").append(p.tier().id())
                    .append(" | ").append(cell(p.source())).append(p.doi().isBlank() ? "" : " doi:" + cell(p.doi()))
                    .append(" |\n");
        }
        md.append('\n').append(parameters.size()).append(" parameters. \"neutral\" is the value an evidence filter ")
                .append("sets (— : the parameter has no effect to switch off and keeps its value at every cut).\n");
        return md.toString();
    }

    /** The built-in registry as Markdown. */
    public static String markdown() {
        return markdown(ParameterRegistry.builtIn().all());
    }

    /** The text between the markers of {@code document} (exclusive), or null when the markers are missing. */
    public static String section(String document) {
        int b = document.indexOf(BEGIN);
        int e = document.indexOf(END);
        if (b < 0 || e < b) {
            return null;
        }
        return document.substring(b + BEGIN.length(), e).strip() + "\n";
    }

    /** {@code document} with the text between the markers replaced by {@code table}. */
    public static String replaceSection(String document, String table) {
        int b = document.indexOf(BEGIN);
        int e = document.indexOf(END);
        if (b < 0 || e < b) {
            throw new IllegalArgumentException("the document has no '" + BEGIN + "' ... '" + END + "' section");
        }
        return document.substring(0, b + BEGIN.length()) + "\n\n" + table.strip() + "\n\n" + document.substring(e);
    }

    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ").strip();
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        double a = Math.abs(v);
        if (a >= 1e-7 && a < 1e15) {
            s = new BigDecimal(s).stripTrailingZeros().toPlainString();
        }
        return s.toLowerCase(Locale.ROOT);
    }
}
