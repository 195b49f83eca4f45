package org.senesim.web;

import org.senesim.report.html.Html;

/**
 * The frame every page shares: title, navigation, local style and scripts (served from this
 * server: no CDN, no remote font). Every string from a user or a file goes through {@link #esc}.
 */
final class Page {

    static final String UPLOT = "/webjars/uplot/1.6.30/dist/";

    private Page() {
    }

    static String esc(String s) {
        return Html.escape(s);
    }

    /**
     * A whole page.
     *
     * @param title   shown in the tab and as the heading (escaped here)
     * @param body    HTML already escaped by the caller
     * @param scripts local script paths to load at the end
     */
    static String of(String title, String active, String body, String... scripts) {
        StringBuilder sb = new StringBuilder(body.length() + 2048);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" — Senesim</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(UPLOT).append("uPlot.min.css\">")
                .append("<link rel=\"stylesheet\" href=\"/assets/senesim.css\"></head><body>")
                .append("<header><a class=\"brand\" href=\"/\">Senesim</a><nav>");
        nav(sb, "/", "New run", active);
        nav(sb, "/jobs", "Jobs", active);
        nav(sb, "/catalog", "Catalog", active);
        nav(sb, "/evidence", "Evidence", active);
        nav(sb, "/reports", "Reports", active);
        sb.append("</nav><span class=\"note\">Model predictions with stated evidence, not medical advice.</span></header>")
                .append("<main><h1>").append(esc(title)).append("</h1>").append(body).append("</main>");
        for (String s : scripts) {
            sb.append("<script src=\"").append(esc(s)).append("\"></script>");
        }
        return sb.append("</body></html>\n").toString();
    }

    private static void nav(StringBuilder sb, String href, String label, String active) {
        sb.append("<a href=\"").append(href).append('"').append(href.equals(active) ? " class=\"on\"" : "").append('>')
                .append(label).append("</a>");
    }

    /** A page for a problem: status set by the caller, message escaped. */
    static String problem(String title, String message) {
        return of(title, "", "<p class=\"problem\">" + esc(message) + "</p><p><a href=\"/\">Back to a new run</a></p>");
    }
}
