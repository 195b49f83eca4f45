package org.senesim.systemic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Survival and hazard of a simulated cohort from its ages at death (NaN for survivors, who are
 * censored at {@code endAge}): life-table hazards per age band and the Gompertz fit of their
 * logarithm.
 */
public final class MortalityTable {

    /**
     * One age band: deaths, person-years at risk and the hazard {@code deaths / personYears}.
     */
    public record Band(double fromAge, double toAge, int deaths, double personYears) {
        public double hazard() {
            return personYears > 0 ? deaths / personYears : Double.NaN;
        }
    }

    private final double[] deathAges;
    private final double startAge;
    private final double endAge;

    /**
     * @param deathAges ages at death, NaN for people alive at {@code endAge}
     * @param startAge  age at which everyone entered
     * @param endAge    end of follow-up
     */
    public MortalityTable(double[] deathAges, double startAge, double endAge) {
        this.deathAges = deathAges.clone();
        this.startAge = startAge;
        this.endAge = endAge;
    }

    /** Fraction of the cohort alive at an age. */
    public double survival(double age) {
        long alive = Arrays.stream(deathAges).filter(d -> Double.isNaN(d) || d > age).count();
        return (double) alive / deathAges.length;
    }

    /** Median age at death (NaN if fewer than half died). */
    public double medianDeathAge() {
        double[] sorted = Arrays.stream(deathAges).map(d -> Double.isNaN(d) ? Double.POSITIVE_INFINITY : d)
                .sorted().toArray();
        double m = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : 0.5 * (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]);
        return Double.isInfinite(m) ? Double.NaN : m;
    }

    /** Hazards in consecutive bands of {@code width} years from {@code from} to {@code to}. */
    public List<Band> bands(double from, double to, double width) {
        List<Band> out = new ArrayList<>();
        for (double lo = from; lo < to - 1e-9; lo += width) {
            double hi = Math.min(to, lo + width);
            int deaths = 0;
            double py = 0;
            for (double d : deathAges) {
                double exit = Double.isNaN(d) ? endAge : d;
                double enter = startAge;
                double a = Math.max(lo, enter);
                double b = Math.min(hi, exit);
                if (b > a) {
                    py += b - a;
                }
                if (!Double.isNaN(d) && d >= lo && d < hi) {
                    deaths++;
                }
            }
            out.add(new Band(lo, hi, deaths, py));
        }
        return out;
    }

    /**
     * Gompertz slope: weighted least-squares slope of ln(hazard) against band mid-age, weights the
     * death counts (the inverse variance of a log Poisson rate), over bands with at least
     * {@code minDeaths} deaths. Per year.
     */
    public static double gompertzSlope(List<Band> bands, int minDeaths) {
        double sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (Band b : bands) {
            if (b.deaths() < minDeaths) {
                continue;
            }
            double w = b.deaths();
            double x = 0.5 * (b.fromAge() + b.toAge());
            double y = Math.log(b.hazard());
            sw += w;
            sx += w * x;
            sy += w * y;
            sxx += w * x * x;
            sxy += w * x * y;
        }
        double den = sw * sxx - sx * sx;
        return den > 0 ? (sw * sxy - sx * sy) / den : Double.NaN;
    }
}
