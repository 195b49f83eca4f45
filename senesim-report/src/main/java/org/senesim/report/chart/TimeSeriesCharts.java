package org.senesim.report.chart;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.senesim.observe.Column;
import org.senesim.observe.TimeSeries;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Line charts of a {@link TimeSeries}: one chart per column group, x = age in years, one line per
 * column, drawn with JFreeChart and serialised as inline SVG (JFreeSVG) or PNG.
 */
public final class TimeSeriesCharts {

    /** Most points drawn per line; longer series are thinned by {@link Downsampler#minMax}. */
    public static final int MAX_POINTS_PER_LINE = 1000;
    /** Group name used for columns without one. */
    public static final String DEFAULT_GROUP = "Other";

    /** Okabe–Ito colours, distinguishable with colour-vision deficiency (yellow left out: unreadable on white). */
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0x999999),
    };
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Color GRID = new Color(0xdddddd);

    static {
        // Draw rotated labels (the y axis title) as text, not as glyph outlines: searchable,
        // selectable and smaller in SVG. The workaround is for a JDK 1.3-era bug.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private TimeSeriesCharts() {
    }

    /** Column indices by group, groups in order of their first column. */
    public static Map<String, List<Integer>> groups(TimeSeries series) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        List<Column> columns = series.columns();
        for (int i = 0; i < columns.size(); i++) {
            groups.computeIfAbsent(groupOf(columns.get(i)), g -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    /** The group a column is charted in. */
    public static String groupOf(Column c) {
        return c.group() == null || c.group().isBlank() ? DEFAULT_GROUP : c.group();
    }

    /**
     * An uncertainty band of one column: at each x (age), the lower edge, the middle line (median)
     * and the upper edge.
     */
    public record Band(double[] x, double[] low, double[] mid, double[] high) {
    }

    /** The chart of one group. */
    public static JFreeChart chart(TimeSeries series, String group, List<Integer> columnIndices) {
        return chart(series, group, columnIndices, null);
    }

    /**
     * The chart of one group with uncertainty bands: where {@code bands} gives a column a band, it
     * is drawn under the column's line as a shaded area in the line's colour with its middle as a
     * dashed line (neither in the legend). Null draws no bands.
     */
    public static JFreeChart chart(TimeSeries series, String group, List<Integer> columnIndices,
                                   Function<String, Band> bands) {
        return chart(series, group, columnIndices, bands, List.of());
    }

    /** Something that happened at an age, marked on a chart by a thin vertical line and a short label (a death: †). */
    public record Event(double ageYears, String label) {
    }

    /** As above, with events marked at their ages (drawn behind the lines). */
    public static JFreeChart chart(TimeSeries series, String group, List<Integer> columnIndices,
                                   Function<String, Band> bands, List<Event> events) {
        List<Column> columns = series.columns();
        Set<String> units = new LinkedHashSet<>();
        for (int c : columnIndices) {
            units.add(unitOf(columns.get(c)));
        }
        boolean oneUnit = units.size() == 1;
        double[] ages = series.ages();
        XYSeriesCollection data = new XYSeriesCollection();
        Set<String> keys = new HashSet<>();
        boolean allNonNegative = true;
        boolean allNonPositive = true;
        for (int c : columnIndices) {
            Column col = columns.get(c);
            String key = label(col);
            if (!oneUnit) {
                key += " (" + unitText(unitOf(col)) + ")";
            }
            if (!keys.add(key)) {
                key += " [" + col.id() + "]";
                keys.add(key);
            }
            XYSeries s = new XYSeries(key, false, true);
            Downsampler.Line line = Downsampler.minMax(ages, series.column(c), MAX_POINTS_PER_LINE);
            for (int i = 0; i < line.size(); i++) {
                double y = line.y()[i];
                s.add(line.x()[i], y, false);
                if (y < 0) {
                    allNonNegative = false;
                }
                if (y > 0) {
                    allNonPositive = false;
                }
            }
            data.addSeries(s);
        }
        // The title names the quantity; the rotated axis label says only the unit, so that it is short
        // enough never to run past the plot into the title or the legend.
        String yLabel = oneUnit ? unitText(units.iterator().next()) : "units in legend";
        NumberAxis x = new NumberAxis("Age (years)");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(yLabel);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < columnIndices.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        if (bands != null) {
            YIntervalSeriesCollection shaded = new YIntervalSeriesCollection();
            DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
            bandRenderer.setAlpha(0.18f);
            bandRenderer.setDefaultSeriesVisibleInLegend(false);
            for (int i = 0; i < columnIndices.size(); i++) {
                Band band = bands.apply(columns.get(columnIndices.get(i)).id());
                if (band == null) {
                    continue;
                }
                YIntervalSeries s = new YIntervalSeries("band " + i, false, true);
                Downsampler.Envelope e = Downsampler.envelope(band.x(), band.low(), band.mid(), band.high(),
                        MAX_POINTS_PER_LINE);
                for (int k = 0; k < e.size(); k++) {
                    if (Double.isNaN(e.mid()[k]) || Double.isNaN(e.low()[k]) || Double.isNaN(e.high()[k])) {
                        continue;
                    }
                    s.add(e.x()[k], e.mid()[k], e.low()[k], e.high()[k]);
                    allNonNegative &= e.low()[k] >= 0;
                    allNonPositive &= e.high()[k] <= 0;
                }
                int index = shaded.getSeriesCount();
                shaded.addSeries(s);
                Color colour = PALETTE[i % PALETTE.length];
                bandRenderer.setSeriesPaint(index, colour);
                bandRenderer.setSeriesFillPaint(index, colour);
                bandRenderer.setSeriesStroke(index, new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                        1f, new float[] {4f, 3f}, 0f));
            }
            if (shaded.getSeriesCount() > 0) {
                plot.setDataset(1, shaded);
                plot.setRenderer(1, bandRenderer);
                // Higher-indexed datasets first: bands under the lines.
                plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
            }
        }
        for (Event e : events) {
            org.jfree.chart.plot.ValueMarker m = new org.jfree.chart.plot.ValueMarker(e.ageYears());
            m.setPaint(new Color(0x77, 0x77, 0x77));
            m.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {2f, 2f}, 0f));
            m.setLabel(e.label());
            m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            m.setLabelPaint(new Color(0x55, 0x55, 0x55));
            m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(m, org.jfree.chart.ui.Layer.BACKGROUND);
        }
        y.setAutoRangeIncludesZero(allNonNegative || allNonPositive);
        stylePlot(plot);
        JFreeChart chart = new JFreeChart(group, TITLE_FONT, plot, true);
        styleChart(chart);
        return chart;
    }

    /**
     * The chart as an {@code <svg>} element for inline use: with a view box so that CSS can scale
     * it, element ids prefixed by {@code idPrefix} so that several charts can share one page, and
     * coordinates rounded to 0.1 px to keep the file small. The text is the same on every run.
     */
    public static String svg(JFreeChart chart, int width, int height, String idPrefix) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(idPrefix + "-");
        g.setGeomDoubleConverter(TimeSeriesCharts::oneDecimal);
        g.setTransformDoubleConverter(TimeSeriesCharts::twoDecimals);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGElement(idPrefix, true, new ViewBox(0, 0, width, height), null, null);
    }

    /** The chart as a PNG image. */
    public static byte[] png(JFreeChart chart, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static void stylePlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setOutlinePaint(new Color(0x888888));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            styleAxis((NumberAxis) plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            styleAxis((NumberAxis) plot.getRangeAxis(i));
        }
    }

    static void styleAxis(NumberAxis axis) {
        axis.setStandardTickUnits(new NumberTickUnitSource(false, new TickFormat()));
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(new Color(0x333333));
    }

    static void styleChart(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 12));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(TITLE_FONT);
            title.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
            title.setPadding(new RectangleInsets(2, 8, 6, 2));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LABEL_FONT);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setBackgroundPaint(Color.WHITE);
        }
    }

    /** How a unit reads on an axis: {@code 1} is spelled out. */
    static String unitText(String unit) {
        return "1".equals(unit) ? "dimensionless" : unit;
    }

    private static String unitOf(Column c) {
        return c.unit() == null || c.unit().isBlank() ? "1" : c.unit();
    }

    private static String label(Column c) {
        return c.label() == null || c.label().isBlank() ? c.id() : c.label();
    }

    static String oneDecimal(double v) {
        return fixed(v, 10);
    }

    static String twoDecimals(double v) {
        return fixed(v, 100);
    }

    /** Locale-independent fixed-point text with trailing zeros dropped. */
    private static String fixed(double v, int scale) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        long r = Math.round(v * scale);
        if (r == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        if (r < 0) {
            sb.append('-');
            r = -r;
        }
        sb.append(r / scale);
        long frac = r % scale;
        if (frac != 0) {
            String digits = Long.toString(frac + scale).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(digits, 0, end);
        }
        return sb.toString();
    }
}
