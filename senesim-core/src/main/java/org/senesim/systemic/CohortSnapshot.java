package org.senesim.systemic;

import java.util.Arrays;

/**
 * Everyone's observations at one age: {@code values[column][person]}, columns as in
 * {@link OrganismColumns#ALL}, NaN for people already dead.
 */
public final class CohortSnapshot {

    private final double ageYears;
    private final double[][] values;

    CohortSnapshot(double ageYears, double[][] values) {
        this.ageYears = ageYears;
        this.values = values;
    }

    public double ageYears() {
        return ageYears;
    }

    /** Values of one column for every person (NaN for the dead), a copy. */
    public double[] column(String id) {
        return values[index(id)].clone();
    }

    /** Median of a column over the living (NaN if nobody is alive). */
    public double median(String id) {
        return quantile(id, 0.5);
    }

    /** Quantile (linear interpolation) of a column over the living. */
    public double quantile(String id, double q) {
        double[] v = Arrays.stream(values[index(id)]).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        double pos = q * (v.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (pos - lo) * (v[hi] - v[lo]);
    }

    /** Mean of a column over the living. */
    public double mean(String id) {
        return Arrays.stream(values[index(id)]).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN);
    }

    /** Number of people alive at this age. */
    public int alive() {
        return (int) Arrays.stream(values[OrganismColumns.BURDEN_TOTAL]).filter(d -> !Double.isNaN(d)).count();
    }

    private static int index(String id) {
        return OrganismColumns.index(id);
    }
}
