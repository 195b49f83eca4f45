package org.senesim.report.compare;

import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.Parameter;
import org.senesim.evidence.ParameterSet;
import org.senesim.observe.AppliedSession;
import org.senesim.observe.Column;
import org.senesim.observe.Snapshot;
import org.senesim.observe.SummaryItem;
import org.senesim.observe.TimeSeries;
import org.senesim.report.Counts;
import org.senesim.report.EvidenceCut;
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
import org.senesim.run.ArmRun;
import org.senesim.run.Headlines;
import org.senesim.scenario.Arm;
import org.senesim.scenario.CatalogEntry;
import org.senesim.scenario.Course;
import org.senesim.scenario.Evidence;
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
            ArrayView.categorical("cell_state", "Fibroblasts", "empty", "healthy", "senescent"),
            ArrayView.of("collagen", "Collagen", "1 = young").range(0, 2.5),
            ArrayView.of("elastin_fragments", "Elastin fragments", "1 = young elastin"));
    /** Extra series drawn besides the headline quantities: they show what a protocol changed. */
    private static final List<String> EXTRA_CHARTS = List.of("uv_dose", "stem_cells", SeedSeries.ALIVE);

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
     * @param posterior  the posterior file replicate k drew its parameters from (compare --posterior), or null
     */
    public record Input(Scenario scenario, ParameterSet parameters, List<List<ArmRun>> replicates, List<Double> ages,
                        int reference, Provenance provenance, List<TierCuts.Cut> tierCuts, String posterior) {

        public Input {
            tierCuts = tierCuts == null ? List.of() : List.copyOf(tierCuts);
        }

        /** Every replicate on the nominal parameters. */
        public Input(Scenario scenario, ParameterSet parameters, List<List<ArmRun>> replicates, List<Double> ages,
                     int reference, Provenance provenance, List<TierCuts.Cut> tierCuts) {
            this(scenario, parameters, replicates, ages, reference, provenance, tierCuts, null);
        }

        /** Without a table of evidence cuts. */
        public Input(Scenario scenario, ParameterSet parameters, List<List<ArmRun>> replicates, List<Double> ages,
                     int reference, Provenance provenance) {
            this(scenario, parameters, replicates, ages, reference, provenance, List.of(), null);
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

        /**
         * An arm's series over the whole follow-up: the mean of the seeds alive at each observation,
         * with a {@code seeds_alive} column when there are several (the series itself with one).
         */
        public TimeSeries meanSeries(int arm) {
            return seedSeries(arm).mean();
        }

        SeedSeries seedSeries(int arm) {
            List<ArmRun> runs = new ArrayList<>();
            for (List<ArmRun> rep : replicates) {
                runs.add(rep.get(arm));
            }
            return SeedSeries.of(runs);
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
                // the arm's name is the user's: RunFolder.component keeps it one harmless, unique folder name
                String dir = ARMS + "/" + folder.component(run.arm().name()) + "/"
                        + (r == 0 ? "" : "seed-" + run.scenario().seed() + "/");
                writeArm(folder, run, dir);
            }
        }
        report(in, rows, summary(in, lastAge(rows), rows, true)).write(folder);
    }

    /**
     * The rows at the last compared age: the report's summary table shows only those (every age and
     * arm is in summary.json and in the difference tables further down the page), so a reader sees
     * the outcome at the end of the run first instead of a table of every age.
     */
    static List<Headlines.Row> lastAge(List<Headlines.Row> rows) {
        // the last compared age that a seed reached alive (a later one would show only dashes)
        double last = rows.stream().filter(r -> !Double.isNaN(r.values()[r.reference()]))
                .mapToDouble(Headlines.Row::ageYears).max()
                .orElse(rows.stream().mapToDouble(Headlines.Row::ageYears).max().orElse(Double.NaN));
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
        sb.append(org.senesim.report.Csv.line(fields));
    }

    /** Headline differences: for every headline quantity and age, each arm against the reference. */
    static List<SummaryItem> summary(Input in, List<Headlines.Row> rows) {
        return summary(in, rows, rows, false);
    }

    /**
     * The headline differences of {@code rows}, each quantity shown as it is in {@code judgedOn} (the
     * whole difference table); with {@code shownUnits} the values are in the shown unit (a rare count
     * per 100,000 people) for the report's page, else in the quantity's own unit for summary.json.
     */
    static List<SummaryItem> summary(Input in, List<Headlines.Row> rows, List<Headlines.Row> judgedOn, boolean shownUnits) {
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
                Counts c = RowCounts.of(r, judgedOn);
                String shownUnit = c.perPeople() ? " " + c.unit() : "";
                boolean scaled = shownUnits && c.perPeople();
                items.add(new SummaryItem(r.quantity().id() + "_at_" + age.replace('.', '_') + "_" + arm.replaceAll("[^A-Za-z0-9]", "_"),
                        r.quantity().label() + " at " + age + ": " + arm + " minus " + refName,
                        scaled ? r.difference(a) * c.factor() : r.difference(a), scaled ? c.unit() : r.unit(),
                        r.quantity().category().label() + ". " + arm + " " + c.value(r.pairedValue(a), 4) + ", "
                                + refName + " " + c.value(r.pairedReference()[a], 4) + shownUnit
                                + (Double.isNaN(r.relative(a)) ? "" : " (" + relative(r, a, c) + ")")
                                + (r.pairs()[a] > 1 ? "; mean of the " + r.pairs()[a] + " seeds that reached this age in both "
                                + "arms, difference from " + c.signed(r.lowDifference()[a]) + " to " + c.signed(r.highDifference()[a])
                                + (r.identical(a) ? ", the same in both arms (no treatment yet)"
                                : r.withinNoise(a) ? ", not distinguishable from the model's run-to-run noise" : "") : "") + "."));
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
        return overlay(in, only, Map.of());
    }

    /**
     * The overlay with the quantities of {@code shown} in their shown unit (a rare count per 100,000
     * people, as the report's tables give it).
     */
    static TimeSeries overlay(Input in, List<Headlines.Quantity> only, Map<String, Counts> shown) {
        List<TimeSeries> means = new ArrayList<>();
        for (int a = 0; a < in.runs().size(); a++) {
            means.add(in.meanSeries(a));
        }
        TimeSeries ref = means.get(in.reference());
        List<Column> columns = new ArrayList<>();
        List<int[]> source = new ArrayList<>();
        List<Double> factors = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Map<String, String> groups = new LinkedHashMap<>();
        if (only == null) {
            for (Column c : ref.columns()) {
                ids.add(c.id());
                groups.put(c.id(), c.label());
            }
        } else {
            Map<String, List<String>> merged = new LinkedHashMap<>();
            for (Headlines.Quantity q : only) {
                String label = ref.columns().get(ref.indexOf(q.id())).label();
                // a quantity the model makes identical to an earlier one (organs sharing one law and one
                // input) gets no chart of its own: the earlier chart's title names both
                String same = ids.stream().filter(id -> identical(means, id, q.id())).findFirst().orElse(null);
                if (same != null) {
                    merged.get(same).add(label);
                    groups.put(same, q.category().label() + ": " + String.join(" = ", merged.get(same))
                            + " (identical in this run)");
                    continue;
                }
                ids.add(q.id());
                merged.put(q.id(), new ArrayList<>(List.of(label)));
                groups.put(q.id(), q.category().label() + ": " + label);
            }
            for (String extra : EXTRA_CHARTS) {
                if (extra.equals(SeedSeries.ALIVE) && ref.indexOf(extra) >= 0) {
                    ids.add(extra);
                    groups.put(extra, "Seeds alive: deaths of the organism model, per arm");
                } else if (ref.indexOf(extra) >= 0) {
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
                Counts counts = shown.get(id);
                String unit = counts == null || !counts.perPeople() ? c.unit() : counts.unit();
                columns.add(new Column(overlayId(id, arm.name()), arm.label(), unit, groups.get(id)));
                source.add(new int[] {a, col});
                factors.add(counts == null ? 1.0 : counts.factor());
            }
        }
        TimeSeries out = new TimeSeries(columns);
        // The whole follow-up: until the last seed of any arm dies; an arm whose every seed has died
        // has no value (NaN) from then on.
        TimeSeries longest = ref;
        for (TimeSeries m : means) {
            if (m.rows() > longest.rows()) {
                longest = m;
            }
        }
        double[] row = new double[columns.size()];
        for (int i = 0; i < longest.rows(); i++) {
            for (int k = 0; k < columns.size(); k++) {
                int[] src = source.get(k);
                TimeSeries m = means.get(src[0]);
                row[k] = i < m.rows() ? m.value(i, src[1]) * factors.get(k) : Double.NaN;
            }
            out.append(longest.day(i), longest.age(i), row);
        }
        return out;
    }

    /** Whether two columns hold the same values in every arm's mean series. */
    private static boolean identical(List<TimeSeries> means, String a, String b) {
        for (TimeSeries m : means) {
            int ia = m.indexOf(a);
            int ib = m.indexOf(b);
            if (ia < 0 || ib < 0) {
                return false;
            }
            for (int i = 0; i < m.rows(); i++) {
                if (Double.compare(m.value(i, ia), m.value(i, ib)) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double[] times(double[] v, double f) {
        if (v == null) {
            return null;
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * f;
        }
        return out;
    }

    /** How each quantity of the difference table is shown (judged on all its values there), by id. */
    static Map<String, Counts> shownCounts(List<Headlines.Row> rows) {
        Map<String, Counts> out = new LinkedHashMap<>();
        for (Headlines.Row r : rows) {
            out.computeIfAbsent(r.quantity().id(), id -> RowCounts.of(r, rows));
        }
        return out;
    }

    /** The column id of one arm's quantity in the overlaid series. */
    static String overlayId(String quantity, String arm) {
        return quantity + "__" + arm.replaceAll("[^A-Za-z0-9_]", "_");
    }

    /** The seed range of every overlaid column, for the chart bands; empty with one seed. */
    static Map<String, org.senesim.report.chart.TimeSeriesCharts.Band> seedBands(Input in) {
        return seedBands(in, Map.of());
    }

    /** As {@link #seedBands(Input)}, in the units of {@code shown}, as {@link #overlay(Input, List, Map)}. */
    static Map<String, org.senesim.report.chart.TimeSeriesCharts.Band> seedBands(Input in, Map<String, Counts> shown) {
        Map<String, org.senesim.report.chart.TimeSeriesCharts.Band> bands = new LinkedHashMap<>();
        if (in.replicates().size() < 2) {
            return bands;
        }
        for (int a = 0; a < in.runs().size(); a++) {
            SeedSeries ss = in.seedSeries(a);
            for (Column c : ss.mean().columns()) {
                var band = ss.band(c.id());
                Counts counts = shown.get(c.id());
                if (band != null && counts != null && counts.perPeople()) {
                    band = new org.senesim.report.chart.TimeSeriesCharts.Band(band.x(), times(band.low(), counts.factor()),
                            times(band.mid(), counts.factor()), times(band.high(), counts.factor()));
                }
                if (band != null) {
                    bands.put(overlayId(c.id(), in.runs().get(a).arm().name()), band);
                }
            }
        }
        return bands;
    }

    // ---------------------------------------------------------------- report

    private static HtmlReport report(Input in, List<Headlines.Row> rows, List<SummaryItem> summary) {
        Scenario s = in.scenario();
        List<ArmRun> runs = in.runs();
        // the caveat of repeated senolytic courses sits under the answer it qualifies
        List<String> repeated = new ArrayList<>();
        for (ArmRun r : runs) {
            for (String d : org.senesim.run.Caveats.repeatedSystemicSenolytics(r.arm().courses())) {
                if (!repeated.contains(d)) {
                    repeated.add(d);
                }
            }
        }
        String caveat = repeated.isEmpty() ? ""
                : "<p class=\"note\">" + Html.escape(org.senesim.run.Caveats.repeatedSenolytics(repeated)) + "</p>\n";
        HtmlReport.Builder b = HtmlReport.builder("Senesim comparison: " + s.name())
                .provenance(in.provenance())
                .fact("Scenario", s.description().isBlank() ? s.name() : s.description())
                .fact("Patch", s.tissue().nx() + " × " + s.tissue().ny() + " × " + s.tissue().nz() + " voxels of "
                        + Numbers.readable(s.tissue().voxelUm(), 3) + " µm" + (s.tissue().threeD() ? "" : " (2D section)")
                        + (s.tissue().narrow() ? ". " + s.tissue().narrowNote() : ""))
                .fact("Arms", String.join("; ", runs.stream().map(r -> r.arm().name() + " = " + r.arm().label()).toList()))
                .fact("Same for every arm", "person, seed (" + s.seed() + "), patch and parameters")
                .fact("Replicates", in.replicates().size() == 1 ? "1 (the scenario's seed)"
                        : in.replicates().size() + " seeds (" + s.seed() + " and the next " + (in.replicates().size() - 1)
                        + ")" + (in.posterior() == null ? "" : ", each with its own parameter set: the calibrated parameters"
                        + " drawn from the posterior " + in.posterior() + ", the same set in every arm of a replicate")
                        + "; charts and tables show means, ranges are over " + (in.posterior() == null ? "seeds"
                        : "replicates"))
                .fact("Differences against", runs.get(in.reference()).arm().label())
                .fact("Evidence filter", EvidenceCut.describe(s.minTier(), in.parameters()))
                .fact("Compared at ages", String.join(", ", in.ages().stream().map(a -> Numbers.readable(a, 4)).toList()))
                .summary(summary)
                .lead("The answer: each arm against " + runs.get(in.reference()).arm().label(), caveat + Answer.html(in, rows));

        List<Headlines.Quantity> quantities = Headlines.quantities(runs.get(in.reference()).result().series());
        Map<String, Counts> shown = shownCounts(rows);
        b.timeSeries(overlay(in, quantities, shown));
        List<org.senesim.report.chart.TimeSeriesCharts.Event> deaths = deaths(in);
        if (!deaths.isEmpty()) {
            // a human's deaths are read with a skin model in place of the calibrated compartment; a mouse has none
            String skin = s.person().species() == org.senesim.scenario.Species.HUMAN
                    ? " " + org.senesim.run.Caveats.skinModelSurvival("the skin of this run") : "";
            b.events(deaths, "†: a death of the organism model (one per arm and seed that died, at its age: "
                    + deathList(in) + "). After a death the lines are the mean of the seeds still alive." + skin);
        }
        if (in.replicates().size() > 1) {
            Map<String, org.senesim.report.chart.TimeSeriesCharts.Band> bands = seedBands(in, shown);
            b.bands(bands::get, "Lines: the mean of the seeds still alive at each age (the organism model's "
                    + "deaths are counted in the chart 'Seeds alive'); shaded: the lowest to the highest seed.");
        }
        b.htmlSection("Visible benefit: differences at the chosen ages", differenceTable(in, rows, Headlines.Category.VISIBLE));
        b.htmlSection("Biological benefit: differences at the chosen ages", differenceTable(in, rows, Headlines.Category.BIOLOGICAL)
                + "<p class=\"note\">Visible: what the skin shows (collagen, elastin, recoil). Biological: the senescent burden "
                + "and what it drives (lesions, cancer risk and, when the organism model runs, distant organs and frailty). "
                + "A treatment can help one and not the other.</p>\n" + lateLifeNote(s));
        if (!in.tierCuts().isEmpty()) {
            b.htmlSection("Headline outcomes at each evidence cut", TierCuts.html(in.tierCuts(), in.armNames(), in.reference()));
        }
        b.htmlSection("Cross-sections by arm", crossSections(runs));
        b.htmlSection("Protocols as applied", protocols(in));
        b.htmlSection("Evidence behind the interventions used", evidence(in));
        b.htmlSection("Parameters changed by the scenario or the evidence filter", overrides(s.minTier(), in.parameters()));
        return b.build();
    }

    /**
     * The default model's too long late life, under the biological outcomes it bears on (who is still
     * alive at the later ages, frailty and organs there), when a human run goes past it; else empty.
     */
    static String lateLifeNote(Scenario s) {
        boolean past = s.person().species() == org.senesim.scenario.Species.HUMAN
                && s.endAgeYears() > org.senesim.run.Caveats.LATE_LIFE_AGE;
        return past ? "<p class=\"note\">" + Html.escape(org.senesim.run.Caveats.lateLifeSurvival()) + "</p>\n" : "";
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
            Counts c = RowCounts.of(r, rows);
            cells.add(r.quantity().label() + (c.unit().isEmpty() ? "" : " (" + c.unit() + ")"));
            cells.add(Numbers.readable(r.ageYears(), 4));
            for (int a = 0; a < in.runs().size(); a++) {
                if (a == r.reference() || Double.isNaN(r.difference(a))) {
                    cells.add(c.value(r.values()[a], 4));
                    continue;
                }
                // the arm's value over the seeds that give its difference, so value − reference = difference
                String v = c.value(r.pairedValue(a), 4) + " (" + c.signed(r.difference(a))
                        + (Double.isNaN(r.relative(a)) ? "" : ", " + relative(r, a, c)) + ")";
                if (r.identical(a)) {
                    v += " same as " + in.runs().get(r.reference()).arm().name();
                } else if (r.pairs()[a] > 1) {
                    v += " [" + c.signed(r.lowDifference()[a]) + " to " + c.signed(r.highDifference()[a]) + "]"
                            + (r.withinNoise(a) ? " ~noise" : "");
                } else if (r.oneSeedOnly(a)) {
                    v += " (one seed reached this age)";
                }
                if (r.pairedReference()[a] != r.values()[r.reference()]) {
                    v += "; " + r.pairs()[a] + " of " + r.replicates() + " seeds reached it in both arms";
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
                + "seeds that reached the age in both arms (each arm's value is its mean over those seeds), marked "
                + "~noise when the 95% Student's t interval of the mean paired difference contains 0"
                : "; one seed only, so run-to-run noise cannot be told (senescent burden and lesion counts swing by "
                + "tens of percent between seeds: use replicates)")
                + ". Values are read from the observation nearest to each age. Expected counts of rare events "
                + "(lesions on one person's skin) are given per " + Counts.PEOPLE_WORDS + " people.</p>\n";
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
            List<AppliedSession> applied = r.applied();
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

    /** Every death of every arm and seed, as chart events (†), in age order. */
    static List<org.senesim.report.chart.TimeSeriesCharts.Event> deaths(Input in) {
        List<org.senesim.report.chart.TimeSeriesCharts.Event> out = new ArrayList<>();
        for (double age : deathAges(in).keySet()) {
            out.add(new org.senesim.report.chart.TimeSeriesCharts.Event(age, "†"));
        }
        return out;
    }

    private static String deathList(Input in) {
        return Deaths.bySeed(in.replicates());
    }

    private static java.util.TreeMap<Double, List<String>> deathAges(Input in) {
        java.util.TreeMap<Double, List<String>> out = new java.util.TreeMap<>();
        for (List<ArmRun> replicate : in.replicates()) {
            for (ArmRun r : replicate) {
                for (SummaryItem item : r.result().summary()) {
                    if (item.id().equals("age_at_death") && !Double.isNaN(item.value())) {
                        out.computeIfAbsent(item.value(), k -> new ArrayList<>())
                                .add(r.arm().name() + " (seed " + r.scenario().seed() + ")");
                    }
                }
            }
        }
        return out;
    }

    static String signed(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        String r = Numbers.readable(v, 3);
        return v > 0 ? "+" + r : r;
    }

    /**
     * A relative difference in words: "none vs 568" where the arm has no event at all and the
     * reference has some (not "−100%", which reads as a measured fall), else a percentage.
     */
    static String relative(Headlines.Row r, int a, Counts counts) {
        if (r.pairedValue(a) == 0 && r.pairedReference()[a] > 0) {
            return "none vs " + counts.value(r.pairedReference()[a], 3);
        }
        return percent(r.relative(a));
    }

    static String percent(double fraction) {
        if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
            return "—";
        }
        return Counts.percent(fraction, 1);
    }
}
