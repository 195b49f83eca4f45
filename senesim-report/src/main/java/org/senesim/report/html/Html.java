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
                sb.append("<td>").append(i < row.size() ? escape(row.get(i)) : "").append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        return sb.toString();
    }
}
