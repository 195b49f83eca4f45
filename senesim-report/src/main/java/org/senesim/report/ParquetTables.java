package org.senesim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Parquet copies of the CSV tables a command writes, made by an in-memory DuckDB (the same engine
 * the trials write their person tables with), so that every table a user may want in pandas,
 * Arrow, R or Spark also comes in a typed, columnar file. Column types are DuckDB's reading of
 * the CSV; the rows keep the CSV's order.
 */
public final class ParquetTables {

    private ParquetTables() {
    }

    /** Writes {@code parquet} holding the rows of {@code csv} (a header line, comma-separated). */
    public static void fromCsv(Path csv, Path parquet) throws IOException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM read_csv(" + literal(csv) + ", header = true, auto_detect = true, sample_size = -1)) TO "
                    + literal(parquet) + " (FORMAT parquet)");
        } catch (SQLException e) {
            throw new IOException("cannot write " + parquet.getFileName() + " from " + csv.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
