package org.senesim.engine;

import org.senesim.evidence.ParameterSet;
import org.senesim.observe.Column;
import org.senesim.observe.Snapshot;
import org.senesim.observe.SummaryItem;
import org.senesim.observe.TimeSeries;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.TissueSpec;
import org.senesim.tissue.Lattice;
import org.senesim.tissue.TissueObserver;
import org.senesim.tissue.TissuePatch;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a scenario's skin patch day by day: the explicit daily loop, the observation schedule
 * (every {@code outputs.every} days, plus the first and last day) and snapshots at the asked ages.
 * The model does the biology; this class only decides when to look.
 */
public final class TissueSimulation {

    private static final double DAYS_PER_YEAR = 365.25;

    private TissueSimulation() {
    }

    public static Lattice latticeOf(TissueSpec spec) {
        return new Lattice(spec.nx(), spec.ny(), spec.nz(), spec.voxelUm());
    }

    public static RunResult run(Scenario scenario, ParameterSet parameters, Workers workers,
                                ProgressListener progress) {
        return run(scenario, parameters, workers, progress, List.of());
    }

    /** Runs with hooks that act on the patch before each day (protocols, experiments, coupling). */
    public static RunResult run(Scenario scenario, ParameterSet parameters, Workers workers,
                                ProgressListener progress, List<DailyHook> hooks) {
        Lattice lattice = latticeOf(scenario.tissue());
        TissuePatch patch = new TissuePatch(parameters, scenario.person(), lattice, scenario.seed(), workers);
        long totalDays = Math.round(scenario.durationDays());
        long every = Math.max(1, Math.round(scenario.outputs().everyDays()));
        List<Long> snapshotDays = new ArrayList<>();
        for (double age : scenario.outputs().snapshotAgesYears()) {
            snapshotDays.add(Math.round((age - scenario.person().ageYears()) * DAYS_PER_YEAR));
        }

        TimeSeries series = new TimeSeries(TissueObserver.COLUMNS);
        List<Snapshot> snapshots = new ArrayList<>();
        double[] first = null;
        for (long day = 0; ; day++) {
            if (day % every == 0 || day == totalDays) {
                double[] row = TissueObserver.observe(patch);
                if (first == null) {
                    first = row;
                }
                series.append(day, patch.ageYears(), row);
            }
            if (snapshotDays.contains(day)) {
                snapshots.add(TissueObserver.snapshot(patch));
            }
            if (day == totalDays) {
                break;
            }
            for (DailyHook hook : hooks) {
                hook.beforeDay(patch, day);
            }
            patch.step(workers);
            progress.progress(day + 1, totalDays);
        }
        return new RunResult(series, snapshots, summarise(series, first));
    }

    /** Headline numbers: start and end of the main observables. */
    static List<SummaryItem> summarise(TimeSeries series, double[] first) {
        List<SummaryItem> items = new ArrayList<>();
        int last = series.rows() - 1;
        double startAge = series.age(0);
        double endAge = series.age(last);
        item(items, series, first, "senescent_fraction", startAge, endAge);
        item(items, series, first, "senescent_residence_days", startAge, endAge);
        item(items, series, first, "collagen", startAge, endAge);
        item(items, series, first, "elastin_intact", startAge, endAge);
        item(items, series, first, "procollagen_per_fibroblast", startAge, endAge);
        item(items, series, first, "actinic_keratoses", startAge, endAge);
        int carcinoma = series.indexOf("carcinoma_cumulative");
        Column c = series.columns().get(carcinoma);
        items.add(new SummaryItem("carcinoma_cumulative_end", c.label() + " by age " + Math.round(endAge),
                series.last(carcinoma), c.unit(), "Expected keratinocyte carcinomas over the run, per 100 cm2 of skin like the patch."));
        return items;
    }

    private static void item(List<SummaryItem> items, TimeSeries series, double[] first, String id,
                             double startAge, double endAge) {
        int k = series.indexOf(id);
        Column c = series.columns().get(k);
        items.add(new SummaryItem(id + "_start", c.label() + " at " + Math.round(startAge), first[k], c.unit(),
                "Value at the start of the run."));
        items.add(new SummaryItem(id + "_end", c.label() + " at " + Math.round(endAge), series.last(k), c.unit(),
                "Value at the end of the run."));
    }
}
