package org.senesim.observe;

import java.util.List;

/**
 * Finding a column by its id. Every reader of a row names the column it wants, so adding, removing
 * or reordering columns cannot silently shift what a reader gets (no {@code size() - 3}).
 */
public final class Columns {

    private Columns() {
    }

    /** Position of the column {@code id} in {@code columns}; an unknown id is a programming error, named. */
    public static int indexOf(List<Column> columns, String id) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column '" + id + "' among " + columns.stream().map(Column::id).toList());
    }
}
