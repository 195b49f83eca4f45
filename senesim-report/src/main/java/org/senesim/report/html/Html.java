package org.senesim.report.html;

import java.util.List;

/** Escaping and small building blocks for hand-written HTML. */
public final class Html {

    private Html() {
    }

    /** Text made safe for an element body or a quoted attribute value ({@code null} becomes empty). */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep == null && c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                rep = "";
            }
            if (rep != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Words longer than this may break after a '.' or '_' (registry ids, file names, DOIs). */
    static final int LONG_WORD = 30;

    /**
     * Escaped text with a line-break opportunity after each '.' and '_' of a word longer than
     * {@link #LONG_WORD}: a registry id such as {@code intervention.dq.kill_fraction.human.skin} is
     * one word to the browser, and a table of them would otherwise run wider than the page. The
     * element is closed ({@code <wbr/>}) so that a report stays well-formed XML; entities hold
     * neither character, so they stay whole.
     */
    static String breakable(String escaped) {
        StringBuilder out = null;
        int wordStart = 0;
        for (int i = 0; i <= escaped.length(); i++) {
            if (i == escaped.length() || Character.isWhitespace(escaped.charAt(i))) {
                if (i - wordStart > LONG_WORD) {
                    if (out == null) {
                        out = new StringBuilder(escaped.length() + 32).append(escaped, 0, wordStart);
                    }
                    for (int k = wordStart; k < i; k++) {
                        char c = escaped.charAt(k);
                        out.append(c);
                        if ((c == '.' || c == '_') && k + 1 < i) {
                            out.append("<wbr/>");
                        }
                    }
                } else if (out != null) {
                    out.append(escaped, wordStart, i);
                }
                if (i < escaped.length() && out != null) {
                    out.append(escaped.charAt(i));
                }
                wordStart = i + 1;
            }
        }
        return out == null ? escaped : out.toString();
    }

    /**
     * A table with escaped header and cells, e.g. for the parameter table a caller passes to
     * {@link HtmlReport.Builder#htmlSection}. Rows shorter than the header are padded.
     */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("<table>\n<thead><tr>");
        for (String h : header) {
            sb.append("<th>").append(escape(h)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            sb.append("<tr>");
            for (int i = 0; i < Math.max(header.size(), row.size()); i++) {
                sb.append("<td>").append(i < row.size() ? breakable(escape(row.get(i))) : "").append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        return sb.toString();
    }
}
