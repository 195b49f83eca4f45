package org.senesim.validation.tissue;

import org.senesim.observe.TimeSeries;
import org.senesim.run.ArmRun;
import org.senesim.scenario.Scenario;
import org.senesim.validation.Reproduction;
import org.senesim.validation.ReproductionContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thompson, Jolley &amp; Marks 1993 (N Engl J Med 329:1147): daily SPF 17 sunscreen for one summer in
 * Victoria against the base cream without its filters; new solar keratoses. The same person in both
 * arms with the same seeds, as randomisation compares like with like.
 *
 * <p>The model's AK count is net of regression (AK clones regress at {@code epidermis.ak.regression}
 * a year), so new keratoses over the window are its rise plus what regressed meanwhile: the rate
 * times the mean count times the window's length.
 */
public final class Thompson1993 implements Reproduction {

    static final String FILE = "thompson-1993.yaml";
    static final String SUNSCREEN = "sunscreen";
    static final String BASE_CREAM = "base-cream";
    /** Half-width of the age window a count at one age is read over (the series is weekly). */
    private static final double EDGE = 0.01;

    @Override
    public String name() {
        return "thompson-1993";
    }

    @Override
    public String title() {
        return "Thompson et al. 1993: daily sunscreen for one Australian summer and new solar keratoses (randomised, base-cream controlled)";
    }

    @Override
    public Map<String, Double> run(ReproductionContext context) {
        Scenario scenario = context.scenario(FILE);
        double regression = context.parameters(scenario).get("epidermis.ak.regression");
        List<List<ArmRun>> runs = TissueRuns.compare(context, scenario, "sunscreen and base cream");
        List<Double> window = scenario.protocol().compareAges();
        return figures(runs, window.get(0), window.get(1), regression);
    }

    /** New AKs from {@code from} to {@code to}, sunscreen over base cream, pooled over the replicates. */
    static Map<String, Double> figures(List<List<ArmRun>> runs, double from, double to, double regressionPerYear) {
        int s = TissueFigures.arm(runs, SUNSCREEN, FILE);
        int b = TissueFigures.arm(runs, BASE_CREAM, FILE);
        double treated = 0;
        double control = 0;
        for (List<ArmRun> replicate : runs) {
            treated += newLesions(replicate.get(s).result().series(), from, to, regressionPerYear);
            control += newLesions(replicate.get(b).result().series(), from, to, regressionPerYear);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("new_ak_rate_ratio_7_months", treated / control);
        return out;
    }

    /** Rise of the expected AK count plus the AKs that regressed over the window. */
    static double newLesions(TimeSeries series, double from, double to, double regressionPerYear) {
        double start = TissueFigures.windowMean(series, "actinic_keratoses", from - EDGE, from + EDGE);
        double end = TissueFigures.windowMean(series, "actinic_keratoses", to - EDGE, to + EDGE);
        double mean = TissueFigures.windowMean(series, "actinic_keratoses", from, to);
        return end - start + regressionPerYear * mean * (to - from);
    }
}
