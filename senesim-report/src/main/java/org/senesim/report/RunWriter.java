package org.senesim.report;

import org.senesim.engine.RunResult;
import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.ParameterSet;
import org.senesim.observe.Snapshot;
import org.senesim.report.chart.ArrayView;
import org.senesim.report.compare.TierCuts;
import org.senesim.report.html.HtmlReport;
import org.senesim.report.vtk.VtkSnapshots;
import org.senesim.scenario.ResolvedScenarioWriter;
import org.senesim.scenario.Scenario;

import java.io.IOException;
import java.util.List;

/**
 * Writes everything a run produced into its (still temporary) run folder: the resolved scenario,
 * provenance, time series, summary, snapshots and the HTML report, and, when asked for, the
 * parameter-uncertainty bands ({@link Uncertainty}) and the headline outcomes at each evidence cut
 * ({@link TierCuts}). The caller commits the folder.
 */
public final class RunWriter {

    /** The snapshot arrays drawn as cross-sections in the report, with fixed colour ranges where they compare across ages. */
    static final List<ArrayView> CROSS_SECTIONS = List.of(
            ArrayView.categorical("cell_state", "Fibroblasts", "empty", "healthy", "senescent"),
            ArrayView.of("sasp", "SASP", "cell-eq/voxel"),
            ArrayView.of("collagen", "Collagen", "1 = young").range(0, 2.5),
            ArrayView.of("elastin_fragments", "Elastin fragments", "1 = young elastin"));

    private RunWriter() {
    }

    public static void write(RunFolder folder, Scenario scenario, ParameterSet parameters, RunResult result,
                             Provenance provenance) throws IOException {
        write(folder, scenario, parameters, result, provenance, null, List.of());
    }

    /**
     * @param uncertainty the bands of {@code --uncertainty N}, or null
     * @param tierCuts    the run's headline outcomes at each evidence cut, or empty
     */
    public static void write(RunFolder folder, Scenario scenario, ParameterSet parameters, RunResult result,
                             Provenance provenance, Uncertainty uncertainty, List<TierCuts.Cut> tierCuts)
            throws IOException {
        String yaml = ResolvedScenarioWriter.toYaml(scenario, parameters);
        folder.writeText(RunFiles.SCENARIO, uncertainty == null ? yaml : withComment(yaml, "Uncertainty: also run as "
                + uncertainty.samples() + " samples with parameters drawn from " + uncertainty.drawnFrom() + " (seed "
                + uncertainty.seed() + ");\nthe values below are the nominal run's, each sample's are in "
                + Uncertainty.SAMPLES_CSV + "."));
        provenance.write(folder);
        TimeSeriesCsv.write(folder, result.series());
        SummaryJson.write(folder, result.summary(), uncertainty == null ? java.util.Map.of() : uncertainty.summaryBands());
        if (uncertainty != null) {
            uncertainty.write(folder);
        }
        List<String> armNames = List.of(scenario.name());
        if (!tierCuts.isEmpty()) {
            folder.writeText(TierCuts.CSV, TierCuts.csv(tierCuts, armNames));
        }
        if (!result.snapshots().isEmpty()) {
            VtkSnapshots vtk = new VtkSnapshots(folder);
            for (Snapshot s : result.snapshots()) {
                vtk.add(s);
            }
            vtk.writeCollection();
        }
        HtmlReport.Builder report = HtmlReport.builder("Senesim: " + scenario.name())
                .provenance(provenance)
                .fact("Scenario", scenario.description() == null ? scenario.name() : scenario.description())
                .fact("Patch", scenario.tissue().nx() + " × " + scenario.tissue().ny() + " × "
                        + scenario.tissue().nz() + " voxels of " + Numbers.readable(scenario.tissue().voxelUm(), 3) + " µm"
                        + (scenario.tissue().narrow() ? ". " + scenario.tissue().narrowNote() : ""))
                .fact("Evidence filter", EvidenceCut.describe(scenario.minTier(), parameters))
                .summary(result.summary())
                .timeSeries(result.series())
                .uncertainty(uncertainty);
        if (uncertainty != null) {
            report.fact("Uncertainty", uncertainty.describe());
        }
        for (Snapshot s : result.snapshots()) {
            report.crossSections(s, CROSS_SECTIONS);
        }
        if (!tierCuts.isEmpty()) {
            report.htmlSection("Headline outcomes at each evidence cut", TierCuts.html(tierCuts, armNames, 0));
        }
        String treatments = org.senesim.report.compare.Treatments.html(scenario);
        if (!treatments.isEmpty()) {
            report.htmlSection("Treatments applied", treatments);
        }
        report.htmlSection("Parameters changed by the scenario or the evidence filter", overridesTable(scenario.minTier(), parameters));
        report.build().write(folder);
    }

    /** The YAML with comment lines inserted after its leading comment block. */
    static String withComment(String yaml, String comment) {
        int at = 0;
        while (yaml.startsWith("#", at)) {
            int end = yaml.indexOf('\n', at);
            if (end < 0) {
                break;
            }
            at = end + 1;
        }
        StringBuilder lines = new StringBuilder();
        for (String line : comment.split("\n")) {
            lines.append("# ").append(line).append('\n');
        }
        return yaml.substring(0, at) + lines + yaml.substring(at);
    }

    private static String overridesTable(EvidenceTier minTier, ParameterSet parameters) {
        return EvidenceCut.parametersSection(minTier, parameters);
    }
}
