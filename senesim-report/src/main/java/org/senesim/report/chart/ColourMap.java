package org.senesim.report.chart;

import org.jfree.chart.renderer.PaintScale;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;

/**
 * A perceptually uniform, colour-blind-safe colour scale (viridis: dark purple for the low end,
 * yellow for the high end), linearly interpolated between eleven reference colours of matplotlib's
 * viridis. Values outside the range are clamped; NaN is light grey.
 */
public final class ColourMap implements PaintScale, Serializable {

    private static final long serialVersionUID = 1L;

    private static final int[] VIRIDIS = {
        0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c,
        0x22a884, 0x44bf70, 0x7ad151, 0xbddf26, 0xfde725,
    };
    /** Colour of NaN (no value, e.g. an empty voxel). */
    public static final Color MISSING = new Color(0xd9d9d9);

    private final double lower;
    private final double upper;

    public ColourMap(double lower, double upper) {
        if (!(upper > lower)) {
            throw new IllegalArgumentException("colour range must have upper > lower: " + lower + ".." + upper);
        }
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return new Color(rgb(value));
    }

    /** The colour of a value as 0xRRGGBB. */
    public int rgb(double value) {
        if (Double.isNaN(value)) {
            return MISSING.getRGB() & 0xffffff;
        }
        double t = (value - lower) / (upper - lower);
        t = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
        int i = Math.min((int) t, VIRIDIS.length - 2);
        double f = t - i;
        int a = VIRIDIS[i];
        int b = VIRIDIS[i + 1];
        int r = mix(a >> 16, b >> 16, f);
        int g = mix(a >> 8, b >> 8, f);
        int bl = mix(a, b, f);
        return (r << 16) | (g << 8) | bl;
    }

    private static int mix(int a, int b, double f) {
        a &= 0xff;
        b &= 0xff;
        return (int) Math.round(a + (b - a) * f);
    }
}
