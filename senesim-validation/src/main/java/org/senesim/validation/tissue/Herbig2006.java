package org.senesim.validation.tissue;

import org.senesim.engine.RunResult;
import org.senesim.scenario.Scenario;
import org.senesim.validation.Reproduction;
import org.senesim.validation.ReproductionContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Herbig et al. 2006: senescent dermal fibroblasts accumulate exponentially with age in baboon skin,
 * from a few per cent in young animals to more than 15 % in the very old.
 *
 * <p>The default person (woman, Fitzpatrick II, 45° N) from 20 to 90 on a 2D section, {@value #SEEDS}
 * seeds. Baboons of 5–30 years match humans of about 15–90 (a factor of three): the young window is
 * 20–25 (the model starts at 20), the very old 85–90 (baboons of 28–30), the middle 50–60. A run ends
 * when the simulated person dies, so the oldest window is a mean over the seeds that reached it, as
 * the study's oldest animals were the survivors of their cohort.
 */
public final class Herbig2006 implements Reproduction {

    /** Seeds run (the scenario's seed and the next ones): with 8, only two reached 85–90. */
    static final int SEEDS = 12;
    static final double[] YOUNG = {20, 25};
    static final double[] MIDDLE = {50, 60};
    static final double[] VERY_OLD = {85, 90};
    private static final String COLUMN = "senescent_fraction";

    @Override
    public String name() {
        return "herbig-2006";
    }

    @Override
    public String title() {
        return "Herbig et al. 2006: senescent dermal fibroblasts with age, a few % when young, more than 15 % when very old";
    }

    @Override
    public Map<String, Double> run(ReproductionContext context) {
        Scenario scenario = context.scenario("herbig-2006.yaml");
        List<RunResult> runs = TissueRuns.seeds(context, scenario, SEEDS, "20 to 90, " + SEEDS + " seeds");
        context.progress(TissueFigures.reached(runs, COLUMN, VERY_OLD[0], VERY_OLD[1]) + " of " + SEEDS
                + " seeds alive at " + (int) VERY_OLD[0] + "-" + (int) VERY_OLD[1]);
        return figures(runs);
    }

    /** The figures of a set of runs (one per seed). */
    static Map<String, Double> figures(List<RunResult> runs) {
        double young = TissueFigures.survivorMean(runs, COLUMN, YOUNG[0], YOUNG[1]);
        double middle = TissueFigures.survivorMean(runs, COLUMN, MIDDLE[0], MIDDLE[1]);
        double old = TissueFigures.survivorMean(runs, COLUMN, VERY_OLD[0], VERY_OLD[1]);
        double early = (middle - young) / (mid(MIDDLE) - mid(YOUNG));
        double late = (old - middle) / (mid(VERY_OLD) - mid(MIDDLE));
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("senescent_percent_young", young);
        out.put("senescent_percent_very_old", old);
        out.put("fold_rise_young_to_very_old", old / young);
        out.put("rise_late_over_early", late / early);
        return out;
    }

    private static double mid(double[] window) {
        return 0.5 * (window[0] + window[1]);
    }
}
