package org.senesim.report;

import com.fasterxml.jackson.core.io.NumberOutput;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Number formatting for files (exact, reproducible) and for people (a few significant digits). */
public final class Numbers {

    private static final double PLAIN_MIN = 1e-3;
    private static final double PLAIN_MAX = 1e6;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Numbers() {
    }

    /**
     * The shortest decimal that parses back ({@link Double#parseDouble}) to exactly {@code v}.
     *
     * <p>Uses the Schubfach algorithm (through Jackson's {@code NumberOutput}), the same one
     * {@link Double#toString} uses from JDK 19, so the text is the same on every JDK and machine;
     * JDK 17's own {@code Double.toString} sometimes prints a digit more. Integral values below
     * 2<sup>53</sup> lose the trailing {@code .0} ({@code 365}, not {@code 365.0}); large and small
     * magnitudes use {@code E} notation ({@code 1.5E-7}). Non-finite values are {@code NaN},
     * {@code Infinity} and {@code -Infinity}, which Java, pandas and R all read.
     */
    public static String exact(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == Math.rint(v) && Math.abs(v) < 0x1p53) {
            if (v == 0 && Double.doubleToRawLongBits(v) != 0) {
                return "-0";
            }
            return Long.toString((long) v);
        }
        return NumberOutput.toString(v, true);
    }

    /** As {@link #exact(double)}, with the shortest text that reads back to the same {@code float}. */
    public static String exact(float v) {
        if (Float.isNaN(v) || Float.isInfinite(v) || (v == Math.rint(v) && Math.abs(v) < 0x1p24f)) {
            return exact((double) v);
        }
        return NumberOutput.toString(v, true);
    }

    /**
     * {@code v} rounded to {@code digits} significant digits for a table or an axis: trailing zeros
     * dropped, plain notation between 0.001 and 10<sup>6</sup>, otherwise {@code 1.23 × 10⁻⁶};
     * integers below 10<sup>6</sup> in full; {@code —} for NaN (not defined).
     */
    public static String readable(double v, int digits) {
        if (digits < 1) {
            throw new IllegalArgumentException("digits must be at least 1: " + digits);
        }
        if (Double.isNaN(v)) {
            return "—";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (v == Math.rint(v) && a < PLAIN_MAX) {
            return Long.toString((long) v);
        }
        BigDecimal r = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        double ra = Math.abs(r.doubleValue());
        if (ra >= PLAIN_MIN && ra < PLAIN_MAX) {
            return r.toPlainString();
        }
        int exponent = r.precision() - r.scale() - 1;
        BigDecimal mantissa = r.movePointLeft(exponent).stripTrailingZeros();
        return mantissa.toPlainString() + " × 10" + superscript(exponent);
    }

    private static String superscript(int exponent) {
        StringBuilder sb = new StringBuilder();
        if (exponent < 0) {
            sb.append('⁻');
        }
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            sb.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return sb.toString();
    }
}
