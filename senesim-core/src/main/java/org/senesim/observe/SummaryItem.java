package org.senesim.observe;

/**
 * One headline number of a run, for summary.json and the report's summary table.
 *
 * @param id          machine name (snake_case)
 * @param label       human label
 * @param value       the number (NaN when not defined, e.g. age at death of a survivor)
 * @param unit        unit symbol, or {@link #CATEGORY} for a code that names a category
 * @param description one sentence on what it means
 */
public record SummaryItem(String id, String label, double value, String unit, String description) {

    /** Unit of an item whose value is a category code (e.g. the cause of death), not a quantity. */
    public static final String CATEGORY = "category";

    /** Whether the value is a category code: it has no mean or percentiles. */
    public boolean categorical() {
        return CATEGORY.equals(unit);
    }
}
