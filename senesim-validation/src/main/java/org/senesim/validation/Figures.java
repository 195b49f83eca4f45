package org.senesim.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Number formatting for verdict tables: four significant digits, plain notation, trailing zeros dropped. */
public final class Figures {

    private static final int DIGITS = 4;

    private Figures() {
    }

    /** {@code v} to four significant digits; {@code —} for NaN. */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        double mag = Math.abs(v);
        return mag >= 1e-4 && mag < 1e9 ? d.toPlainString() : d.toString();
    }
}
