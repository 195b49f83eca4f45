package org.senesim.trial.population;

import org.hipparchus.special.Erf;

/**
 * The distribution of one trait in a population, applied to a standard normal draw z (a Gaussian
 * copula: correlated traits share correlated z's, each keeps its own marginal).
 */
public sealed interface Marginal {

    /** The trait value for a standard normal draw. */
    double value(double z);

    /** Human-readable description for the report. */
    String describe();

    /** The smallest value a person can be drawn with. */
    double min();

    /** The largest value a person can be drawn with. */
    double max();

    /** Φ(z) with Hipparchus' pure-Java erfc, the same on every machine. */
    static double phi(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2.0));
    }

    /** Uniform between lo and hi. */
    record Range(double lo, double hi) implements Marginal {
        public double value(double z) {
            return lo + (hi - lo) * phi(z);
        }

        public String describe() {
            return lo + "–" + hi;
        }

        public double min() {
            return lo;
        }

        public double max() {
            return hi;
        }
    }

    /** Normal with mean and sd, clamped to [lo, hi] (values outside the range sit on its edge). */
    record Normal(double mean, double sd, double lo, double hi) implements Marginal {
        public double value(double z) {
            return Math.max(lo, Math.min(hi, mean + sd * z));
        }

        public String describe() {
            return mean + " ± " + sd;
        }

        public double min() {
            return sd > 0 ? lo : value(0);
        }

        public double max() {
            return sd > 0 ? hi : value(0);
        }
    }

    /** Categorical: the value of category k with probability shares[k] (shares sum to 1). */
    record Shares(double[] values, String[] labels, double[] shares) implements Marginal {
        public double value(double z) {
            double u = phi(z);
            double cum = 0.0;
            for (int k = 0; k < shares.length; k++) {
                cum += shares[k];
                if (u < cum) {
                    return values[k];
                }
            }
            return values[values.length - 1];
        }

        public String describe() {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < labels.length; k++) {
                b.append(k == 0 ? "" : ", ").append(labels[k]).append(' ').append(Math.round(shares[k] * 100)).append('%');
            }
            return b.toString();
        }

        public double min() {
            double m = Double.POSITIVE_INFINITY;
            for (int k = 0; k < values.length; k++) {
                m = shares[k] > 0 ? Math.min(m, values[k]) : m;
            }
            return m;
        }

        public double max() {
            double m = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < values.length; k++) {
                m = shares[k] > 0 ? Math.max(m, values[k]) : m;
            }
            return m;
        }
    }
}
