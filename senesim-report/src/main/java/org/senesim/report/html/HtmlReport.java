package org.senesim.report.html;

import org.jfree.chart.JFreeChart;
import org.senesim.observe.Snapshot;
import org.senesim.observe.SummaryItem;
import org.senesim.observe.TimeSeries;
import org.senesim.report.Counts;
import org.senesim.report.Numbers;
import org.senesim.report.Provenance;
import org.senesim.report.RunFiles;
import org.senesim.report.RunFolder;
import org.senesim.report.Uncertainty;
import org.senesim.report.chart.ArrayView;
import org.senesim.report.chart.CrossSection;
import org.senesim.report.chart.TimeSeriesCharts;

import java.io.IOException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The report of one run: a single HTML file with no outside references (styles inline, charts as
 * inline SVG, cross-sections as PNG data URIs), readable offline and safe to mail.
 *
 * <p>It holds, in order: the title and the disclaimer; the run facts (scenario, seed, version,
 * duration, …); the summary table; one chart per column group of the time series (x = age);
 * for each snapshot a cross-section per requested array; then any sections the caller adds. All
 * text is escaped, except the HTML a caller passes explicitly to {@link Builder#htmlSection}.
 * The page is also well-formed XML, so tools can parse it.
 */
public final class HtmlReport {

    /** Shown in bold under the title of every report, followed by {@link #DISCLAIMER}. */
    public static final String DISCLAIMER_LEAD = "Model predictions with stated evidence, not medical advice.";
    /** Follows {@link #DISCLAIMER_LEAD}. */
    public static final String DISCLAIMER = "Senesim is a research and teaching tool: every number here comes "
            + "from a simulation whose parameters rest on evidence of stated strength, from trials in people "
            + "down to animal studies and expert opinion. Do not base treatment decisions on it; ask a "
            + "qualified clinician.";

    private static final int CHART_WIDTH = 760;
    private static final int CHART_HEIGHT = 380;
    private static final int SUMMARY_DIGITS = 4;

    private final String html;

    private HtmlReport(String html) {
        this.html = html;
    }

    /** A builder for a report with this title. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Where {@link #write} lists the data files of the run folder. */
    private static final String FILES = "<!--senesim:files-->";

    /** The whole page (without the list of data files, which only {@link #write} knows). */
    public String html() {
        return html.replace(FILES, "<p>The data files are next to this page in its run folder.</p>\n");
    }

    /** Writes the page as {@link RunFiles#REPORT} into the run folder, with a link to every file of it. */
    public void write(RunFolder folder) throws IOException {
        List<String> files = new ArrayList<>(folder.files());
        files.add(RunFiles.MANIFEST);
        java.util.Collections.sort(files);
        StringBuilder list = new StringBuilder("<ul class=\"files\">\n");
        for (String f : files) {
            String href = java.net.URLEncoder.encode(f, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("%2F", "/").replace("+", "%20");
            list.append("<li><a href=\"").append(Html.escape(href)).append("\">").append(Html.escape(f))
                    .append("</a>").append(f.equals(RunFiles.MANIFEST) ? " (every file of the folder)" : "")
                    .append("</li>\n");
        }
        list.append("</ul>\n<p class=\"note\">Columns, units and fields of each file: docs/outputs.md.</p>\n");
        folder.writeText(RunFiles.REPORT, html.replace(FILES, list.toString()));
    }

    /** Collects the parts of a report; {@link #build} renders the charts and images. */
    public static final class Builder {
        private final String title;
        private Provenance provenance;
        private final List<String[]> facts = new ArrayList<>();
        private List<SummaryItem> summary = List.of();
        private TimeSeries series;
        private Uncertainty uncertainty;
        private java.util.function.Function<String, TimeSeriesCharts.Band> bands;
        private List<TimeSeriesCharts.Event> events = List.of();
        private String eventNote;
        private String bandNote;
        private String[] lead;
        private final List<Snapshot> snapshots = new ArrayList<>();
        private final List<List<ArrayView>> snapshotViews = new ArrayList<>();
        private final List<String[]> sections = new ArrayList<>();
        /** Most rows of the table of samples that died. */
        private static final int MAX_DEATH_ROWS = 20;

        private Builder(String title) {
            this.title = title == null || title.isBlank() ? "Senesim run" : title;
        }

        /** The run facts: scenario, seed, version, start, duration, threads, JDK. */
        public Builder provenance(Provenance p) {
            provenance = p;
            return this;
        }

        /** One more line of run facts (e.g. the minimum evidence tier). */
        public Builder fact(String name, String value) {
            facts.add(new String[] {name, value});
            return this;
        }

        /** The headline numbers, in the order given. */
        public Builder summary(List<SummaryItem> items) {
            summary = List.copyOf(items);
            return this;
        }

        /** The time series to chart, one chart per column group. */
        public Builder timeSeries(TimeSeries s) {
            series = s;
            return this;
        }

        /**
         * Parameter-uncertainty bands: drawn on every chart under the line of each banded column,
         * and a 5–95 % column in the summary table.
         */
        public Builder uncertainty(Uncertainty u) {
            uncertainty = u;
            return this;
        }

        /** A section placed first, before the run's facts: the answer the reader came for. */
        public Builder lead(String heading, String trustedHtml) {
            this.lead = new String[] {heading, trustedHtml};
            return this;
        }

        /**
         * Shaded bands on the charts from another source than {@link #uncertainty} (e.g. the range over
         * seeds of a comparison), with a note saying what lines and bands are.
         */
        /** Events marked on every chart (deaths in a comparison), with a note saying what they are. */
        public Builder events(List<TimeSeriesCharts.Event> marks, String note) {
            this.events = List.copyOf(marks);
            this.eventNote = note;
            return this;
        }

        public Builder bands(java.util.function.Function<String, TimeSeriesCharts.Band> bandOf, String note) {
            this.bands = bandOf;
            this.bandNote = note;
            return this;
        }

        /** Cross-sections of a snapshot, one image per view (call once per snapshot, in age order). */
        public Builder crossSections(Snapshot snapshot, List<ArrayView> views) {
            snapshots.add(snapshot);
            snapshotViews.add(List.copyOf(views));
            return this;
        }

        /** Cross-sections of a snapshot, one image per view. */
        public Builder crossSections(Snapshot snapshot, ArrayView... views) {
            return crossSections(snapshot, List.of(views));
        }

        /**
         * A section of HTML the caller wrote, placed after the cross-sections (e.g. the parameter
         * table; see {@link Html#table}). The heading is escaped; the body is not, so the caller
         * must escape any text in it and must not reference outside files.
         */
        public Builder htmlSection(String heading, String trustedHtml) {
            sections.add(new String[] {heading, trustedHtml});
            return this;
        }

        /** A section of plain text; blank lines separate paragraphs. */
        public Builder textSection(String heading, String text) {
            StringBuilder sb = new StringBuilder();
            for (String para : text.strip().split("\\n\\s*\\n")) {
                sb.append("<p>").append(Html.escape(para.strip())).append("</p>\n");
            }
            return htmlSection(heading, sb.toString());
        }

        /** Renders the page. */
        public HtmlReport build() {
            StringBuilder sb = new StringBuilder(1 << 16);
            head(sb);
            if (lead != null) {
                sb.append("<section id=\"answer\">\n<h2>").append(Html.escape(lead[0])).append("</h2>\n").append(lead[1])
                        .append("\n</section>\n");
            }
            contents(sb);
            facts(sb);
            summary(sb);
            charts(sb);
            crossSections(sb);
            for (int i = 0; i < sections.size(); i++) {
                String[] s = sections.get(i);
                sb.append("<section id=\"section-").append(i + 1).append("\">\n<h2>").append(Html.escape(s[0]))
                        .append("</h2>\n").append(s[1]).append("\n</section>\n");
            }
            sb.append("<section id=\"files\">\n<h2>Data files</h2>\n").append(FILES).append("</section>\n");
            sb.append("<footer>Written by Senesim");
            if (provenance != null) {
                sb.append(' ').append(Html.escape(provenance.senesimVersion()));
            }
            sb.append(". The numbers behind every chart are in <code>").append(RunFiles.TIMESERIES)
                    .append("</code> and <code>").append(RunFiles.SUMMARY).append("</code> next to this file.</footer>\n");
            sb.append("</body>\n</html>\n");
            return new HtmlReport(sb.toString());
        }

        private void head(StringBuilder sb) {
            sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                    .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(CSS)
                    .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(Html.escape(title)).append("</h1>\n")
                    .append("<p class=\"disclaimer\" role=\"note\"><strong>").append(Html.escape(DISCLAIMER_LEAD))
                    .append("</strong> ")
                    .append(Html.escape(DISCLAIMER)).append("</p>\n</header>\n");
        }

        /** The table of contents: every section of the page, the data files last. */
        private void contents(StringBuilder sb) {
            List<String[]> items = new ArrayList<>();
            if (lead != null) {
                items.add(new String[] {"answer", lead[0]});
            }
            if (provenance != null || !facts.isEmpty()) {
                items.add(new String[] {"run", "Run"});
            }
            if (!summary.isEmpty()) {
                items.add(new String[] {"summary", "Summary"});
            }
            if (series != null && series.rows() > 0 && !series.columns().isEmpty()) {
                items.add(new String[] {"charts", "Over time"});
            }
            if (!snapshots.isEmpty()) {
                items.add(new String[] {"cross-sections", "Cross-sections"});
            }
            for (int i = 0; i < sections.size(); i++) {
                items.add(new String[] {"section-" + (i + 1), sections.get(i)[0]});
            }
            items.add(new String[] {"files", "Data files"});
            sb.append("<nav id=\"contents\">\n<h2>Contents</h2>\n<ol>\n");
            for (String[] it : items) {
                sb.append("<li><a href=\"#").append(it[0]).append("\">").append(Html.escape(it[1])).append("</a></li>\n");
            }
            sb.append("</ol>\n</nav>\n");
        }

        private void facts(StringBuilder sb) {
            List<String[]> rows = new ArrayList<>();
            if (provenance != null) {
                Provenance p = provenance;
                rows.add(new String[] {"Scenario", p.scenarioName()});
                if (p.scenarioFile() != null) {
                    rows.add(new String[] {"Scenario file", p.scenarioFile()});
                }
                rows.add(new String[] {"Seed", Long.toString(p.seed())});
                String version = p.senesimVersion();
                if (p.gitCommit() != null) {
                    version += " (commit " + p.gitCommit().substring(0, Math.min(12, p.gitCommit().length())) + ")";
                }
                rows.add(new String[] {"Senesim version", version});
                rows.add(new String[] {"Started", p.start().truncatedTo(ChronoUnit.SECONDS).toString()});
                rows.add(new String[] {"Duration", duration(p.duration())});
                rows.add(new String[] {"Threads", Integer.toString(p.threads())});
                rows.add(new String[] {"Java", p.jdkVendor() + " " + p.jdkVersion()});
            }
            rows.addAll(facts);
            if (rows.isEmpty()) {
                return;
            }
            sb.append("<section id=\"run\">\n<h2>Run</h2>\n<table class=\"facts\">\n<tbody>\n");
            for (String[] r : rows) {
                sb.append("<tr><th scope=\"row\">").append(Html.escape(r[0])).append("</th><td>")
                        .append(Html.escape(r[1])).append("</td></tr>\n");
            }
            sb.append("</tbody>\n</table>\n</section>\n");
        }

        private void summary(StringBuilder sb) {
            if (summary.isEmpty()) {
                return;
            }
            sb.append("<section id=\"summary\">\n<h2>Summary</h2>\n<table class=\"summary\">\n<thead><tr>")
                    .append("<th>Quantity</th><th class=\"num\">Value</th>");
            if (uncertainty != null) {
                sb.append("<th class=\"num\">5–95 % (median)</th>");
            }
            sb.append("<th>Unit</th><th>Meaning</th>").append("</tr></thead>\n<tbody>\n");
            for (SummaryItem item : summary) {
                String label = item.label() == null || item.label().isBlank() ? item.id() : item.label();
                // a rare count reads per 100,000 people as in a comparison (issue #17), unless a band in the
                // quantity's own unit stands beside it; the title keeps the exact value in its own unit
                Counts shown = Counts.ofOne(uncertainty == null ? item.unit() : "1", item.value());
                String value = uncertainty == null ? shown.value(item.value(), SUMMARY_DIGITS)
                        : Numbers.readable(item.value(), SUMMARY_DIGITS);
                sb.append("<tr id=\"summary-").append(Html.escape(item.id())).append("\"><td>")
                        .append(Html.escape(label)).append("</td><td class=\"num\" title=\"")
                        .append(Html.escape(Numbers.exact(item.value()))).append("\">")
                        .append(Html.escape(value)).append("</td>");
                if (uncertainty != null) {
                    sb.append("<td class=\"num\">").append(Html.escape(band(uncertainty, item.id()))).append("</td>");
                }
                sb.append("<td>").append(Html.escape(shown.perPeople() ? shown.unit() : unit(item.unit()))).append("</td><td>")
                        .append(Html.escape(item.description())).append("</td></tr>\n");
            }
            sb.append("</tbody>\n</table>\n<p class=\"note\">Values rounded to ").append(SUMMARY_DIGITS)
                    .append(" significant digits; hover for the exact value. A dash means not defined.");
            if (uncertainty != null) {
                sb.append(" Value: the run with nominal parameters; 5–95 %: the range of the middle 90 % of ")
                        .append(uncertainty.samples()).append(" runs with sampled parameters")
                        .append(uncertainty.ownNoise() ? ", each with its own seed," : " and the same seed,")
                        .append(" their median in brackets (every sample's numbers are in <code>")
                        .append(Uncertainty.OUTCOMES_CSV).append("</code>). Values at the end of the run are over the samples"
                                + " alive then; age at death counts those as dying after the end, so its band is not"
                                + " drawn from the early deaths alone.");
            }
            sb.append("</p>\n");
            if (uncertainty != null && !uncertainty.deaths().isEmpty()) {
                sampleDeaths(sb);
            }
            sb.append("</section>\n");
        }

        /**
         * Every sample that died, youngest first, with its cause and the drawn values that set it
         * apart, so an early death in the band is explained rather than left to the outcomes file.
         */
        private void sampleDeaths(StringBuilder sb) {
            List<Uncertainty.Death> deaths = uncertainty.deaths();
            String legend = summary.stream().filter(i -> i.id().equals("death_cause")).map(SummaryItem::description)
                    .findFirst().orElse("");
            sb.append("<h3 id=\"sample-deaths\">Deaths among the samples</h3>\n<p class=\"note\">")
                    .append(deaths.size()).append(" of ").append(uncertainty.samples())
                    .append(" samples died during the run; youngest first, at most ").append(MAX_DEATH_ROWS)
                    .append(" rows (all in <code>").append(Uncertainty.OUTCOMES_CSV).append("</code>). Cause: ")
                    .append(Html.escape(legend)).append(" The last column names the drawn parameters furthest from their "
                            + "defaults, relative to their plausible range, among those the run can depend on (not another species' figures,"
                            + " nor treatment figures in a run without treatment).</p>\n<table class=\"summary\">\n<thead><tr>"
                            + "<th class=\"num\">Sample</th><th class=\"num\">Age at death</th><th class=\"num\">Cause</th>"
                            + "<th>Furthest-drawn parameters</th></tr></thead>\n<tbody>\n");
            for (Uncertainty.Death d : deaths.subList(0, Math.min(MAX_DEATH_ROWS, deaths.size()))) {
                sb.append("<tr><td class=\"num\">").append(d.sample()).append("</td><td class=\"num\">")
                        .append(Html.escape(Numbers.readable(d.age(), 3))).append("</td><td class=\"num\">")
                        .append(Html.escape(Numbers.readable(d.cause(), 1))).append("</td><td>")
                        .append(Html.escape(String.join("; ", d.notable()))).append("</td></tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
        }

        private void charts(StringBuilder sb) {
            if (series == null || series.rows() == 0 || series.columns().isEmpty()) {
                return;
            }
            sb.append("<section id=\"charts\">\n<h2>Over time</h2>\n");
            if (series.rows() > TimeSeriesCharts.MAX_POINTS_PER_LINE) {
                sb.append("<p class=\"note\">Lines are thinned to at most ").append(TimeSeriesCharts.MAX_POINTS_PER_LINE)
                        .append(" points, keeping each stretch's lowest and highest value so that short spikes stay "
                                + "visible.</p>\n");
            }
            if (uncertainty != null) {
                sb.append("<p class=\"note\">Solid lines: the run with nominal parameters. Shaded: 5–95 % of ")
                        .append(uncertainty.samples()).append(" runs with parameters sampled from ")
                        .append(Html.escape(uncertainty.drawnFrom())).append(" (").append(uncertainty.ownNoise() ? "each its own seed: chance and parameters"
                                : "same seed: the parameters alone").append("); dashed: their median. Numbers in <code>")
                        .append(Uncertainty.CSV).append("</code>.</p>\n");
            }
            if (uncertainty == null && bandNote != null) {
                sb.append("<p class=\"note\">").append(Html.escape(bandNote)).append("</p>\n");
            }
            if (!events.isEmpty() && eventNote != null) {
                sb.append("<p class=\"note\">").append(Html.escape(eventNote)).append("</p>\n");
            }
            int n = 0;
            for (Map.Entry<String, List<Integer>> g : TimeSeriesCharts.groups(series).entrySet()) {
                n++;
                JFreeChart chart = TimeSeriesCharts.chart(series, g.getKey(), g.getValue(),
                        uncertainty != null ? uncertainty::chartBand : bands, events);
                String svg = TimeSeriesCharts.svg(chart, CHART_WIDTH, CHART_HEIGHT, "chart-" + n);
                svg = svg.replaceFirst("<svg ", "<svg role=\"img\" aria-label=\""
                        + java.util.regex.Matcher.quoteReplacement(Html.escape("Chart: " + g.getKey() + " against age"))
                        + "\" ");
                sb.append("<figure class=\"chart\">\n").append(svg).append("\n</figure>\n");
            }
            sb.append("</section>\n");
        }

        private void crossSections(StringBuilder sb) {
            if (snapshots.isEmpty()) {
                return;
            }
            sb.append("<section id=\"cross-sections\">\n<h2>Cross-sections</h2>\n");
            for (int i = 0; i < snapshots.size(); i++) {
                Snapshot s = snapshots.get(i);
                sb.append("<h3>Age ").append(Html.escape(Numbers.readable(s.ageYears(), 3))).append(" years (day ")
                        .append(Html.escape(Numbers.exact(s.simulatedDay()))).append(")</h3>\n<div class=\"images\">\n");
                int[] size = CrossSection.size(s);
                for (ArrayView view : snapshotViews.get(i)) {
                    byte[] png = CrossSection.png(s, view);
                    String alt = view.title() + " at age " + Numbers.readable(s.ageYears(), 3)
                            + " years, vertical section of the dermis";
                    sb.append("<figure class=\"section\"><img width=\"").append(size[0]).append("\" height=\"")
                            .append(size[1]).append("\" alt=\"").append(Html.escape(alt))
                            .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                            .append("\"/></figure>\n");
                }
                sb.append("</div>\n");
            }
            sb.append("<p class=\"note\">Depth is measured from the top of the dermis (under the basal epidermis) "
                    + "downwards; grey marks voxels without a value.</p>\n</section>\n");
        }

        private static String band(Uncertainty u, String id) {
            Uncertainty.Band b = u.summaryBand(id);
            return b == null ? "—" : b.text(u.samples());
        }

        private static String unit(String u) {
            return u == null || u.isBlank() || "1".equals(u) ? "–" : u;
        }

        static String duration(Duration d) {
            double s = d.toNanos() / 1e9;
            if (s < 60) {
                return Numbers.readable(s, s < 10 ? 2 : 3) + " s";
            }
            long total = Math.round(s);
            long h = total / 3600;
            long m = (total % 3600) / 60;
            long sec = total % 60;
            return h > 0 ? String.format(java.util.Locale.ROOT, "%d h %02d min", h, m)
                    : String.format(java.util.Locale.ROOT, "%d min %02d s", m, sec);
        }
    }

    private static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; line-height: 1.45; }
            h1 { font-size: 1.6rem; margin-bottom: 0.4rem; }
            h2 { font-size: 1.25rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; margin-top: 2rem; }
            h3 { font-size: 1.05rem; margin-top: 1.4rem; }
            .disclaimer { background: #fff4e5; border-left: 4px solid #e69f00; padding: 0.6rem 0.9rem; }
            table { border-collapse: collapse; margin: 0.5rem 0; font-size: 0.95rem; }
            th, td { border-bottom: 1px solid #e3e3e3; padding: 0.3rem 0.7rem; text-align: left; vertical-align: top; }
            thead th { border-bottom: 2px solid #999; }
            table.facts th { font-weight: 600; color: #444; }
            .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            figure { margin: 1rem 0; }
            figure.chart svg { max-width: 100%; height: auto; display: block; }
            .images { display: flex; flex-wrap: wrap; gap: 1rem; }
            figure.section { margin: 0; }
            figure.section img { max-width: 100%; height: auto; display: block; }
            .note { color: #555; font-size: 0.9rem; }
            code { font-size: 0.9em; }
            footer { margin-top: 3rem; color: #666; font-size: 0.85rem; border-top: 1px solid #ccc; padding-top: 0.5rem; }
            """;
}
