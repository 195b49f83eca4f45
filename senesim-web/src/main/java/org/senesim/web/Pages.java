package org.senesim.web;

import org.senesim.scenario.Arm;

import java.util.List;
import java.util.Locale;

import static org.senesim.web.Page.esc;

/** The explorer's own pages: new run (form and YAML editor), the job list and a job's page. */
final class Pages {

    private Pages() {
    }

    /** The form that writes a scenario, the YAML editor that checks it as you type, and Run. */
    static String newRun(Limits limits) {
        StringBuilder b = new StringBuilder();
        b.append("<div class=\"cols\"><form id=\"form\" class=\"panel\" onsubmit=\"return false\">")
                .append("<h2>Person and scenario</h2>")
                .append("<label>Start from <select id=\"preset\" name=\"preset\">");
        for (Presets.Preset p : Presets.ALL) {
            b.append("<option value=\"").append(esc(p.id())).append("\">").append(esc(p.title())).append("</option>");
        }
        b.append("</select></label>")
                .append(field("name", "Name", "text", ""))
                .append("<fieldset><legend>Person</legend>")
                .append(field("age", "Age (years)", "number", ""))
                .append("<label>Sex <select name=\"sex\" id=\"sex\"><option value=\"\">as preset</option>")
                .append("<option>female</option><option>male</option></select></label>")
                .append(field("fitzpatrick", "Skin type (Fitzpatrick 1–6)", "number", ""))
                .append(field("latitude", "Latitude (°)", "number", ""))
                .append(field("outdoor_hours", "Hours outdoors a day", "number", ""))
                .append(field("smoking", "Smoking (packs a day)", "number", ""))
                .append("</fieldset><fieldset><legend>Run</legend>")
                .append(field("duration", "Years to follow", "number", ""))
                .append(field("width", "Patch width (mm)", "number", ""))
                .append(field("depth", "Patch depth (mm)", "number", ""))
                .append(field("snapshots", "Cross-sections at ages (comma-separated)", "text", ""))
                .append(field("replicates", "Seeds per arm (comparisons)", "number", ""))
                .append(field("seed", "Seed", "number", ""))
                .append("</fieldset><button type=\"button\" id=\"compose\">Write the scenario into the editor</button>")
                .append("<p class=\"hint\">Empty fields keep the preset's value. Every key is in docs/scenario.md; ")
                .append("treatments and arms in docs/interventions.md and on the <a href=\"/catalog\">catalog</a> page.</p>")
                .append("</form><section class=\"panel wide\"><h2>Scenario (YAML)</h2>")
                .append("<div class=\"editor\"><pre id=\"gutter\" class=\"gutter\" aria-hidden=\"true\"></pre>")
                .append("<div class=\"area\"><pre id=\"backdrop\" class=\"backdrop\" aria-hidden=\"true\"></pre>")
                .append("<textarea id=\"yaml\" spellcheck=\"false\" autocomplete=\"off\" aria-label=\"scenario YAML\"></textarea>")
                .append("</div></div><div id=\"problem\" class=\"status\" role=\"status\"></div>")
                .append("<button type=\"button\" id=\"run\">Run</button> <span id=\"submit-msg\" class=\"status\"></span>")
                .append("<p class=\"hint\">Limits of this server: ").append(limits.maxConcurrent())
                .append(" job(s) at a time, ").append(limits.maxQueued()).append(" waiting, at most ")
                .append(String.format(Locale.ROOT, "%.3g", (double) limits.maxVoxelDays()))
                .append(" voxel-days and ").append(limits.maxSeconds()).append(" s per job.</p></section></div>");
        return Page.of("New run", "/", b.toString(), "/assets/editor.js");
    }

    private static String field(String name, String label, String type, String value) {
        return "<label>" + esc(label) + " <input name=\"" + name + "\" id=\"" + name + "\" type=\"" + type + "\""
                + (type.equals("number") ? " step=\"any\"" : "") + " value=\"" + esc(value) + "\"></label>";
    }

    /** Recent jobs, newest first. */
    static String jobs(List<Job> jobs) {
        StringBuilder b = new StringBuilder();
        if (jobs.isEmpty()) {
            b.append("<p>No jobs yet. <a href=\"/\">Start one.</a></p>");
        } else {
            b.append("<table class=\"list\"><thead><tr><th>scenario</th><th>runs</th><th>state</th><th>progress</th>")
                    .append("<th>wall time</th><th>submitted (UTC)</th></tr></thead><tbody>");
            for (Job j : jobs) {
                b.append("<tr><td><a href=\"/jobs/").append(j.id()).append("\">").append(esc(j.scenario().name()))
                        .append("</a></td><td>").append(j.design().specs().size()).append("</td><td>")
                        .append(j.state().name().toLowerCase(Locale.ROOT)).append("</td><td>")
                        .append(percent(j)).append("</td><td>").append(String.format(Locale.ROOT, "%.1f s", j.seconds()))
                        .append("</td><td>").append(j.submitted().toString(), 0, 19).append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        return Page.of("Jobs", "/jobs", b.toString());
    }

    static String percent(Job j) {
        return j.total() <= 0 ? "0 %" : String.format(Locale.ROOT, "%.0f %%", 100.0 * j.done() / j.total());
    }

    /** A job: its arms, live progress and cancel; when done, its charts and cross-sections (drawn by job.js). */
    static String job(Job j) {
        StringBuilder b = new StringBuilder();
        b.append("<div id=\"job\" data-id=\"").append(j.id()).append("\" data-state=\"")
                .append(j.state().name().toLowerCase(Locale.ROOT)).append("\">");
        String description = j.scenario().description();
        if (description != null && !description.isBlank()) {
            b.append("<p class=\"lead\">").append(esc(description)).append("</p>");
        }
        int reps = j.design().replicates();
        int arms = j.design().arms().size();
        b.append("<p>").append(arms).append(arms == 1 ? " arm × " : " arms × ").append(reps).append(reps == 1 ? " seed (" : " seeds (")
                .append(reps == 1 ? "seed " + j.scenario().seed() : "seeds " + j.scenario().seed() + "–" + (j.scenario().seed() + reps - 1))
                .append("), ").append(String.format(Locale.ROOT, "%.3g", (double) j.voxelDays())).append(" voxel-days.</p><ul class=\"arms\">");
        for (Arm a : j.design().arms()) {
            b.append("<li><b>").append(esc(a.name())).append("</b>")
                    .append(a.isEmpty() && arms == 1 ? ": no treatment"
                            : a.label() == null || a.label().equals(a.name()) ? "" : ": " + esc(a.label())).append("</li>");
        }
        b.append("</ul><div class=\"progress-row\"><progress id=\"progress\" max=\"1000\" value=\"0\"></progress> ")
                .append("<span id=\"state\">").append(j.state().name().toLowerCase(Locale.ROOT)).append("</span> ")
                .append("<button type=\"button\" id=\"cancel\">Cancel</button></div>")
                .append("<p id=\"message\" class=\"status\"></p>")
                .append("<details><summary>Scenario as submitted</summary><pre class=\"source\">").append(esc(j.text()))
                .append("</pre></details>")
                .append("<section id=\"differences-section\" class=\"panel\" hidden><h2>Headline differences</h2>")
                .append("<div id=\"differences\"></div></section>")
                .append("<section id=\"xsection\" class=\"panel\" hidden><h2>Cross-sections</h2><div class=\"xs-controls\">")
                .append("<label>Field <select id=\"xs-field\"></select></label>")
                .append("</div><div class=\"xs-pair\">");
        for (String side : List.of("a", "b")) {
            b.append("<figure class=\"xs\"><label>Arm <select id=\"xs-arm-").append(side).append("\"></select></label> ")
                    .append("<label>Age <input type=\"range\" id=\"xs-age-").append(side)
                    .append("\" min=\"0\" max=\"0\" value=\"0\"> <output id=\"xs-age-").append(side).append("-label\"></output></label>")
                    .append("<canvas id=\"xs-canvas-").append(side).append("\" width=\"520\" height=\"320\"></canvas>")
                    .append("<figcaption id=\"xs-legend-").append(side).append("\"></figcaption></figure>");
        }
        b.append("</div><p class=\"hint\">Vertical cuts through the middle of the patch (first seed), the top of the dermis at the top; "
                + "the colour range is the field's over every cross-section of this job, so ages and arms compare.</p></section>")
                .append("<section id=\"charts-section\" hidden><h2>Time series</h2>")
                .append("<p class=\"hint\">Drag across a chart to zoom, double-click to reset; click a legend entry to hide it. ")
                .append("Lines are the mean over seeds, shaded bands the lowest to highest seed.</p>")
                .append("<label>Show <input id=\"chart-filter\" type=\"search\" placeholder=\"filter charts by name\"></label>")
                .append("<div id=\"charts\" class=\"charts\"></div></section></div>");
        return Page.of(j.scenario().name(), "/jobs", b.toString(), Page.UPLOT + "uPlot.iife.min.js", "/assets/job.js");
    }
}
