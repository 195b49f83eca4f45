package org.senesim.planner.report;

import org.senesim.observe.Column;
import org.senesim.observe.TimeSeries;
import org.senesim.report.chart.TimeSeriesCharts;
import org.senesim.report.compare.SeedSeries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Charts of a chosen plan against no treatment and the reactive pattern: for each quantity a person
 * would ask about, one line per life (the survivors' mean over the replicate seeds) with the seeds'
 * range as a band. Lines end where the last seed of the shortest-lived arm dies, so every point of a
 * chart compares the same ages.
 */
public final class PlanCharts {

    /** The quantities charted, by column id of the run's time series. */
    static final List<String> QUANTITIES = List.of("senescent_fraction", "collagen", "elastin_intact", "actinic_keratoses",
            "frailty_index");

    /** The plan's line in the legend. */
    static final String PLAN = "this plan";

    private PlanCharts() {
    }

    /** Inline SVG charts of the plan and its references, one per quantity found in the series. */
    public static List<String> svgs(PlanLives p, String idPrefix) {
        Map<String, SeedSeries> arms = new LinkedHashMap<>();
        arms.put(PLAN, SeedSeries.of(p.lives()));
        p.references().forEach((label, runs) -> arms.put(label, SeedSeries.of(runs)));
        List<String> out = new ArrayList<>();
        for (String id : QUANTITIES) {
            TimeSeries chart = overlay(arms, id);
            if (chart == null) {
                continue;
            }
            Map<String, TimeSeriesCharts.Band> bands = new HashMap<>();
            int k = 0;
            for (SeedSeries s : arms.values()) {
                TimeSeriesCharts.Band b = s.band(id);
                if (b != null) {
                    bands.put(chart.columns().get(k).id(), trimmed(b, chart.rows()));
                }
                k++;
            }
            TimeSeries planMean = arms.get(PLAN).mean();
            Column source = planMean.columns().get(planMean.indexOf(id));
            List<Integer> all = new ArrayList<>();
            for (int c = 0; c < chart.columns().size(); c++) {
                all.add(c);
            }
            out.add(TimeSeriesCharts.svg(TimeSeriesCharts.chart(chart, source.label(), all, bands::get), 560, 320,
                    idPrefix + "-" + id));
        }
        return out;
    }

    /** One column per arm holding the quantity's survivors' mean, over the ages every arm reached. */
    static TimeSeries overlay(Map<String, SeedSeries> arms, String id) {
        int rows = Integer.MAX_VALUE;
        Column source = null;
        for (SeedSeries s : arms.values()) {
            int c = s.mean().indexOf(id);
            if (c < 0) {
                return null;
            }
            source = s.mean().columns().get(c);
            rows = Math.min(rows, s.mean().rows());
        }
        List<Column> columns = new ArrayList<>();
        int k = 0;
        for (String label : arms.keySet()) {
            columns.add(new Column("arm" + k++, label, source.unit(), source.group()));
        }
        TimeSeries out = new TimeSeries(columns);
        TimeSeries first = arms.values().iterator().next().mean();
        double[] row = new double[columns.size()];
        for (int i = 0; i < rows; i++) {
            int a = 0;
            for (SeedSeries s : arms.values()) {
                row[a++] = s.mean().value(i, s.mean().indexOf(id));
            }
            out.append(first.day(i), first.age(i), row);
        }
        return out;
    }

    private static TimeSeriesCharts.Band trimmed(TimeSeriesCharts.Band b, int rows) {
        int n = Math.min(rows, b.x().length);
        return new TimeSeriesCharts.Band(java.util.Arrays.copyOf(b.x(), n), java.util.Arrays.copyOf(b.low(), n),
                java.util.Arrays.copyOf(b.mid(), n), java.util.Arrays.copyOf(b.high(), n));
    }
}
