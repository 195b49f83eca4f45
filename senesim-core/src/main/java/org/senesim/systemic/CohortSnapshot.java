package org.senesim.systemic;

import java.util.Arrays;
import java.util.List;

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

    /** The snapshots of a cohort's blocks (same age), joined in person order. */
    public static CohortSnapshot concat(List<CohortSnapshot> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int columns = parts.get(0).values.length;
        int people = 0;
        for (CohortSnapshot s : parts) {
            people += s.values[0].length;
        }
        double[][] v = new double[columns][people];
        int at = 0;
        for (CohortSnapshot s : parts) {
            int n = s.values[0].length;
            for (int c = 0; c < columns; c++) {
                System.arraycopy(s.values[c], 0, v[c], at, n);
            }
            at += n;
        }
        return new CohortSnapshot(parts.get(0).ageYears, v);
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
