package org.senesim.report.compare;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.senesim.engine.RunResult;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.run.ArmRun;
import org.senesim.run.ArmsDesign;
import org.senesim.run.LocalExecutor;
import org.senesim.run.Simulator;
import org.senesim.scenario.Protocol;
import org.senesim.observe.TimeSeries;
import org.senesim.report.Provenance;
import org.senesim.report.RunFolder;
import org.senesim.report.RunWriter;
import org.senesim.report.chart.ArrayView;
import org.senesim.report.chart.CrossSection;
import org.senesim.report.chart.TimeSeriesCharts;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #17, "the report and the console": what a reader sees first, and charts that do not lie. */
class ReportAnswersTest {

    private static final String SCENARIO = """
            name: answers
            seed: 5
            duration: 2 years
            person: {age: 60 years}
            tissue: {dimension: 2D, size: [600 um, 400 um], voxel: 20 um}
            outputs: {every: 60 days, snapshots: [61]}
            protocol:
              - arm: none
              - arm: fisetin
                label: "Fisetin at 60.2"
                steps: [{drug: fisetin, start: 60.2 years, sessions: 3, interval: 4 weeks}]
              - compare: {ages: [61, 62], replicates: 3}
            """;

    private static Scenario scenario;
    private static List<List<ArmRun>> runs;

    @BeforeAll
    static void run() {
        scenario = ScenarioLoader.parse(SCENARIO, "answers.yaml");
        Protocol p = scenario.protocol();
        List<List<ArmRun>> full = new ArmsDesign(scenario, p.comparisonArms(), ParameterRegistry.builtIn().defaults(),
                p.replicates()).run(new LocalExecutor(2), Simulator.patch());
        // the first seed "dies" half-way: its series stops there, as a run's does at death
        runs = new ArrayList<>();
        for (int r = 0; r < full.size(); r++) {
            List<ArmRun> rep = new ArrayList<>();
            for (ArmRun a : full.get(r)) {
                rep.add(r == 0 ? new ArmRun(a.spec(), a.scenario(), a.schedule(), new RunResult(half(a.result().series()),
                        a.result().snapshots(), a.result().summary())) : a);
            }
            runs.add(rep);
        }
    }

    private static TimeSeries half(TimeSeries s) {
        TimeSeries out = new TimeSeries(s.columns());
        double[] row = new double[s.columns().size()];
        for (int i = 0; i < s.rows() / 2; i++) {
            for (int c = 0; c < row.length; c++) {
                row[c] = s.value(i, c);
            }
            out.append(s.day(i), s.age(i), row);
        }
        return out;
    }

    private static ComparisonWriter.Input input() {
        Provenance prov = Provenance.builder().scenario(scenario.name(), null).seed(scenario.seed()).threads(2)
                .start(Instant.parse("2026-01-01T00:00:00Z")).end(Instant.parse("2026-01-01T00:00:10Z")).build();
        ParameterSet p = ParameterRegistry.builtIn().defaults();
        return new ComparisonWriter.Input(scenario, p, runs, List.of(61.0, 62.0), 0, prov);
    }

    @Test
    void theCombinedSeriesCoversTheWholeFollowUpWithTheNumberAlive() {
        // main stopped the mean, the overlay and so every combined chart when the first seed died
        ComparisonWriter.Input in = input();
        TimeSeries longest = runs.get(1).get(0).result().series();
        TimeSeries overlay = ComparisonWriter.overlay(in, null);
        assertThat(overlay.rows()).isEqualTo(longest.rows());
        int alive = overlay.indexOf("seeds_alive__none");
        assertThat(alive).isNotNegative();
        assertThat(overlay.value(0, alive)).isEqualTo(3.0);
        assertThat(overlay.value(overlay.rows() - 1, alive)).isEqualTo(2.0);
        assertThat(ComparisonWriter.seedBands(in)).containsKey("collagen__fisetin");
    }

    @Test
    void theReportOpensWithTheAnswerThenContentsAndLinksEveryDataFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cmp");
        try (RunFolder folder = RunFolder.create(out, false)) {
            ComparisonWriter.write(folder, input());
            folder.commit();
        }
        String html = Files.readString(out.resolve("report.html"));
        int answer = html.indexOf("id=\"answer\"");
        assertThat(answer).isPositive().isLessThan(html.indexOf("id=\"contents\"")).isLessThan(html.indexOf("id=\"run\""));
        assertThat(html).contains("Fisetin at 60.2 against none").contains("told from noise:")
                .contains("How the noise judgement is made").contains("Student's t").contains("weakest on evidence of tier");
        // the answer table's columns are ages; the heading above it names the arms once, not in every column
        String answerTable = html.substring(answer, html.indexOf("</table>", answer));
        assertThat(answerTable).contains("<th>At 61</th>").doesNotContain("<th>At 61: ");
        try (var files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(f).toString();
                if (!rel.equals("report.html")) {
                    assertThat(html).as("link to " + rel).contains("href=\"" + rel + "\"");
                }
            }
        }
    }

    @Test
    void chartsOfQuantitiesIdenticalByConstructionAreOneChartThatSaysSo() {
        // which quantities the model makes identical changes with the model (liver, muscle and brain once
        // shared one law; today the whole-body clearable burden and blood SASP do), so the pairs are found
        // here, over every arm's mean, and there must be one: otherwise this test would guard nothing
        ComparisonWriter.Input in = input();
        List<TimeSeries> means = new ArrayList<>();
        for (int a = 0; a < in.runs().size(); a++) {
            means.add(in.meanSeries(a));
        }
        List<org.senesim.run.Headlines.Quantity> quantities = org.senesim.run.Headlines.quantities(means.get(0));
        TimeSeries charts = ComparisonWriter.overlay(in, quantities);
        int pairs = 0;
        for (int j = 0; j < quantities.size(); j++) {
            for (int i = 0; i < j; i++) {
                String first = quantities.get(i).id();
                String later = quantities.get(j).id();
                if (identicalEverywhere(means, first, later) && charts.indexOf(first + "__none") >= 0) {
                    pairs++;
                    assertThat(charts.indexOf(later + "__none")).as(later + " is identical to " + first + ": no chart of its own")
                            .isNegative();
                    assertThat(charts.columns().get(charts.indexOf(first + "__none")).group()).contains(" = ")
                            .contains("identical in this run");
                    break;
                }
            }
        }
        assertThat(pairs).as("headline quantities identical by construction in this run").isPositive();
    }

    private static boolean identicalEverywhere(List<TimeSeries> means, String a, String b) {
        for (TimeSeries m : means) {
            for (int r = 0; r < m.rows(); r++) {
                if (Double.compare(m.value(r, m.indexOf(a)), m.value(r, m.indexOf(b))) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void aRotatedAxisLabelIsOnlyTheUnitSoItCannotRunIntoTheTitle() {
        TimeSeries overlay = ComparisonWriter.overlay(input(), null);
        String group = overlay.columns().get(overlay.indexOf("collagen__none")).group();
        List<Integer> cols = new ArrayList<>();
        for (int c = 0; c < overlay.columns().size(); c++) {
            if (group.equals(overlay.columns().get(c).group())) {
                cols.add(c);
            }
        }
        JFreeChart chart = TimeSeriesCharts.chart(overlay, group, cols);
        String yLabel = ((XYPlot) chart.getPlot()).getRangeAxis().getLabel();
        assertThat(yLabel).doesNotContain(group).hasSizeLessThan(30);
    }

    @Test
    void fibroblastStateIsDrawnAsCategoriesWithALegendNotAColourBar() {
        var snapshot = runs.get(1).get(0).result().snapshots().get(0);
        JFreeChart chart = CrossSection.chart(snapshot, ArrayView.categorical("cell_state", "Fibroblasts", "empty",
                "healthy", "senescent"));
        assertThat(chart.getLegend()).isNotNull();
        assertThat(chart.getSubtitleCount()).isEqualTo(1); // the legend, no paint-scale bar
        assertThat(((XYPlot) chart.getPlot()).getLegendItems().getItemCount()).isEqualTo(3);
    }

    @Test
    void aSingleRunWithAProtocolListsItsTreatments() {
        Scenario single = ScenarioLoader.parse("""
                name: single
                person: {age: 60 years}
                protocol:
                  - {drug: fisetin, start: 60.2 years, sessions: 3, interval: 4 weeks}
                """, "single.yaml");
        assertThat(Treatments.html(single)).contains("fisetin").contains("3 sessions").contains("Evidence:");
    }
}
