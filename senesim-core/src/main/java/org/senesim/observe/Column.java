package org.senesim.observe;

/**
 * One observed quantity of a time series.
 *
 * @param id          machine name, used as the CSV header (snake_case)
 * @param label       human label for charts and tables
 * @param unit        unit symbol ({@code 1} for dimensionless, {@code %} for percent)
 * @param group       chart group: columns of one group share a chart (e.g. "Senescence", "Matrix")
 */
public record Column(String id, String label, String unit, String group) {
}
