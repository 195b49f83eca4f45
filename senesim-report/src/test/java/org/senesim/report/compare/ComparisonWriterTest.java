package org.senesim.report.compare;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.run.ArmRun;
import org.senesim.run.ArmsDesign;
import org.senesim.run.LocalExecutor;
import org.senesim.run.Simulator;
import org.senesim.scenario.Protocol;
import org.senesim.observe.SummaryItem;
import org.senesim.observe.TimeSeries;
import org.senesim.report.Provenance;
import org.senesim.report.RunFolder;
import org.senesim.report.SummaryJson;
import org.senesim.report.TimeSeriesCsv;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonWriterTest {

    private static final String SCENARIO = """
            name: small-comparison
            seed: 3
            duration: 2 years
            person: {age: 60 years}
            tissue: {dimension: 2D, size: [1 mm, 0.6 mm], voxel: 20 um}
            outputs: {every: 60 days, snapshots: [62]}
            protocol:
              - arm: none
                label: "No treatment"
              - arm: laser
                label: "Ablative fractional at 60.5"
                steps: [{device: co2-fractional, start: 60.5 years, snapshot: true}]
              - compare: {ages: [61, 62], replicates: 2}
            """;

    private static Scenario scenario;
    private static List<List<ArmRun>> runs;

    @BeforeAll
    static void run() {
        scenario = ScenarioLoader.parse(SCENARIO, "small.yaml");
        Protocol p = scenario.protocol();
        runs = new ArmsDesign(scenario, p.comparisonArms(), ParameterRegistry.builtIn().defaults(), p.replicates())
                .run(new LocalExecutor(2), Simulator.patch());
    }

    private static ComparisonWriter.Input input() {
        Provenance prov = Provenance.builder().scenario(scenario.name(), null).seed(scenario.seed()).threads(2)
                .start(Instant.parse("2026-01-01T00:00:00Z")).end(Instant.parse("2026-01-01T00:00:10Z")).build();
        ParameterSet p = ParameterRegistry.builtIn().defaults();
        return new ComparisonWriter.Input(scenario, p, runs, List.of(61.0, 62.0), 0, prov);
    }

    @Test
    void theFolderHoldsTheComparisonEveryArmAndOneReport(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cmp");
        try (RunFolder folder = RunFolder.create(out, false)) {
            ComparisonWriter.write(folder, input());
            folder.commit();
        }
        for (String f : List.of("report.html", "comparison.csv", "summary.json", "provenance.json", "scenario.resolved.yaml",
                "timeseries.csv", "timeseries.columns.csv", "arms/none/timeseries.csv", "arms/laser/timeseries.csv",
                "arms/laser/snapshots.pvd", "arms/laser/seed-4/timeseries.csv")) {
            assertThat(out.resolve(f)).as(f).exists();
        }
        // The reactive arm's snapshot the day after its session, besides the one at 62.
        try (var s = Files.list(out.resolve("arms/laser/snapshots"))) {
            assertThat(s.count()).isEqualTo(2);
        }
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("not medical advice", "Visible benefit", "Biological benefit", "Cross-sections by arm",
                "Ablative fractional at 60.5", "Chen R", "<svg");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("report.html").toFile());
        List<String> csv = Files.readAllLines(out.resolve("comparison.csv"));
        assertThat(csv.get(0)).startsWith("quantity,category,label,unit,age_years,arm,value");
        assertThat(csv).anyMatch(l -> l.startsWith("collagen,visible,") && l.contains(",laser,"));
        assertThat(csv).anyMatch(l -> l.startsWith("actinic_keratoses,biological,"));
        List<SummaryItem> summary = SummaryJson.read(out.resolve("summary.json"));
        assertThat(summary).isNotEmpty().allMatch(i -> i.id().endsWith("_laser"));
        TimeSeries overlay = TimeSeriesCsv.read(out.resolve("timeseries.csv"), out.resolve("timeseries.columns.csv"));
        assertThat(overlay.indexOf("collagen__none")).isGreaterThanOrEqualTo(0);
        assertThat(overlay.indexOf("collagen__laser")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void overlaidChartsHaveOneLinePerArmForEachQuantity() {
        TimeSeries charts = ComparisonWriter.overlay(input(), org.senesim.run.Headlines.quantities(
                runs.get(0).get(0).result().series()));
        assertThat(charts.columns()).filteredOn(c -> c.group().endsWith("Collagen (1 = young reference)")).hasSize(2);
        assertThat(charts.columns().get(0).group()).startsWith("Visible: ");
        // Means over the two seeds.
        int c = charts.indexOf("collagen__laser");
        TimeSeries a = runs.get(0).get(1).result().series();
        TimeSeries b = runs.get(1).get(1).result().series();
        int k = a.indexOf("collagen");
        assertThat(charts.value(3, c)).isEqualTo((a.value(3, k) + b.value(3, k)) / 2, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void percentAndSignedReadWell() throws IOException {
        assertThat(ComparisonWriter.percent(0.1234)).isEqualTo("+12.3%");
        assertThat(ComparisonWriter.percent(-0.5)).isEqualTo("-50%");
        assertThat(ComparisonWriter.signed(0.25)).isEqualTo("+0.25");
        assertThat(ComparisonWriter.signed(Double.NaN)).isEqualTo("—");
    }
}
