package org.senesim.validation.tissue;

import org.senesim.engine.RunResult;
import org.senesim.run.ArmRun;
import org.senesim.scenario.Scenario;
import org.senesim.validation.Reproduction;
import org.senesim.validation.ReproductionContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spandau et al. 2012 and Chen et al. 2020: one ablative fractional laser session on old,
 * sun-damaged skin. Three months later (Spandau) fewer p16+ dermal fibroblasts, more dermal IGF-1 and
 * a young-like keratinocyte answer to UVB; six months later (Chen) 62 % fewer actinic keratoses than
 * on the untreated arm.
 *
 * <p>The person of the AK trials (Fitzpatrick I, 30° N, 3 h outdoors, from 45; a 10 mm wide 2D section
 * of the upper 0.4 mm of dermis, the part a biopsy of these studies samples) treated at 65, against
 * the same person untreated (same seeds, {@code compare.replicates} of the scenario); and the same
 * person young (25–30) for the UVB answer of young skin. In the model the keratinocytes' UVB answer is
 * the IGF-1 supplied by healthy papillary fibroblasts ({@code igf1_response}: units whose supply
 * reaches the threshold answer correctly), so "dermal IGF-1" is read as healthy papillary fibroblasts
 * and "UVB response" as that answer.
 */
public final class SpandauChenFractionalLaser implements Reproduction {

    static final String UNTREATED = "untreated";
    static final String TREATED = "fractional-laser";
    static final String FILE = "spandau-chen.yaml";
    /** Age of the fractional session in {@code spandau-chen.yaml}; the windows below follow it. */
    static final double SESSION_AGE = 65;
    /** Three months after the session at 65, ± two weeks. */
    static final double[] THREE_MONTHS = {65.21, 65.29};
    /** Six months after the session, ± about two weeks. */
    static final double[] SIX_MONTHS = {65.46, 65.55};
    /** The year before the session (untreated old skin). */
    static final double[] BEFORE = {64, 65};
    /** Young adults, as the young donors of Lewis 2010 and Spandau 2012. */
    static final double[] YOUNG = {25, 30};
    static final int YOUNG_SEEDS = 3;

    @Override
    public String name() {
        return "spandau-chen";
    }

    @Override
    public String title() {
        return "Spandau et al. 2012 and Chen et al. 2020: a fractional laser session on old skin (p16+ fibroblasts, IGF-1, UVB answer, AKs)";
    }

    @Override
    public Map<String, Double> run(ReproductionContext context) {
        Scenario scenario = context.scenario(FILE);
        TissueFigures.requireSessionsAt(scenario, SESSION_AGE, FILE);
        List<List<ArmRun>> runs = TissueRuns.compare(context, scenario, "treated and untreated from 45");
        Scenario youngScenario = context.scenario("spandau-chen-young.yaml");
        List<RunResult> young = TissueRuns.seeds(context, youngScenario, YOUNG_SEEDS, "the same person at 20-30");
        int papillaryLayers = (int) Math.round(context.parameters(scenario).get("tissue.papillary_depth")
                / scenario.tissue().voxelUm());
        return figures(runs, young, papillaryLayers);
    }

    static Map<String, Double> figures(List<List<ArmRun>> runs, List<RunResult> young, int papillaryLayers) {
        int t = TissueFigures.arm(runs, TREATED, FILE);
        int u = TissueFigures.arm(runs, UNTREATED, FILE);
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("p16_fibroblasts_change_3_months",
                TissueFigures.relativeChange(runs, t, u, "senescent_fraction", THREE_MONTHS[0], THREE_MONTHS[1]));
        double treatedIgf = 0;
        double untreatedIgf = 0;
        for (List<ArmRun> replicate : runs) {
            double age = 0.5 * (THREE_MONTHS[0] + THREE_MONTHS[1]);
            treatedIgf += TissueFigures.healthyOccupancy(TissueFigures.snapshotAt(replicate.get(t).result(), age, FILE), papillaryLayers);
            untreatedIgf += TissueFigures.healthyOccupancy(TissueFigures.snapshotAt(replicate.get(u).result(), age, FILE), papillaryLayers);
        }
        out.put("dermal_igf1_change_3_months", treatedIgf / untreatedIgf - 1.0);
        double old = 0;
        int n = 0;
        for (List<ArmRun> replicate : runs) {
            double m = TissueFigures.windowMean(replicate.get(u).result().series(), "igf1_response", BEFORE[0], BEFORE[1]);
            if (!Double.isNaN(m)) {
                old += m;
                n++;
            }
        }
        double youngAnswer = TissueFigures.survivorMean(young, "igf1_response", YOUNG[0], YOUNG[1]);
        out.put("uvb_response_old_vs_young", (n == 0 ? Double.NaN : old / n) / youngAnswer - 1.0);
        out.put("uvb_response_gap_closed_3_months", gapClosed(runs, t, u, youngAnswer));
        out.put("actinic_keratoses_change_6_months",
                TissueFigures.relativeChange(runs, t, u, "actinic_keratoses", SIX_MONTHS[0], SIX_MONTHS[1]));
        return out;
    }

    /**
     * Share of the old-versus-young gap in the UVB answer that the session closed three months later:
     * (treated − untreated) / (young − untreated), the answers pooled over the replicates in which both
     * arms reached three months. 1 = the treated skin answers as young skin does, 0 = no change.
     */
    static double gapClosed(List<List<ArmRun>> runs, int t, int u, double youngAnswer) {
        double treated = 0;
        double untreated = 0;
        int n = 0;
        for (List<ArmRun> replicate : runs) {
            double a = TissueFigures.windowMean(replicate.get(t).result().series(), "igf1_response", THREE_MONTHS[0], THREE_MONTHS[1]);
            double b = TissueFigures.windowMean(replicate.get(u).result().series(), "igf1_response", THREE_MONTHS[0], THREE_MONTHS[1]);
            if (!Double.isNaN(a) && !Double.isNaN(b)) {
                treated += a;
                untreated += b;
                n++;
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        return (treated / n - untreated / n) / (youngAnswer - untreated / n);
    }
}
