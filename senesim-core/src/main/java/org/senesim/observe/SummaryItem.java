package org.senesim.observe;

/**
 * One headline number of a run, for summary.json and the report's summary table.
 *
 * @param id          machine name (snake_case)
 * @param label       human label
 * @param value       the number (NaN when not defined, e.g. age at death of a survivor)
 * @param unit        unit symbol
 * @param description one sentence on what it means
 */
public record SummaryItem(String id, String label, double value, String unit, String description) {
}
