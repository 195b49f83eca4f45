package org.senesim.trial.results;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One endpoint's columns read back from a person table (a DuckDB table, or Parquet through
 * {@code read_parquet('...')}): primitive arrays in person, arm, site order. The analysis reads
 * only these, so it does not care who wrote the records.
 */
public record EndpointData(long[] person, int[] arm, double[] time, boolean[] event, boolean[] present) {

    /**
     * @param relation a table name or a table function such as {@code read_parquet('x.parquet')}
     * @param column   the time or value column; {@code eventColumn} may be null for value endpoints
     */
    public static EndpointData read(Connection c, String relation, String column, String eventColumn) throws SQLException {
        int n;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + relation)) {
            rs.next();
            n = (int) rs.getLong(1);
        }
        long[] person = new long[n];
        int[] arm = new int[n];
        double[] time = new double[n];
        boolean[] event = new boolean[n];
        boolean[] present = new boolean[n];
        String sql = "SELECT person_id, arm_index, " + column + ", " + (eventColumn == null ? "false" : eventColumn)
                + " FROM " + relation + " ORDER BY person_id, arm_index, site";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int i = 0;
            while (rs.next()) {
                person[i] = rs.getLong(1);
                arm[i] = rs.getInt(2);
                time[i] = rs.getDouble(3);
                present[i] = !rs.wasNull();
                event[i] = rs.getBoolean(4);
                i++;
            }
        }
        return new EndpointData(person, arm, time, event, present);
    }

    /** Indices of the rows of arms a or b that hold a value. */
    public int[] rows(int a, int b) {
        int k = 0;
        for (int i = 0; i < arm.length; i++) {
            if ((arm[i] == a || arm[i] == b) && present[i]) {
                k++;
            }
        }
        int[] idx = new int[k];
        k = 0;
        for (int i = 0; i < arm.length; i++) {
            if ((arm[i] == a || arm[i] == b) && present[i]) {
                idx[k++] = i;
            }
        }
        return idx;
    }
}
