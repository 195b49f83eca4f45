package org.senesim.planner.report;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.senesim.planner.PlanFront;
import org.senesim.planner.objective.Objective;
import org.senesim.planner.search.Candidate;
import org.senesim.report.chart.TimeSeriesCharts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

/**
 * The Pareto scatter: every evaluated feasible plan as a faint dot (not under a screening, whose figures differ from the fronts') and each front as a line of
 * points, on two objectives as a person reads them, one front per evidence cut so the user sees
 * which plans survive a stricter cut.
 */
public final class ParetoChart {

    private static final Color[] FRONT_COLOURS = {new Color(0x1b6ca8), new Color(0xc0392b), new Color(0x27ae60)};

    private ParetoChart() {
    }

    public static String svg(List<PlanFront> fronts, int x, int y, String id) {
        Objective ox = fronts.get(0).objectives().get(x);
        Objective oy = fronts.get(0).objectives().get(y);
        XYSeriesCollection data = new XYSeriesCollection();
        boolean screened = fronts.stream().anyMatch(PlanFront::screened);
        // screened searches' evaluated plans carry the screening's figures, not comparable with the fronts' daily ones
        XYSeries all = new XYSeries(screened ? "evaluated plans (not drawn: screening figures)" : "evaluated plans", false, true);
        for (PlanFront f : screened ? List.<PlanFront>of() : fronts) {
            for (Candidate c : f.result().evaluated()) {
                if (c.feasible()) {
                    all.add(ox.readable(c.objective(x)), oy.readable(c.objective(y)));
                }
            }
        }
        data.addSeries(all);
        for (PlanFront f : fronts) {
            XYSeries s = new XYSeries("front, " + f.cut(), true, true);
            for (Candidate c : f.front()) {
                s.add(ox.readable(c.objective(x)), oy.readable(c.objective(y)));
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(null, axis(ox), axis(oy), data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(0, false);
        r.setSeriesPaint(0, new Color(0, 0, 0, 40));
        for (int i = 0; i < fronts.size(); i++) {
            r.setSeriesLinesVisible(i + 1, false);
            r.setSeriesPaint(i + 1, FRONT_COLOURS[i % FRONT_COLOURS.length]);
            r.setSeriesStroke(i + 1, new BasicStroke(1.5f));
        }
        plot.setRenderer(r);
        return TimeSeriesCharts.svg(chart, 640, 420, id);
    }

    private static String axis(Objective o) {
        return o.label() + " (" + o.unit() + ")";
    }
}
