package org.senesim.report.chart;

/**
 * Which snapshot array to draw as a cross-section, and how.
 *
 * @param array the name of the array in the snapshot
 * @param label human label for the title and colour bar (the array name if null)
 * @param unit  unit symbol for the colour bar ({@code 1} for dimensionless)
 * @param min   value at the low end of the colour scale, or NaN for the array's minimum
 * @param max   value at the high end of the colour scale, or NaN for the array's maximum
 * @param categories names of the values 0, 1, 2… of a categorical array (drawn in distinct colours with a
 *                   legend, not on a colour bar), or empty for a continuous one
 */
public record ArrayView(String array, String label, String unit, double min, double max, java.util.List<String> categories) {

    public ArrayView {
        categories = categories == null ? java.util.List.of() : java.util.List.copyOf(categories);
        if (array == null || array.isBlank()) {
            throw new IllegalArgumentException("array name is missing");
        }
        if (!Double.isNaN(min) && !Double.isNaN(max) && !(max > min)) {
            throw new IllegalArgumentException("colour range of " + array + " must have max > min: " + min + ".." + max);
        }
    }

    /** The array with its name as label, no unit and an automatic colour range. */
    public static ArrayView of(String array) {
        return new ArrayView(array, null, null, Double.NaN, Double.NaN, null);
    }

    /** The array with a label and unit and an automatic colour range. */
    public static ArrayView of(String array, String label, String unit) {
        return new ArrayView(array, label, unit, Double.NaN, Double.NaN, null);
    }

    /** The same view with a fixed colour range (so that snapshots of different ages compare). */
    public ArrayView range(double lo, double hi) {
        return new ArrayView(array, label, unit, lo, hi, categories);
    }

    /** A categorical array: value k is {@code names[k]}, each drawn in its own colour. */
    public static ArrayView categorical(String array, String label, String... names) {
        return new ArrayView(array, label, null, 0, Math.max(1, names.length - 1), java.util.List.of(names));
    }

    /** Whether the array holds categories rather than amounts. */
    public boolean isCategorical() {
        return !categories.isEmpty();
    }

    /** The label, or the array name. */
    public String title() {
        return label == null || label.isBlank() ? array : label;
    }
}
