package org.senesim.report.chart;

import org.senesim.report.Numbers;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Axis tick labels that look the same on every machine (no locale-dependent separators): up to
 * six significant digits, {@code 1.5 × 10⁻⁷} for very small or large ticks.
 */
final class TickFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        double v = Math.abs(number) < 1e-12 ? 0 : number;
        return toAppendTo.append(Numbers.readable(v, 6));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(number);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("tick labels are not parsed");
    }
}
