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

    /** Checkpoint: the rows observed so far (the columns are the run's, made again on resume). */
    public void writeState(java.io.DataOutput out) throws java.io.IOException {
        out.writeInt(columns.size());
        out.writeInt(rows);
        org.senesim.StateIo.write(out, java.util.Arrays.copyOf(day, rows));
        org.senesim.StateIo.write(out, java.util.Arrays.copyOf(age, rows));
        for (double[] v : values) {
            org.senesim.StateIo.write(out, java.util.Arrays.copyOf(v, rows));
        }
    }

    /** Replaces this (empty) series' rows with those {@link #writeState} wrote. */
    public void readState(java.io.DataInput in) throws java.io.IOException {
        int c = in.readInt();
        if (c != columns.size()) {
            throw new org.senesim.StateIo.MismatchException("a time series of " + c + " columns where "
                    + columns.size() + " were expected");
        }
        int n = org.senesim.StateIo.count(in, Integer.MAX_VALUE / 2);
        int capacity = Math.max(64, n);
        day = java.util.Arrays.copyOf(readRows(in, n), capacity);
        age = java.util.Arrays.copyOf(readRows(in, n), capacity);
        for (int k = 0; k < values.length; k++) {
            values[k] = java.util.Arrays.copyOf(readRows(in, n), capacity);
        }
        rows = n;
    }

    private static double[] readRows(java.io.DataInput in, int n) throws java.io.IOException {
        double[] a = new double[n];
        org.senesim.StateIo.read(in, a);
        return a;
    }
}
