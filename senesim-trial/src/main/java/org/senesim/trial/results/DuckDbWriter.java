package org.senesim.trial.results;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.senesim.trial.design.Endpoint;
import org.senesim.trial.design.Trial;
import org.senesim.trial.population.Participant;
import org.senesim.trial.simulate.UnitRecord;

/**
 * Streams person records into an embedded DuckDB file through its appender (rows go to disk as
 * they come; nothing holds all people), with the trial's key facts in a {@code trial} table and
 * the participant flow in {@code flow}. {@link #exportParquet} copies the person table to Parquet.
 */
public final class DuckDbWriter implements AutoCloseable {

    private final Connection connection;
    private final DuckDBAppender appender;
    private final List<Endpoint> endpoints;
    private final List<String> armNames;

    public DuckDbWriter(Path file, Trial trial) throws SQLException {
        this.connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        this.endpoints = trial.endpoints();
        this.armNames = trial.arms().stream().map(a -> a.name()).toList();
        try (Statement s = connection.createStatement()) {
            s.execute(PersonTableSchema.createTable("person", endpoints));
            s.execute("CREATE TABLE flow (stage VARCHAR, arm VARCHAR, units BIGINT, stage_order INTEGER)");
            s.execute("CREATE TABLE trial (key VARCHAR, value VARCHAR)");
        }
        this.appender = ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "person");
    }

    public void append(UnitRecord r) throws SQLException {
        Participant p = r.unit().person();
        appender.beginRow();
        appender.append(p.id());
        appender.append(armNames.get(r.unit().arm()));
        appender.append(r.unit().arm());
        appender.append(r.unit().site());
        appender.append(r.unit().stratum());
        appender.append(p.sex().toString());
        appender.append(r.enrolmentAge());
        appender.append(p.fitzpatrick());
        appender.append(p.latitudeDegrees());
        appender.append(p.outdoorHoursPerDay());
        appender.append(p.smokingPacksPerDay());
        appender.append(p.alcoholDrinksPerWeek());
        appender.append(p.diet().id());
        appender.append(r.followUpYears());
        appender.append(r.lost());
        nullable(r.deathAge());
        if (r.deathCause() == null) {
            appender.appendNull();
        } else {
            appender.append(r.deathCause());
        }
        for (int e = 0; e < endpoints.size(); e++) {
            nullable(r.times()[e]);
            if (endpoints.get(e).timeToEvent()) {
                if (Double.isNaN(r.times()[e])) {
                    appender.appendNull();   // not at risk: over the threshold at enrolment
                } else {
                    appender.append(r.events()[e]);
                }
            }
        }
        appender.endRow();
    }

    private void nullable(double v) throws SQLException {
        if (Double.isNaN(v)) {
            appender.appendNull();
        } else {
            appender.append(v);
        }
    }

    /**
     * Fills the person table from records another engine wrote (a table function such as
     * {@code read_parquet(...)} holding the person table's columns by name), in person, arm and
     * site order, so the table is row for row what {@link #append} would have written.
     */
    public void importPersons(String relation) throws SQLException {
        appender.flush();
        StringBuilder cols = new StringBuilder();
        for (String[] c : PersonTableSchema.columns(endpoints)) {
            cols.append(cols.length() == 0 ? "" : ", ").append(c[0]).append("::").append(c[1]);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO person SELECT " + cols + " FROM " + relation + " ORDER BY person_id, arm_index, site");
        }
    }

    /** Writes the participant flow: stage → arm → units ("" arm for stages before allocation). */
    public void flow(List<Object[]> rows) throws SQLException {
        appender.flush();
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO flow VALUES (?, ?, ?, ?)")) {
            for (Object[] r : rows) {
                ps.setString(1, (String) r[0]);
                ps.setString(2, (String) r[1]);
                ps.setLong(3, (Long) r[2]);
                ps.setInt(4, (Integer) r[3]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public void facts(Map<String, String> facts) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO trial VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : facts.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Copies the person table, ordered by person, arm and site, to a Parquet file. */
    public void exportParquet(Path file) throws SQLException {
        appender.flush();
        try (Statement s = connection.createStatement()) {
            s.execute("COPY (SELECT * FROM person ORDER BY person_id, arm_index, site) TO '"
                    + file.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT parquet)");
        }
    }

    /** The open connection (after {@link #flushRows}), for the analysis to read back what was written. */
    public Connection connection() {
        return connection;
    }

    public void flushRows() throws SQLException {
        appender.flush();
    }

    @Override
    public void close() throws SQLException {
        try {
            appender.close();
        } finally {
            connection.close();
        }
    }
}
