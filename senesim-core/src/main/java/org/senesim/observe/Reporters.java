package org.senesim.observe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The time-series columns of an observer as named reporters (Mesa's {@code DataCollector}): each
 * column carries the function that reads its value off the observed state, so a row is made column by
 * column by name, and no value is matched to its column by its place in an array. The order of the
 * columns is the order they were added in; it decides only the order of the row, never what a column
 * holds.
 *
 * @param <S> what a row is read from (a patch, a mean-field skin, or one pass over it)
 */
public final class Reporters<S> {

    /** One column and how to read it. */
    public record Reporter<S>(Column column, ToDoubleFunction<S> read) {
    }

    private final List<Reporter<S>> reporters;
    private final List<Column> columns;

    private Reporters(List<Reporter<S>> reporters) {
        this.reporters = List.copyOf(reporters);
        List<Column> c = new ArrayList<>();
        for (Reporter<S> r : reporters) {
            c.add(r.column());
        }
        this.columns = Collections.unmodifiableList(c);
    }

    /** Starts an empty list of reporters. */
    public static <S> Builder<S> builder() {
        return new Builder<>();
    }

    /**
     * Reporters for columns defined elsewhere (another observer's, so two observers give the same
     * columns): each column is read by the function named by its id. A column without a function, or a
     * function without a column, is a programming error, named.
     */
    public static <S> Reporters<S> forColumns(List<Column> columns, Map<String, ToDoubleFunction<S>> byId) {
        Map<String, ToDoubleFunction<S>> left = new HashMap<>(byId);
        List<Reporter<S>> out = new ArrayList<>();
        for (Column c : columns) {
            ToDoubleFunction<S> f = left.remove(c.id());
            if (f == null) {
                throw new IllegalArgumentException("no reporter for column '" + c.id() + "'");
            }
            out.add(new Reporter<>(c, f));
        }
        if (!left.isEmpty()) {
            throw new IllegalArgumentException("reporters for unknown columns " + left.keySet());
        }
        return new Reporters<>(out);
    }

    /** The columns, in row order. */
    public List<Column> columns() {
        return columns;
    }

    /** One row: every reporter's value for {@code state}, in column order. */
    public double[] row(S state) {
        double[] row = new double[reporters.size()];
        fill(state, row);
        return row;
    }

    /** Writes every reporter's value for {@code state} into {@code row} (length: the column count), in column order. */
    public void fill(S state, double[] row) {
        if (row.length != reporters.size()) {
            throw new IllegalArgumentException("row of " + row.length + " values for " + reporters.size() + " columns");
        }
        for (int i = 0; i < row.length; i++) {
            row[i] = reporters.get(i).read().applyAsDouble(state);
        }
    }

    /** Adds reporters one column at a time; ids must be unique. */
    public static final class Builder<S> {
        private final Map<String, Reporter<S>> byId = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder<S> add(String id, String label, String unit, String group, ToDoubleFunction<S> read) {
            if (byId.putIfAbsent(id, new Reporter<>(new Column(id, label, unit, group), read)) != null) {
                throw new IllegalArgumentException("two reporters for column '" + id + "'");
            }
            return this;
        }

        public Reporters<S> build() {
            return new Reporters<>(new ArrayList<>(byId.values()));
        }
    }
}
