package org.senesim.intervention;

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

    /** Tissue quantities, in report order. */
    private static final List<Quantity> TISSUE = List.of(
            new Quantity("collagen", "Collagen (1 = young)", Category.VISIBLE, true),
            new Quantity("elastin_intact", "Intact elastin (1 = young)", Category.VISIBLE, true),
            new Quantity("elastin_integrity", "Elastin integrity (recoil)", Category.VISIBLE, true),
            new Quantity("hyaluronan", "Hyaluronic acid (1 = young)", Category.VISIBLE, false),
            new Quantity("epidermal_thickness", "Epidermal thickness (1 = full)", Category.VISIBLE, false),
            new Quantity("senescent_fraction", "Senescent fibroblasts", Category.BIOLOGICAL, true),
            new Quantity("senescent_fraction_papillary", "Senescent fibroblasts, papillary", Category.BIOLOGICAL, false),
            new Quantity("sasp_mean", "SASP in the dermis", Category.BIOLOGICAL, false),
            new Quantity("igf1_response", "Basal units answering UVB correctly", Category.BIOLOGICAL, false),
            new Quantity("actinic_keratoses", "Actinic keratoses per 100 cm2", Category.BIOLOGICAL, true),
            new Quantity("carcinoma_cumulative", "Carcinomas since start per 100 cm2", Category.BIOLOGICAL, true));

    /** Organism quantities shown in the console table when present. */
    private static final List<String> ORGANISM_HEADLINES = List.of("burden_liver", "burden_muscle", "burden_brain",
            "burden_total", "frailty_index");
    /** Organism columns that repeat a tissue quantity or are inputs rather than outcomes. */
    private static final List<String> ORGANISM_SKIPPED = List.of("skin_senescent_fraction", "immune_capacity");

    /**
     * A difference table row: one quantity at one age, every arm's value and its difference from the
     * reference arm.
     *
     * @param quantity  the quantity
     * @param unit      its unit (from the time series)
     * @param ageYears  the age
     * @param values    value per arm, in arm order (NaN when the age is outside the run)
     * @param reference index of the reference arm
     */
    public record Row(Quantity quantity, String unit, double ageYears, double[] values, int reference) {

        /** Arm value minus reference value. */
        public double difference(int arm) {
            return values[arm] - values[reference];
        }

        /** Difference relative to the reference value (NaN when the reference is 0). */
        public double relative(int arm) {
            double ref = values[reference];
            return ref == 0 ? Double.NaN : difference(arm) / Math.abs(ref);
        }
    }

    private Headlines() {
    }

    /** The quantities a time series carries, tissue first, then any organism outcome columns. */
    public static List<Quantity> quantities(TimeSeries series) {
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : TISSUE) {
            if (series.indexOf(q.id()) >= 0) {
                out.add(q);
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
     * The difference table: for every quantity and age, each arm's value.
     *
     * @param series    one time series per arm, all with the same observation days
     * @param ages      ages to compare at
     * @param reference index of the reference arm
     */
    public static List<Row> table(List<TimeSeries> series, List<Double> ages, int reference) {
        TimeSeries ref = series.get(reference);
        List<Row> rows = new ArrayList<>();
        for (Quantity q : quantities(ref)) {
            String unit = ref.columns().get(ref.indexOf(q.id())).unit();
            for (double age : ages) {
                double[] values = new double[series.size()];
                for (int a = 0; a < series.size(); a++) {
                    TimeSeries s = series.get(a);
                    int col = s.indexOf(q.id());
                    values[a] = col < 0 ? Double.NaN : valueAt(s, col, age);
                }
                rows.add(new Row(q, unit, age, values, reference));
            }
        }
        return rows;
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
