package org.senesim.validation.tissue;

import org.senesim.run.ArmRun;
import org.senesim.scenario.Scenario;
import org.senesim.validation.Reproduction;
import org.senesim.validation.ReproductionContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benson et al. 2023 (Dermatol Surg 49(2), PMID 36728065): people with a history of facial keratinocyte carcinoma
 * who had non-ablative fractional laser treatment developed new carcinomas at about a third of the
 * rate of matched untreated people over six years. The model: the same person treated and untreated,
 * with the same seeds; the figure is the ratio of new carcinomas over the follow-up.
 */
public final class Benson2023 implements Reproduction {

    static final String FILE = "benson-2023.yaml";
    static final String TREATED = "nafl";
    static final String UNTREATED = "untreated";
    private static final double EDGE = 0.05;

    @Override
    public String name() {
        return "benson-2023";
    }

    @Override
    public String title() {
        return "Benson et al. 2023: non-ablative fractional laser and later facial keratinocyte carcinoma (retrospective cohort)";
    }

    @Override
    public Map<String, Double> run(ReproductionContext context) {
        Scenario scenario = context.scenario(FILE);
        List<List<ArmRun>> runs = TissueRuns.compare(context, scenario, "non-ablative fractional laser and no treatment");
        double[] window = scenario.protocol().compareAges().stream().mapToDouble(Double::doubleValue).toArray();
        return figures(runs, window[0], window[1]);
    }

    /** New carcinomas from {@code from} to {@code to}, treated over untreated, pooled over the replicates. */
    static Map<String, Double> figures(List<List<ArmRun>> runs, double from, double to) {
        int t = TissueFigures.arm(runs, TREATED, FILE);
        int u = TissueFigures.arm(runs, UNTREATED, FILE);
        double treated = 0;
        double untreated = 0;
        for (List<ArmRun> replicate : runs) {
            treated += rise(replicate.get(t), from, to);
            untreated += rise(replicate.get(u), from, to);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("kc_rate_ratio_6_years", treated / untreated);
        return out;
    }

    private static double rise(ArmRun run, double from, double to) {
        double a = TissueFigures.windowMean(run.result().series(), "carcinoma_cumulative", from - EDGE, from + EDGE);
        double b = TissueFigures.windowMean(run.result().series(), "carcinoma_cumulative", to - EDGE, to + EDGE);
        return b - a;
    }
}
