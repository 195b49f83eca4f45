package org.senesim.report.compare;

import org.senesim.run.Headlines;
import org.senesim.report.Counts;

import java.util.List;

/** How a difference table's quantity reads ({@link Counts}), judged on all its values in the table. */
public final class RowCounts {

    private RowCounts() {
    }

    /** How a row's quantity reads, judged on every value of that quantity in {@code rows} (all arms and ages). */
    public static Counts of(Headlines.Row row, List<Headlines.Row> rows) {
        double largest = 0;
        for (Headlines.Row r : rows) {
            if (r.quantity().equals(row.quantity())) {
                for (double v : r.values()) {
                    if (!Double.isNaN(v)) {
                        largest = Math.max(largest, Math.abs(v));
                    }
                }
            }
        }
        return Counts.of(row.unit(), largest);
    }
}
