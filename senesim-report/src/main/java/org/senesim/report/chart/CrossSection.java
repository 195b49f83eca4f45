package org.senesim.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYDataImageAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeriesCollection;
import org.senesim.observe.Snapshot;

import java.awt.Color;
import java.awt.image.BufferedImage;

/**
 * A vertical cut through a {@link Snapshot}, drawn as a heat map with a colour bar: horizontal axis
 * x (or y, for a grid one voxel wide in x), vertical axis depth from the top of the dermis
 * downwards, both in µm. The cut goes through the middle of the other lateral axis. Each voxel is
 * one flat-coloured block (no smoothing); NaN is grey.
 */
public final class CrossSection {

    private static final int MAX_PLOT_WIDTH = 560;
    private static final int MAX_PLOT_HEIGHT = 380;
    private static final int MIN_PLOT_HEIGHT = 150;
    private static final int MARGIN_LEFT = 78;
    private static final int MARGIN_RIGHT = 120;
    private static final int MARGIN_TOP = 34;
    private static final int MARGIN_BOTTOM = 56;

    private CrossSection() {
    }

    /**
     * The cut as values[depth][lateral].
     *
     * @param lateralAxis {@code x} or {@code y}
     * @param position    where the cut lies on the other lateral axis, for the axis label (empty for a 2D grid)
     */
    public record Slice(float[][] values, String lateralAxis, String position) {
        public int width() {
            return values.length == 0 ? 0 : values[0].length;
        }

        public int depth() {
            return values.length;
        }
    }

    /** The vertical cut through the middle of the snapshot, for one array. */
    public static Slice slice(Snapshot s, String array) {
        float[] data = s.arrays().get(array);
        if (data == null) {
            throw new IllegalArgumentException("snapshot at day " + s.simulatedDay() + " has no array '" + array
                    + "'; it has " + s.arrays().keySet());
        }
        int nx = s.nx();
        int ny = s.ny();
        int nz = s.nz();
        boolean alongX = nx > 1 || ny == 1;
        float[][] v = new float[nz][alongX ? nx : ny];
        double h = s.voxelMicrometres();
        if (alongX) {
            int y = ny / 2;
            for (int z = 0; z < nz; z++) {
                for (int x = 0; x < nx; x++) {
                    v[z][x] = data[(z * ny + y) * nx + x];
                }
            }
            return new Slice(v, "x", ny > 1 ? " — section at y = " + micrometres((y + 0.5) * h) : "");
        }
        int x = nx / 2;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                v[z][y] = data[(z * ny + y) * nx + x];
            }
        }
        return new Slice(v, "y", " — section at x = " + micrometres((x + 0.5) * h));
    }

    /** The colour range: the view's, or the finite minimum and maximum of the whole array. */
    public static double[] range(Snapshot s, ArrayView view) {
        double lo = view.min();
        double hi = view.max();
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            float[] data = s.arrays().get(view.array());
            if (data != null) {
                for (float f : data) {
                    if (Float.isFinite(f)) {
                        min = Math.min(min, f);
                        max = Math.max(max, f);
                    }
                }
            }
            if (min > max) {
                min = 0;
                max = 1;
            }
            lo = Double.isNaN(lo) ? min : lo;
            hi = Double.isNaN(hi) ? max : hi;
        }
        if (!(hi > lo)) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.05;
            lo -= pad;
            hi += pad;
        }
        return new double[] {lo, hi};
    }

    /** The heat map as a chart. */
    public static JFreeChart chart(Snapshot s, ArrayView view) {
        Slice slice = slice(s, view.array());
        double[] range = range(s, view);
        ColourMap colours = new ColourMap(range[0], range[1]);
        int w = slice.width();
        int d = slice.depth();
        BufferedImage image = new BufferedImage(Math.max(w, 1), Math.max(d, 1), BufferedImage.TYPE_INT_RGB);
        for (int z = 0; z < d; z++) {
            for (int i = 0; i < w; i++) {
                image.setRGB(i, z, view.isCategorical() ? categoryRgb(slice.values()[z][i], view)
                        : colours.rgb(slice.values()[z][i]));
            }
        }
        double h = s.voxelMicrometres();
        double widthUm = w * h;
        double depthUm = d * h;
        NumberAxis lateral = new NumberAxis(slice.lateralAxis() + " (µm)" + slice.position());
        lateral.setRange(0, widthUm);
        NumberAxis depth = new NumberAxis("Depth (µm)");
        depth.setRange(0, depthUm);
        depth.setInverted(true);
        XYPlot plot = new XYPlot(new XYSeriesCollection(), lateral, depth, new XYLineAndShapeRenderer(false, false));
        TimeSeriesCharts.stylePlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setBackgroundPaint(ColourMap.MISSING);
        plot.setRangeAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.addAnnotation(new XYDataImageAnnotation(image, 0, 0, widthUm, depthUm, true));

        if (view.isCategorical()) {
            org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
            for (int k = 0; k < view.categories().size(); k++) {
                items.add(new org.jfree.chart.LegendItem(view.categories().get(k), new Color(CATEGORY_RGB[k % CATEGORY_RGB.length])));
            }
            plot.setFixedLegendItems(items);
            JFreeChart chart = new JFreeChart(view.title() + ", age " + age(s.ageYears()), null, plot, true);
            TimeSeriesCharts.styleChart(chart);
            chart.getTitle().setFont(chart.getTitle().getFont().deriveFont(13f));
            return chart;
        }
        // The title names the quantity; the bar carries only the unit, so it fits short plots.
        String unit = view.unit() == null || view.unit().isBlank() || "1".equals(view.unit()) ? null : view.unit();
        NumberAxis scaleAxis = new NumberAxis(unit);
        scaleAxis.setRange(range[0], range[1]);
        TimeSeriesCharts.styleAxis(scaleAxis);
        PaintScaleLegend bar = new PaintScaleLegend(colours, scaleAxis);
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setStripWidth(14);
        bar.setSubdivisionCount(128);
        bar.setAxisOffset(4);
        bar.setMargin(new RectangleInsets(MARGIN_TOP - 8, 14, MARGIN_BOTTOM - 8, 4));
        bar.setBackgroundPaint(Color.WHITE);

        String title = view.title() + ", age " + age(s.ageYears());
        JFreeChart chart = new JFreeChart(title, null, plot, false);
        TimeSeriesCharts.styleChart(chart);
        chart.getTitle().setFont(chart.getTitle().getFont().deriveFont(13f));
        chart.addSubtitle(bar);
        return chart;
    }

    /** Colours of categories 0, 1, 2…: light grey, green, dark red, then more (distinct, colour-blind safe). */
    private static final int[] CATEGORY_RGB = {0xf0f0f0, 0x1b9e77, 0xb2182b, 0x7570b3, 0xe6ab02, 0x66a61e};

    private static int categoryRgb(double v, ArrayView view) {
        if (Double.isNaN(v)) {
            return ColourMap.MISSING.getRGB() & 0xffffff;
        }
        int k = (int) Math.round(v);
        return k < 0 || k >= view.categories().size() ? ColourMap.MISSING.getRGB() & 0xffffff
                : CATEGORY_RGB[k % CATEGORY_RGB.length];
    }

    /** Pixel size {width, height} that keeps voxels square in the plot area. */
    public static int[] size(Snapshot s) {
        boolean alongX = s.nx() > 1 || s.ny() == 1;
        double w = (alongX ? s.nx() : s.ny()) * s.voxelMicrometres();
        double d = s.nz() * s.voxelMicrometres();
        double scale = Math.min(MAX_PLOT_WIDTH / w, MAX_PLOT_HEIGHT / d);
        int plotW = (int) Math.round(w * scale);
        int plotH = Math.max(MIN_PLOT_HEIGHT, (int) Math.round(d * scale));
        return new int[] {plotW + MARGIN_LEFT + MARGIN_RIGHT, plotH + MARGIN_TOP + MARGIN_BOTTOM};
    }

    /** The heat map as a PNG image of {@link #size}. */
    public static byte[] png(Snapshot s, ArrayView view) {
        int[] size = size(s);
        return TimeSeriesCharts.png(chart(s, view), size[0], size[1]);
    }

    private static String micrometres(double v) {
        return TimeSeriesCharts.oneDecimal(v) + " µm";
    }

    private static String age(double years) {
        return TimeSeriesCharts.oneDecimal(years) + " years";
    }
}
