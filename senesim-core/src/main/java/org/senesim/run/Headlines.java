package org.senesim.run;

import org.senesim.observe.Column;
import org.senesim.observe.TimeSeries;
import org.senesim.systemic.OrganismColumns;

import java.util.ArrayList;
import java.util.List;

/**
 * What a comparison reports: the quantities that matter, split into the <b>visible</b> benefit
 * (collagen, elastin, recoil, what a mirror shows) and the <b>biological</b> one (senescent burden,
 * actinic keratoses and carcinoma, distant organs, frailty), and their differences between arms at
 * chosen ages. Organism columns appear as soon as a run's time series carries them.
 */
public final class Headlines {

    /** Visible or biological benefit. */
    public enum Category {
        VISIBLE("Visible"),
        BIOLOGICAL("Biological");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A reported quantity.
     *
     * @param id       column id in the time series
     * @param label    short label for tables
     * @param category visible or biological
     * @param headline whether the console's short table shows it
     */
    public record Quantity(String id, String label, Category category, boolean headline) {
    }

    /**
     * Tissue quantities, in report order, with their category and whether the console shows them.
     * Their labels are the time series' own ({@link #quantities}): one quantity, one label, in the
     * charts, tables, console and summary alike.
     */
    private static final List<Pick> TISSUE = List.of(
            new Pick("collagen", Category.VISIBLE, true),
            new Pick("elastin_intact", Category.VISIBLE, true),
            new Pick("elastin_integrity", Category.VISIBLE, true),
            new Pick("hyaluronan", Category.VISIBLE, false),
            new Pick("epidermal_thickness", Category.VISIBLE, false),
            new Pick("senescent_fraction", Category.BIOLOGICAL, true),
            new Pick("senescent_fraction_papillary", Category.BIOLOGICAL, false),
            new Pick("sasp_mean", Category.BIOLOGICAL, false),
            new Pick("igf1_response", Category.BIOLOGICAL, false),
            new Pick("actinic_keratoses", Category.BIOLOGICAL, true),
            new Pick("carcinoma_cumulative", Category.BIOLOGICAL, true));

    private record Pick(String id, Category category, boolean headline) {
    }

    /** Organism quantities shown in the console table when present. */
    private static final List<String> ORGANISM_HEADLINES = List.of("burden_liver", "burden_muscle", "burden_brain",
            "frailty_index");
    /** Organism columns that repeat a tissue quantity or are inputs rather than outcomes. */
    private static final List<String> ORGANISM_SKIPPED = List.of("skin_senescent_fraction", "immune_capacity");

    /**
     * A difference table row: one quantity at one age, every arm's value (the mean over the
     * replicates that reached the age) and its difference from the reference arm, paired by seed
     * (each replicate's arms share one seed), with the spread of that difference over replicates.
     *
     * @param quantity       the quantity
     * @param unit           its unit (from the time series)
     * @param ageYears       the age
     * @param values         mean value per arm, in arm order (NaN when no replicate reached the age)
     * @param reference      index of the reference arm
     * @param differences    mean paired difference from the reference, per arm (NaN when no pair)
     * @param lowDifference  smallest paired difference over replicates, per arm
     * @param highDifference largest paired difference over replicates, per arm
     * @param sdDifference   standard deviation of the paired differences, per arm (NaN below two pairs)
     * @param pairs          per arm, how many replicates give a difference (both alive at this age)
     * @param replicates     number of replicates (seeds) run
     */
    public record Row(Quantity quantity, String unit, double ageYears, double[] values, int reference,
                      double[] differences, double[] lowDifference, double[] highDifference, double[] sdDifference,
                      int[] pairs, int replicates) {

        /** Mean paired difference of an arm from the reference. */
        public double difference(int arm) {
            return differences[arm];
        }

        /** The mean difference relative to the reference's mean value (NaN when that is 0). */
        public double relative(int arm) {
            double ref = values[reference];
            return ref == 0 ? Double.NaN : difference(arm) / Math.abs(ref);
        }

        /**
         * Whether the difference is within the model's run-to-run noise: with two or more seeds, a
         * 95% confidence interval of the mean paired difference (Student's t) that contains 0.
         * Always false for a single seed, where the noise cannot be told (see docs/interventions.md),
         * and when every seed gives the same difference (arms identical before their first treatment).
         */
        public boolean withinNoise(int arm) {
            int n = pairs[arm];
            if (arm == reference || n < 2 || !(sdDifference[arm] > 0)) {
                return false;
            }
            return Math.abs(differences[arm]) <= T975[Math.min(n - 1, T975.length - 1)] * sdDifference[arm] / Math.sqrt(n);
        }

        /**
         * True when several seeds were run but only one reached this age with both arms alive, so
         * the noise of this difference cannot be told.
         */
        public boolean oneSeedOnly(int arm) {
            return arm != reference && replicates > 1 && pairs[arm] == 1;
        }
    }

    /** Two-sided 95% quantiles of Student's t by degrees of freedom (index 0 unused); 1.96 beyond. */
    private static final double[] T975 = {Double.NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262,
        2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 1.96};

    private Headlines() {
    }

    /** The quantities a time series carries, tissue first, then any organism outcome columns. */
    public static List<Quantity> quantities(TimeSeries series) {
        List<Quantity> out = new ArrayList<>();
        for (Pick q : TISSUE) {
            int k = series.indexOf(q.id());
            if (k >= 0) {
                out.add(new Quantity(q.id(), series.columns().get(k).label(), q.category(), q.headline()));
            }
        }
        for (Column c : OrganismColumns.ALL) {
            if (series.indexOf(c.id()) >= 0 && !ORGANISM_SKIPPED.contains(c.id()) && !has(out, c.id())) {
                out.add(new Quantity(c.id(), c.label(), Category.BIOLOGICAL, ORGANISM_HEADLINES.contains(c.id())));
            }
        }
        return out;
    }

    private static boolean has(List<Quantity> list, String id) {
        return list.stream().anyMatch(q -> q.id().equals(id));
    }

    /**
     * The difference table of a single run per arm: for every quantity and age, each arm's value.
     *
     * @param series    one time series per arm, all with the same observation days
     * @param ages      ages to compare at
     * @param reference index of the reference arm
     */
    public static List<Row> table(List<TimeSeries> series, List<Double> ages, int reference) {
        return replicated(List.of(series), ages, reference);
    }

    /**
     * The difference table over replicates: {@code byReplicate.get(r).get(a)} is arm a's series in
     * replicate r (replicates differ by seed; the arms of one replicate share it).
     */
    public static List<Row> tableOfReplicates(List<List<TimeSeries>> byReplicate, List<Double> ages, int reference) {
        return replicated(byReplicate, ages, reference);
    }

    private static List<Row> replicated(List<List<TimeSeries>> byReplicate, List<Double> ages, int reference) {
        TimeSeries ref = byReplicate.get(0).get(reference);
        int arms = byReplicate.get(0).size();
        List<Row> rows = new ArrayList<>();
        for (Quantity q : quantities(ref)) {
            String unit = ref.columns().get(ref.indexOf(q.id())).unit();
            for (double age : ages) {
                // Each arm's mean over the seeds that reached this age; differences over the seeds in
                // which both the arm and the reference did (a run ends at the person's death).
                double[] sum = new double[arms];
                int[] count = new int[arms];
                double[] low = new double[arms];
                double[] high = new double[arms];
                int[] paired = new int[arms];
                double[] pairedSum = new double[arms];
                double[] pairedSquares = new double[arms];
                java.util.Arrays.fill(low, Double.POSITIVE_INFINITY);
                java.util.Arrays.fill(high, Double.NEGATIVE_INFINITY);
                for (List<TimeSeries> replicate : byReplicate) {
                    double refValue = value(replicate.get(reference), q.id(), age);
                    for (int a = 0; a < arms; a++) {
                        double v = value(replicate.get(a), q.id(), age);
                        if (Double.isNaN(v)) {
                            continue;
                        }
                        sum[a] += v;
                        count[a]++;
                        if (!Double.isNaN(refValue)) {
                            double d = v - refValue;
                            low[a] = Math.min(low[a], d);
                            high[a] = Math.max(high[a], d);
                            pairedSum[a] += d;
                            pairedSquares[a] += d * d;
                            paired[a]++;
                        }
                    }
                }
                double[] mean = new double[arms];
                double[] diff = new double[arms];
                double[] sd = new double[arms];
                for (int a = 0; a < arms; a++) {
                    mean[a] = count[a] == 0 ? Double.NaN : sum[a] / count[a];
                    diff[a] = paired[a] == 0 ? Double.NaN : pairedSum[a] / paired[a];
                    sd[a] = paired[a] < 2 ? Double.NaN
                            : Math.sqrt(Math.max(0.0, (pairedSquares[a] - paired[a] * diff[a] * diff[a]) / (paired[a] - 1)));
                    if (paired[a] == 0) {
                        low[a] = Double.NaN;
                        high[a] = Double.NaN;
                    }
                }
                rows.add(new Row(q, unit, age, mean, reference, diff, low, high, sd, paired, byReplicate.size()));
            }
        }
        return rows;
    }

    private static double value(TimeSeries s, String id, double age) {
        int col = s.indexOf(id);
        return col < 0 ? Double.NaN : valueAt(s, col, age);
    }

    /** The value of a column on the observation nearest to {@code age}; NaN outside the series. */
    public static double valueAt(TimeSeries s, int column, double age) {
        int n = s.rows();
        if (n == 0) {
            return Double.NaN;
        }
        double tolerance = n > 1 ? (s.age(n - 1) - s.age(0)) / (n - 1) : 0.0;
        if (age < s.age(0) - tolerance || age > s.age(n - 1) + tolerance) {
            return Double.NaN;
        }
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (s.age(mid) <= age) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        int best = Math.abs(s.age(hi) - age) < Math.abs(s.age(lo) - age) ? hi : lo;
        return s.value(best, column);
    }

    /**
     * Ages to compare at when nobody chose: every tenth birthday after the start and the end of the
     * run (at most five, the last ones kept).
     */
    public static List<Double> defaultAges(double startAge, double endAge) {
        List<Double> ages = new ArrayList<>();
        for (double a = Math.floor(startAge / 10) * 10 + 10; a < endAge - 0.5; a += 10) {
            ages.add(a);
        }
        ages.add(endAge);
        while (ages.size() > 5) {
            ages.remove(0);
        }
        return ages;
    }
}
