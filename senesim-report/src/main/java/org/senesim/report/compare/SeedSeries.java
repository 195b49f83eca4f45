package org.senesim.report.compare;

import org.senesim.run.ArmRun;
import org.senesim.observe.Column;
import org.senesim.observe.TimeSeries;
import org.senesim.report.chart.TimeSeriesCharts;

import java.util.ArrayList;
import java.util.List;

/**
 * One arm's series over its seeds for the whole follow-up: at each observation, the mean of the seeds
 * still alive (a person's series ends when they die), how many are alive, and the lowest and highest
 * value among them. The mean used to stop when the first seed died, so charts and the combined
 * series ended years before the run did.
 */
public final class SeedSeries {

    /** Column added to the mean when there are several seeds. */
    public static final String ALIVE = "seeds_alive";

    private final TimeSeries mean;
    private final double[][] low;
    private final double[][] high;
    private final int seeds;

    private SeedSeries(TimeSeries mean, double[][] low, double[][] high, int seeds) {
        this.mean = mean;
        this.low = low;
        this.high = high;
        this.seeds = seeds;
    }

    /** The arm's runs, one per seed. */
    public static SeedSeries of(List<ArmRun> runs) {
        TimeSeries longest = runs.get(0).result().series();
        for (ArmRun r : runs) {
            if (r.result().series().rows() > longest.rows()) {
                longest = r.result().series();
            }
        }
        int n = runs.size();
        if (n == 1) {
            return new SeedSeries(longest, null, null, 1);
        }
        List<Column> columns = new ArrayList<>(longest.columns());
        columns.add(new Column(ALIVE, "Seeds alive", "seeds", "Seeds alive (of " + n + ")"));
        TimeSeries mean = new TimeSeries(columns);
        int cols = longest.columns().size();
        double[][] low = new double[cols][longest.rows()];
        double[][] high = new double[cols][longest.rows()];
        double[] row = new double[cols + 1];
        for (int i = 0; i < longest.rows(); i++) {
            int alive = 0;
            java.util.Arrays.fill(row, 0.0);
            for (int c = 0; c < cols; c++) {
                low[c][i] = Double.POSITIVE_INFINITY;
                high[c][i] = Double.NEGATIVE_INFINITY;
            }
            for (ArmRun r : runs) {
                TimeSeries s = r.result().series();
                if (s.rows() <= i) {
                    continue;
                }
                alive++;
                for (int c = 0; c < cols; c++) {
                    double v = s.value(i, c);
                    row[c] += v;
                    low[c][i] = Math.min(low[c][i], v);
                    high[c][i] = Math.max(high[c][i], v);
                }
            }
            for (int c = 0; c < cols; c++) {
                row[c] /= alive;
            }
            row[cols] = alive;
            mean.append(longest.day(i), longest.age(i), row);
        }
        return new SeedSeries(mean, low, high, n);
    }

    /** The survivors' mean (with {@link #ALIVE} when there are several seeds), or the one run's series. */
    public TimeSeries mean() {
        return mean;
    }

    /** The range over the living seeds of one column, for a chart band; null with one seed. */
    public TimeSeriesCharts.Band band(String columnId) {
        int c = mean.indexOf(columnId);
        if (seeds < 2 || c < 0 || c >= low.length) {
            return null;
        }
        double[] mid = new double[mean.rows()];
        for (int i = 0; i < mid.length; i++) {
            mid[i] = mean.value(i, c);
        }
        return new TimeSeriesCharts.Band(mean.ages(), low[c].clone(), mid, high[c].clone());
    }
}
