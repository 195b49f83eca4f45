package org.senesim.validation.tissue;

import org.senesim.engine.RunResult;
import org.senesim.observe.TimeSeries;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.Units;
import org.senesim.tissue.DailyHook;
import org.senesim.validation.Reproduction;
import org.senesim.validation.ReproductionContext;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Varani et al. 2006: fibroblasts of people over 80 make about a third less type I procollagen than
 * those of 18–29-year-olds; Verzijl et al. 2000: skin collagen turns over with a half-life of about
 * 15 years.
 *
 * <p>The default person from 20 to 85 on a 2D section, {@value #SEEDS} seeds: procollagen synthesis
 * per fibroblast at 80–85 (the seeds alive) against 20–29. The turnover is measured as a pulse-chase:
 * for the first {@value #CHASE_SEEDS} seeds a second run of the same seed removes all collagen present
 * at {@value #LABEL_AGE} years; collagen feeds back on nothing else in the model (checked: the two runs'
 * senescent fractions must be identical), so the difference between the runs is the collagen made
 * before {@value #LABEL_AGE} that is still there, and its decay over {@value #LABEL_AGE}–{@value #CHASE_END}
 * gives the half-life of existing collagen, with the breakdown by SASP and UV that the registry's
 * baseline half-life leaves out.
 */
public final class VaraniVerzijlCollagen implements Reproduction {

    static final int SEEDS = 4;
    static final int CHASE_SEEDS = 2;
    static final double LABEL_AGE = 40;
    static final double CHASE_END = 55;
    static final double[] YOUNG = {20, 29};
    static final double[] OLD = {80, 85};

    @Override
    public String name() {
        return "varani-verzijl";
    }

    @Override
    public String title() {
        return "Varani et al. 2006 and Verzijl et al. 2000: procollagen synthesis of old fibroblasts and the half-life of skin collagen";
    }

    @Override
    public Map<String, Double> run(ReproductionContext context) {
        Scenario scenario = context.scenario("varani-verzijl.yaml");
        List<RunResult> runs = TissueRuns.seeds(context, scenario, SEEDS, "20 to 85, " + SEEDS + " seeds");
        long labelDay = Math.round((LABEL_AGE - scenario.person().ageYears()) * Units.DAYS_PER_YEAR);
        List<RunResult> chased = TissueRuns.seeds(context, scenario, CHASE_SEEDS,
                "collagen chase from " + (int) LABEL_AGE + ", " + CHASE_SEEDS + " seeds",
                () -> List.of(removeCollagenOn(labelDay)));
        context.progress(TissueFigures.reached(runs, "procollagen_per_fibroblast", OLD[0], OLD[1]) + " of " + SEEDS
                + " seeds alive at " + (int) OLD[0] + "-" + (int) OLD[1]);
        Map<String, Double> out = new LinkedHashMap<>();
        double young = TissueFigures.survivorMean(runs, "procollagen_per_fibroblast", YOUNG[0], YOUNG[1]);
        double old = TissueFigures.survivorMean(runs, "procollagen_per_fibroblast", OLD[0], OLD[1]);
        out.put("procollagen_change_80_vs_young", old / young - 1.0);
        out.put("collagen_half_life_years", chaseHalfLife(runs.subList(0, CHASE_SEEDS), chased));
        return out;
    }

    /** A hook that removes all collagen on one day (the pulse-chase label). */
    static DailyHook removeCollagenOn(long day) {
        return (patch, d) -> {
            if (d == day) {
                Arrays.fill(patch.matrix().collagen(), 0f);
            }
        };
    }

    /**
     * Half-life of the collagen present at the label age: the baseline minus the chased run, summed
     * over seeds, fitted over the chase window on the rows every seed reached.
     */
    static double chaseHalfLife(List<RunResult> baseline, List<RunResult> chased) {
        int rows = Integer.MAX_VALUE;
        for (int s = 0; s < baseline.size(); s++) {
            TimeSeries a = baseline.get(s).series();
            TimeSeries b = chased.get(s).series();
            checkNoFeedback(a, b);
            rows = Math.min(rows, Math.min(a.rows(), b.rows()));
        }
        double[] ages = Arrays.copyOf(baseline.get(0).series().ages(), rows);
        double[] remaining = new double[rows];
        for (int s = 0; s < baseline.size(); s++) {
            TimeSeries a = baseline.get(s).series();
            TimeSeries b = chased.get(s).series();
            int ca = TissueFigures.column(a, "collagen");
            int cb = TissueFigures.column(b, "collagen");
            for (int r = 0; r < rows; r++) {
                remaining[r] += a.value(r, ca) - b.value(r, cb);
            }
        }
        // From the first row after the label: the label row itself may precede the removal.
        double from = LABEL_AGE + 1.0 / Units.DAYS_PER_YEAR;
        return TissueFigures.halfLife(ages, remaining, from, CHASE_END);
    }

    /** The chase is valid only if removing collagen changed nothing but collagen. */
    private static void checkNoFeedback(TimeSeries a, TimeSeries b) {
        int ca = TissueFigures.column(a, "senescent_fraction");
        int cb = TissueFigures.column(b, "senescent_fraction");
        int rows = Math.min(a.rows(), b.rows());
        for (int r = 0; r < rows; r++) {
            if (a.value(r, ca) != b.value(r, cb)) {
                throw new IllegalStateException("collagen removal changed the senescent fraction at age "
                        + a.age(r) + ": collagen now feeds back on the cells, so the pulse-chase no longer measures turnover");
            }
        }
    }
}
