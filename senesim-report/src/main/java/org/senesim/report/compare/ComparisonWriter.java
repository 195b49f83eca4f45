package org.senesim.report.compare;

import org.senesim.evidence.Parameter;
import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.ParameterSet;
import org.senesim.report.EvidenceCut;
import org.senesim.scenario.Arm;
import org.senesim.scenario.CatalogEntry;
import org.senesim.run.ArmRun;
import org.senesim.scenario.Course;
import org.senesim.scenario.Evidence;
import org.senesim.intervention.Headlines;
import org.senesim.intervention.ProtocolSchedule.AppliedSession;
import org.senesim.observe.Column;
import org.senesim.observe.Snapshot;
import org.senesim.observe.SummaryItem;
import org.senesim.observe.TimeSeries;
import org.senesim.report.Numbers;
import org.senesim.report.Provenance;
import org.senesim.report.RunFiles;
import org.senesim.report.RunFolder;
import org.senesim.report.SummaryJson;
import org.senesim.report.TimeSeriesCsv;
import org.senesim.report.chart.ArrayView;
import org.senesim.report.chart.CrossSection;
import org.senesim.report.html.Html;
import org.senesim.report.html.HtmlReport;
import org.senesim.report.vtk.VtiWriter;
import org.senesim.scenario.ResolvedScenarioWriter;
import org.senesim.scenario.Scenario;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a comparison of arms into one run folder: the resolved scenario, provenance, the table of
 * differences ({@code comparison.csv}), the headline differences ({@code summary.json}), every arm's
 * series overlaid ({@code timeseries.csv}, columns {@code <quantity>__<arm>}), each arm's own files
 * under {@code arms/<arm>/} (time series, summary, snapshots), and one report with the arms drawn on
 * the same charts, the differences split into visible and biological benefit, cross-sections by arm,
 * the protocols as applied and the evidence behind them.
 */
public final class ComparisonWriter {

    /** The table of differences at the chosen ages. */
    public static final String COMPARISON = "comparison.csv";
    /** Folder holding one sub-folder per arm. */
    public static final String ARMS = "arms";

    private static final List<ArrayView> CROSS_SECTIONS = List.of(
            ArrayView.of("cell_state", "Fibroblasts: 0 empty, 1 healthy, 2 senescent", "1").range(0, 2),
            ArrayView.of("collagen", "Collagen", "1 = young").range(0, 2.5),
            ArrayView.of("elastin_fragments", "Elastin fragments", "1 = young elastin"));
    /** Extra series drawn besides the headline quantities: they show what a protocol changed. */
    private static final List<String> EXTRA_CHARTS = List.of("uv_dose", "stem_cells");

    private ComparisonWriter() {
    }

    /**
     * Everything a comparison needs to be written.
     *
     * @param scenario   the scenario as given
     * @param parameters the parameter values used
     * @param replicates the runs, [replicate][arm]; replicate 0 has the scenario's seed
     * @param ages       ages of the difference table
     * @param reference  index of the reference arm
     * @param provenance run facts
     * @param tierCuts   the headline outcomes re-run at each evidence cut, or empty
     */
    public record Input(Scenario scenario, ParameterSet parameters, List<List<ArmRun>> replicates, List<Double> ages,
                        int reference, Provenance provenance, List<TierCuts.Cut> tierCuts) {

        public Input {
            tierCuts = tierCuts == null ? List.of() : List.copyOf(tierCuts);
        }

        /** Without a table of evidence cuts. */
        public Input(Scenario scenario, ParameterSet parameters, List<List<ArmRun>> replicates, List<Double> ages,
                     int reference, Provenance provenance) {
            this(scenario, parameters, replicates, ages, reference, provenance, List.of());
        }

        /** Arm names in arm order. */
        public List<String> armNames() {
            return runs().stream().map(r -> r.arm().name()).toList();
        }

        /** The runs of the first replicate (the scenario's seed), in arm order. */
        public List<ArmRun> runs() {
            return replicates.get(0);
        }

        public List<Headlines.Row> rows() {
            List<List<TimeSeries>> series = new ArrayList<>();
            for (List<ArmRun> rep : replicates) {
                series.add(rep.stream().map(r -> r.result().series()).toList());
            }
            return Headlines.tableOfReplicates(series, ages, reference);
        }

        /** An arm's series, averaged over replicates (the series itself with one replicate). */
        public TimeSeries meanSeries(int arm) {
            TimeSeries first = replicates.get(0).get(arm).result().series();
            if (replicates.size() == 1) {
                return first;
            }
            TimeSeries mean = new TimeSeries(first.columns());
            int rows = Integer.MAX_VALUE;
            for (List<ArmRun> rep : replicates) {
                rows = Math.min(rows, rep.get(arm).result().series().rows());
            }
            double[] row = new double[first.columns().size()];
            for (int i = 0; i < rows; i++) {
                java.util.Arrays.fill(row, 0.0);
                for (List<ArmRun> rep : replicates) {
                    TimeSeries s = rep.get(arm).result().series();
                    for (int c = 0; c < row.length; c++) {
                        row[c] += s.value(i, c) / replicates.size();
                    }
                }
                mean.append(first.day(i), first.age(i), row);
            }
            return mean;
        }
    }

    public static void write(RunFolder folder, Input in) throws IOException {
        List<Headlines.Row> rows = in.rows();
        folder.writeText(RunFiles.SCENARIO, ResolvedScenarioWriter.toYaml(in.scenario(), in.parameters()));
        in.provenance().write(folder);
        folder.writeText(COMPARISON, comparisonCsv(in, rows));
        List<SummaryItem> summary = summary(in, rows);
        SummaryJson.write(folder, summary);
        TimeSeriesCsv.write(folder, overlay(in, null));
        if (!in.tierCuts().isEmpty()) {
            folder.writeText(TierCuts.CSV, TierCuts.csv(in.tierCuts(), in.armNames()));
        }
        for (int r = 0; r < in.replicates().size(); r++) {
            for (ArmRun run : in.replicates().get(r)) {
                String dir = ARMS + "/" + run.arm().name() + "/" + (r == 0 ? "" : "seed-" + run.scenario().seed() + "/");
                writeArm(folder, run, dir);
            }
        }
        report(in, rows, summary(in, lastAge(rows))).write(folder);
    }

    /**
     * The rows at the last compared age: the report's summary table shows only those (every age and
     * arm is in summary.json and in the difference tables further down the page), so a reader sees
     * the outcome at the end of the run first instead of a table of every age.
     */
    static List<Headlines.Row> lastAge(List<Headlines.Row> rows) {
        double last = rows.stream().mapToDouble(Headlines.Row::ageYears).max().orElse(Double.NaN);
        return rows.stream().filter(r -> r.ageYears() == last).toList();
    }

    private static void writeArm(RunFolder folder, ArmRun run, String dir) throws IOException {
        TimeSeries series = run.result().series();
        folder.writeText(dir + RunFiles.TIMESERIES, w -> TimeSeriesCsv.writeValues(series, w));
        folder.writeText(dir + RunFiles.TIMESERIES_COLUMNS, w -> TimeSeriesCsv.writeColumns(series.columns(), w));
        folder.writeText(dir + RunFiles.SUMMARY, SummaryJson.toJson(run.result().summary()));
        if (run.result().snapshots().isEmpty()) {
            return;
        }
        StringBuilder pvd = new StringBuilder("<?xml version=\"1.0\"?>\n<VTKFile type=\"Collection\" version=\"0.1\">\n  <Collection>\n");
        for (Snapshot s : run.result().snapshots()) {
            String name = VtiWriter.fileName(s);
            folder.writeBinary(dir + name, out -> VtiWriter.write(s, out));
            pvd.append("    <DataSet timestep=\"").append(Numbers.exact(s.ageYears()))
                    .append("\" group=\"\" part=\"0\" file=\"").append(Html.escape(name)).append("\"/>\n");
        }
        pvd.append("  </Collection>\n</VTKFile>\n");
        folder.writeText(dir + RunFiles.SNAPSHOT_COLLECTION, pvd.toString());
    }

    // ---------------------------------------------------------------- tables

    static String comparisonCsv(Input in, List<Headlines.Row> rows) {
        StringBuilder sb = new StringBuilder();
        line(sb, List.of("quantity", "category", "label", "unit", "age_years", "arm", "value", "reference_arm",
                "reference_value", "difference", "relative_difference", "difference_min", "difference_max", "replicates",
                "within_noise"));
        String ref = in.runs().get(in.reference()).arm().name();
        for (Headlines.Row r : rows) {
            for (int a = 0; a < in.runs().size(); a++) {
                line(sb, List.of(r.quantity().id(), r.quantity().category().label().toLowerCase(Locale.ROOT),
                        r.quantity().label(), r.unit(), Numbers.exact(r.ageYears()), in.runs().get(a).arm().name(),
                        Numbers.exact(r.values()[a]), ref, Numbers.exact(r.values()[r.reference()]),
                        Numbers.exact(r.difference(a)), Numbers.exact(r.relative(a)), Numbers.exact(r.lowDifference()[a]),
                        Numbers.exact(r.highDifference()[a]), Integer.toString(r.pairs()[a]),
                        Boolean.toString(r.withinNoise(a))));
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields.get(i);
            if (f.contains(",") || f.contains("\"") || f.contains("\n")) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        sb.append('\n');
    }

    /** Headline differences: for every headline quantity and age, each arm against the reference. */
    static List<SummaryItem> summary(Input in, List<Headlines.Row> rows) {
        List<SummaryItem> items = new ArrayList<>();
        String refName = in.runs().get(in.reference()).arm().name();
        for (Headlines.Row r : rows) {
            if (!r.quantity().headline()) {
                continue;
            }
            String age = Numbers.readable(r.ageYears(), 4);
            for (int a = 0; a < in.runs().size(); a++) {
                if (a == r.reference()) {
                    continue;
                }
                String arm = in.runs().get(a).arm().name();
                items.add(new SummaryItem(r.quantity().id() + "_at_" + age.replace('.', '_') + "_" + arm.replaceAll("[^A-Za-z0-9]", "_"),
                        r.quantity().label() + " at " + age + ": " + arm + " minus " + refName,
                        r.difference(a), r.unit(),
                        r.quantity().category().label() + ". " + arm + " " + Numbers.readable(r.values()[a], 4) + ", "
                                + refName + " " + Numbers.readable(r.values()[r.reference()], 4)
                                + (Double.isNaN(r.relative(a)) ? "" : " (" + percent(r.relative(a)) + ")")
                                + (r.pairs()[a] > 1 ? "; mean of " + r.pairs()[a] + " seeds, difference from "
                                + signed(r.lowDifference()[a]) + " to " + signed(r.highDifference()[a])
                                + (r.withinNoise(a) ? ", not distinguishable from the model's run-to-run noise" : "") : "") + "."));
            }
        }
        return items;
    }

    /**
     * One series with every arm's columns side by side: id {@code <quantity>__<arm>}, label the arm's,
     * group the quantity's label so that each chart shows one quantity with a line per arm. With
     * {@code only}, just those quantities (chart groups prefixed with Visible/Biological).
     */
    static TimeSeries overlay(Input in, List<Headlines.Quantity> only) {
        List<TimeSeries> means = new ArrayList<>();
        for (int a = 0; a < in.runs().size(); a++) {
            means.add(in.meanSeries(a));
        }
        TimeSeries ref = means.get(in.reference());
        List<Column> columns = new ArrayList<>();
        List<int[]> source = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Map<String, String> groups = new LinkedHashMap<>();
        if (only == null) {
            for (Column c : ref.columns()) {
                ids.add(c.id());
                groups.put(c.id(), c.label());
            }
        } else {
            for (Headlines.Quantity q : only) {
                ids.add(q.id());
                groups.put(q.id(), q.category().label() + ": " + ref.columns().get(ref.indexOf(q.id())).label());
            }
            for (String extra : EXTRA_CHARTS) {
                if (ref.indexOf(extra) >= 0) {
                    ids.add(extra);
                    groups.put(extra, "What the protocols changed: " + ref.columns().get(ref.indexOf(extra)).label());
                }
            }
        }
        for (String id : ids) {
            Column c = ref.columns().get(ref.indexOf(id));
            for (int a = 0; a < in.runs().size(); a++) {
                TimeSeries s = means.get(a);
                int col = s.indexOf(id);
                if (col < 0) {
                    continue;
                }
                Arm arm = in.runs().get(a).arm();
                columns.add(new Column(id + "__" + arm.name().replaceAll("[^A-Za-z0-9_]", "_"), arm.label(), c.unit(),
                        groups.get(id)));
                source.add(new int[] {a, col});
            }
        }
        TimeSeries out = new TimeSeries(columns);
        int rows = Integer.MAX_VALUE;
        for (TimeSeries m : means) {
            rows = Math.min(rows, m.rows());
        }
        double[] row = new double[columns.size()];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < columns.size(); k++) {
                int[] src = source.get(k);
                row[k] = means.get(src[0]).value(i, src[1]);
            }
            out.append(ref.day(i), ref.age(i), row);
        }
        return out;
    }

    // ---------------------------------------------------------------- report

    private static HtmlReport report(Input in, List<Headlines.Row> rows, List<SummaryItem> summary) {
        Scenario s = in.scenario();
        List<ArmRun> runs = in.runs();
        HtmlReport.Builder b = HtmlReport.builder("Senesim comparison: " + s.name())
                .provenance(in.provenance())
                .fact("Scenario", s.description().isBlank() ? s.name() : s.description())
                .fact("Patch", s.tissue().nx() + " × " + s.tissue().ny() + " × " + s.tissue().nz() + " voxels of "
                        + Numbers.readable(s.tissue().voxelUm(), 3) + " µm" + (s.tissue().threeD() ? "" : " (2D section)"))
                .fact("Arms", String.join("; ", runs.stream().map(r -> r.arm().name() + " = " + r.arm().label()).toList()))
                .fact("Same for every arm", "person, seed (" + s.seed() + "), patch and parameters")
                .fact("Replicates", in.replicates().size() == 1 ? "1 (the scenario's seed)"
                        : in.replicates().size() + " seeds (" + s.seed() + " and the next " + (in.replicates().size() - 1)
                        + "); charts and tables show means, ranges are over seeds")
                .fact("Differences against", runs.get(in.reference()).arm().label())
                .fact("Evidence filter", EvidenceCut.describe(s.minTier(), in.parameters()))
                .fact("Compared at ages", String.join(", ", in.ages().stream().map(a -> Numbers.readable(a, 4)).toList()))
                .summary(summary);
        List<Headlines.Quantity> quantities = Headlines.quantities(runs.get(in.reference()).result().series());
        b.timeSeries(overlay(in, quantities));
        b.htmlSection("Visible benefit: differences at the chosen ages", differenceTable(in, rows, Headlines.Category.VISIBLE));
        b.htmlSection("Biological benefit: differences at the chosen ages", differenceTable(in, rows, Headlines.Category.BIOLOGICAL)
                + "<p class=\"note\">Visible: what the skin shows (collagen, elastin, recoil). Biological: the senescent burden "
                + "and what it drives (lesions, cancer risk and, when the organism model runs, distant organs and frailty). "
                + "A treatment can help one and not the other.</p>\n");
        if (!in.tierCuts().isEmpty()) {
            b.htmlSection("Headline outcomes at each evidence cut", TierCuts.html(in.tierCuts(), in.armNames(), in.reference()));
        }
        b.htmlSection("Cross-sections by arm", crossSections(runs));
        b.htmlSection("Protocols as applied", protocols(in));
        b.htmlSection("Evidence behind the interventions used", evidence(in));
        b.htmlSection("Parameters changed by the scenario or the evidence filter", overrides(s.minTier(), in.parameters()));
        return b.build();
    }

    private static String differenceTable(Input in, List<Headlines.Row> rows, Headlines.Category category) {
        List<String> header = new ArrayList<>(List.of("Quantity", "Age"));
        for (ArmRun r : in.runs()) {
            header.add(r.arm().name());
        }
        List<List<String>> body = new ArrayList<>();
        for (Headlines.Row r : rows) {
            if (r.quantity().category() != category) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            cells.add(r.quantity().label() + (r.unit() == null || r.unit().equals("1") ? "" : " (" + r.unit() + ")"));
            cells.add(Numbers.readable(r.ageYears(), 4));
            for (int a = 0; a < in.runs().size(); a++) {
                String v = Numbers.readable(r.values()[a], 4);
                if (a != r.reference() && !Double.isNaN(r.values()[a])) {
                    v += " (" + signed(r.difference(a)) + (Double.isNaN(r.relative(a)) ? "" : ", " + percent(r.relative(a))) + ")";
                    if (r.pairs()[a] > 1) {
                        v += " [" + signed(r.lowDifference()[a]) + " to " + signed(r.highDifference()[a]) + "]"
                                + (r.withinNoise(a) ? " ~noise" : "");
                    } else if (r.oneSeedOnly(a)) {
                        v += " (one seed reached this age)";
                    }
                }
                cells.add(v);
            }
            body.add(cells);
        }
        if (body.isEmpty()) {
            return "<p>No quantities of this kind in the time series.</p>\n";
        }
        return Html.table(header, body) + "<p class=\"note\">Each arm's value; in brackets its difference from "
                + Html.escape(in.runs().get(in.reference()).arm().name()) + ", absolute and relative"
                + (in.replicates().size() > 1 ? "; in square brackets the range of that difference over the "
                + "seeds that reached the age, marked ~noise when its 95% confidence interval over seeds contains 0"
                : "; one seed only, so run-to-run noise cannot be told (senescent burden and lesion counts swing by "
                + "tens of percent between seeds: use replicates)")
                + ". Values are read from the observation nearest to each age.</p>\n";
    }

    private static String crossSections(List<ArmRun> runs) {
        StringBuilder sb = new StringBuilder();
        for (ArmRun r : runs) {
            if (r.result().snapshots().isEmpty()) {
                continue;
            }
            sb.append("<h3>").append(Html.escape(r.arm().label())).append("</h3>\n");
            for (Snapshot s : r.result().snapshots()) {
                sb.append("<p>Age ").append(Html.escape(Numbers.readable(s.ageYears(), 4))).append(" years (day ")
                        .append(Html.escape(Numbers.exact(s.simulatedDay()))).append(")</p>\n<div class=\"images\">\n");
                int[] size = CrossSection.size(s);
                for (ArrayView view : CROSS_SECTIONS) {
                    if (!s.arrays().containsKey(view.array())) {
                        continue;
                    }
                    String alt = view.title() + ", " + r.arm().name() + ", age " + Numbers.readable(s.ageYears(), 4);
                    sb.append("<figure class=\"section\"><img width=\"").append(size[0]).append("\" height=\"")
                            .append(size[1]).append("\" alt=\"").append(Html.escape(alt))
                            .append("\" src=\"data:image/png;base64,")
                            .append(Base64.getEncoder().encodeToString(CrossSection.png(s, view))).append("\"/></figure>\n");
                }
                sb.append("</div>\n");
            }
        }
        if (sb.length() == 0) {
            return "<p>No snapshots were asked for (outputs.snapshots, or snapshot: true on a protocol step).</p>\n";
        }
        return sb + "<p class=\"note\">Vertical sections through the middle of the patch, depth from the top of the "
                + "dermis. A snapshot the day after a treatment shows its columns, needle tracks or focal points as "
                + "empty voxels and lost collagen.</p>\n";
    }

    private static String protocols(Input in) {
        StringBuilder sb = new StringBuilder();
        double start = in.scenario().person().ageYears();
        for (ArmRun r : in.runs()) {
            sb.append("<h3>").append(Html.escape(r.arm().label())).append(" (").append(Html.escape(r.arm().name()))
                    .append(")</h3>\n");
            if (r.arm().isEmpty()) {
                sb.append("<p>No treatment.</p>\n");
                continue;
            }
            sb.append("<ul>\n");
            for (Course c : r.arm().courses()) {
                sb.append("<li>").append(Html.escape(c.describe(start)))
                        .append(c.label().isBlank() ? "" : " — " + Html.escape(c.label())).append("</li>\n");
            }
            sb.append("</ul>\n");
            List<AppliedSession> applied = r.schedule().applied();
            int wounded = 0;
            int replaced = 0;
            int stem = 0;
            for (AppliedSession a : applied) {
                wounded += a.ablated() + a.coagulated();
                replaced += a.replacedUnits();
                stem += a.stemCells();
            }
            sb.append("<p class=\"note\">").append(applied.size()).append(" sessions applied in the run; ")
                    .append(wounded).append(" voxels wounded, ").append(replaced)
                    .append(" basal-epidermis units replaced, ").append(stem).append(" stem cells added, over all sessions.</p>\n");
        }
        return sb.toString();
    }

    private static String evidence(Input in) {
        Set<CatalogEntry> used = new LinkedHashSet<>();
        for (ArmRun r : in.runs()) {
            for (Course c : r.arm().courses()) {
                used.add(c.entry());
            }
        }
        if (used.isEmpty()) {
            return "<p>No interventions.</p>\n";
        }
        List<List<String>> rows = new ArrayList<>();
        for (CatalogEntry e : used) {
            for (Evidence ev : e.evidence()) {
                rows.add(List.of(e.id(), ev.tier().id(), ev.cite() + (ev.doi().isBlank() ? "" : ", doi:" + ev.doi()), ev.finding()));
            }
        }
        List<List<String>> params = new ArrayList<>();
        for (Parameter p : in.parameters().registry().all()) {
            if (!p.id().startsWith("intervention.")) {
                continue;
            }
            params.add(List.of(p.id(), Numbers.readable(in.parameters().get(p.id()), 4), p.unit(), p.tier().id(), p.meaning()));
        }
        return Html.table(List.of("Intervention", "Tier", "Source", "Finding"), rows)
                + "<p>The response numbers of all interventions (registry, with sources in scenario.resolved.yaml):</p>\n"
                + Html.table(List.of("Parameter", "Value", "Unit", "Tier", "Meaning"), params);
    }

    private static String overrides(EvidenceTier minTier, ParameterSet parameters) {
        return EvidenceCut.parametersSection(minTier, parameters);
    }

    static String signed(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        String r = Numbers.readable(v, 3);
        return v > 0 ? "+" + r : r;
    }

    static String percent(double fraction) {
        if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
            return "—";
        }
        double p = Math.round(fraction * 1000) / 10.0;
        return (p > 0 ? "+" : "") + Numbers.readable(p, 3) + "%";
    }
}
