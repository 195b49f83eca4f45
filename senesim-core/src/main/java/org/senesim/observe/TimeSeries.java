package org.senesim.observe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A table of observations over time: one row per observation day, one column per quantity.
 * Stored column-major in growable primitive arrays so that a 60-year daily series costs no boxing.
 * The first two implicit columns are the simulated day and the age in years.
 */
public final class TimeSeries {

    private final List<Column> columns;
    private double[] day = new double[64];
    private double[] age = new double[64];
    private double[][] values;
    private int rows;

    public TimeSeries(List<Column> columns) {
        this.columns = Collections.unmodifiableList(new ArrayList<>(columns));
        this.values = new double[columns.size()][64];
    }

    /** Appends one observation; {@code row} must hold one value per column, in column order. */
    public void append(double simulatedDay, double ageYears, double[] row) {
        if (row.length != columns.size()) {
            throw new IllegalArgumentException("row has " + row.length + " values, series has "
                    + columns.size() + " columns");
        }
        if (rows == day.length) {
            int n = rows * 2;
            day = Arrays.copyOf(day, n);
            age = Arrays.copyOf(age, n);
            for (int c = 0; c < values.length; c++) {
                values[c] = Arrays.copyOf(values[c], n);
            }
        }
        day[rows] = simulatedDay;
        age[rows] = ageYears;
        for (int c = 0; c < row.length; c++) {
            values[c][rows] = row[c];
        }
        rows++;
    }

    public List<Column> columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public double day(int row) {
        return day[row];
    }

    public double age(int row) {
        return age[row];
    }

    public double value(int row, int column) {
        return values[column][row];
    }

    /** Index of a column by id, or -1. */
    public int indexOf(String columnId) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(columnId)) {
                return i;
            }
        }
        return -1;
    }

    /** A copy of one column's values. */
    public double[] column(int column) {
        return Arrays.copyOf(values[column], rows);
    }

    /** A copy of the ages of all rows. */
    public double[] ages() {
        return Arrays.copyOf(age, rows);
    }

    /** The last value of a column, or NaN for an empty series. */
    public double last(int column) {
        return rows == 0 ? Double.NaN : values[column][rows - 1];
    }
}
