package org.senesim.systemic.sde;

/**
 * {@code e^{−y} − 1} for {@code y ≥ 0} in plain IEEE-754 arithmetic: no intrinsic, no native
 * library, so the result is bit-identical on every JVM and processor (Java floating point is strict
 * since 17), like {@link StrictMath}, at about half the cost of {@link StrictMath#expm1}.
 * Used where the cohort stepper needs one exponential per organ, person and step.
 *
 * <p>Method: Cody–Waite reduction {@code −y = n·ln2 + r}, {@code |r| ≤ ln2/2}, and the Taylor series
 * of {@code expm1(r)} to degree 13 (truncation below 1e-17 relative, Estrin evaluation); for {@code n = 0} the series
 * is the answer, otherwise {@code 2ⁿ·(1 + expm1(r)) − 1}. Accuracy: within a few ulp of
 * {@code StrictMath.expm1(−y)} (checked by a test).
 */
public final class PortableExp {

    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double HALF_LN2 = 0.34657359027997264;

    private PortableExp() {
    }

    /** {@code e^{−y} − 1} for {@code y ≥ 0} (and −1 for huge {@code y}). */
    public static double expm1Neg(double y) {
        if (!(y >= 0)) {
            throw new IllegalArgumentException("expm1Neg needs y >= 0, got " + y);
        }
        if (y <= HALF_LN2) {
            return series(-y);
        }
        if (y > 745.0) {
            return -1.0;
        }
        int n = -(int) Math.floor(y * INV_LN2 + 0.5);
        double r = (-y - n * LN2_HI) - n * LN2_LO;
        return Math.scalb(1.0 + series(r), n) - 1.0;
    }

    /**
     * Taylor series of expm1 to degree 13 on |r| ≤ ln2/2, evaluated by Estrin's scheme (pairs of
     * coefficients combined with r², r⁴, r⁸) so the dependency chain is four multiply-adds deep
     * instead of thirteen.
     */
    private static double series(double r) {
        double r2 = r * r;
        double r4 = r2 * r2;
        double a = 1.0 / 2 + r * (1.0 / 6);
        double b = 1.0 / 24 + r * (1.0 / 120);
        double c = 1.0 / 720 + r * (1.0 / 5040);
        double d = 1.0 / 40320 + r * (1.0 / 362880);
        double e = 1.0 / 3628800 + r * (1.0 / 39916800);
        double f = 1.0 / 479001600 + r * (1.0 / 6227020800.0);
        double p = (a + r2 * b) + r4 * ((c + r2 * d) + r4 * (e + r2 * f));
        return r + r2 * p;
    }
}
