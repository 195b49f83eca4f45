package org.senesim.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Shape of a parameter's uncertainty between its plausible bounds. Sampling uses the project's
 * counter-based generator, so draws are reproducible.
 */
public enum Distribution {
    /** Not sampled: a definition or unit conversion. */
    FIXED("fixed"),
    /** Uniform between min and max. */
    UNIFORM("uniform"),
    /** Log-uniform between min and max (positive quantities spanning orders of magnitude). */
    LOG_UNIFORM("log-uniform"),
    /** Triangular with mode at the default. */
    TRIANGULAR("triangular");

    private final String id;

    Distribution(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Maps a uniform number u in [0,1) to a value of this distribution. */
    public double quantile(double u, double min, double mode, double max) {
        switch (this) {
            case FIXED:
                return mode;
            case UNIFORM:
                return min + u * (max - min);
            case LOG_UNIFORM:
                return StrictMath.exp(StrictMath.log(min) + u * (StrictMath.log(max) - StrictMath.log(min)));
            case TRIANGULAR:
            default:
                if (max <= min) {
                    return mode;
                }
                double f = (mode - min) / (max - min);
                return u < f
                        ? min + Math.sqrt(u * (max - min) * (mode - min))
                        : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
        }
    }

    public static Distribution parse(String text) {
        String t = text == null ? "triangular" : text.trim().toLowerCase(Locale.ROOT);
        for (Distribution d : values()) {
            if (d.id.equals(t)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown distribution '" + text + "'; allowed: "
                + Arrays.stream(values()).map(Distribution::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
