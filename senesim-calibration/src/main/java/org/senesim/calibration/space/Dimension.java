package org.senesim.calibration.space;

import org.senesim.evidence.Distribution;
import org.senesim.evidence.Parameter;

/**
 * One uncertain parameter as the designs see it: a coordinate u in [0, 1) of the unit cube, mapped
 * to a value by the registry distribution's quantile (uniform, log-uniform or triangular within the
 * plausible range). Working in u keeps every design and every kernel inside the range and makes the
 * registry distribution the prior: a uniform u has exactly that distribution.
 *
 * @param id           registry id
 * @param unit         registry unit (for tables)
 * @param min          lower end of the plausible range
 * @param mode         the registry default (the mode of a triangular distribution)
 * @param max          upper end of the plausible range
 * @param distribution how u maps to a value
 */
public record Dimension(String id, String unit, double min, double mode, double max, Distribution distribution) {

    /** A registry parameter's dimension; a {@code fixed} distribution is read as uniform over the range. */
    public static Dimension of(Parameter p) {
        Distribution d = p.distribution() == Distribution.FIXED ? Distribution.UNIFORM : p.distribution();
        return new Dimension(p.id(), p.unit(), p.min(), p.defaultValue(), p.max(), d);
    }

    /** A plain uniform dimension (analytic test functions, synthetic problems). */
    public static Dimension uniform(String id, double min, double max) {
        return new Dimension(id, "1", min, 0.5 * (min + max), max, Distribution.UNIFORM);
    }

    /** The value at unit coordinate {@code u}. */
    public double value(double u) {
        return distribution.quantile(Math.min(Math.max(u, 0.0), 1.0), min, mode, max);
    }

    /** The unit coordinate of a value (inverse of {@link #value}), clamped to [0, 1]. */
    public double unit(double value) {
        if (max <= min) {
            return 0.5;
        }
        double x = Math.min(Math.max(value, min), max);
        switch (distribution) {
            case LOG_UNIFORM:
                return (StrictMath.log(x) - StrictMath.log(min)) / (StrictMath.log(max) - StrictMath.log(min));
            case TRIANGULAR: {
                double f = (mode - min) / (max - min);
                if (x <= mode) {
                    return mode == min ? f : (x - min) * (x - min) / ((max - min) * (mode - min));
                }
                return max == mode ? 1.0 : 1.0 - (max - x) * (max - x) / ((max - min) * (max - mode));
            }
            default:
                return (x - min) / (max - min);
        }
    }
}
