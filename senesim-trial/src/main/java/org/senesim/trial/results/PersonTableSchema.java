package org.senesim.trial.results;

import java.util.ArrayList;
import java.util.List;
import org.senesim.trial.design.Endpoint;

/**
 * The person table: one row per unit (a person in an arm; two rows per person in a split-body or
 * counterfactual trial). Fixed columns first, then two columns per time-to-event endpoint
 * ({@code <id>_years}, {@code <id>_event}) and one per value endpoint ({@code <id>}). Documented in
 * docs/trials.md; whoever writes the records (this module, or a Spark job writing Parquet) uses
 * this schema, and the analysis reads only it.
 */
public final class PersonTableSchema {

    /** Fixed columns and their SQL types, in table order. */
    public static final String[][] FIXED = {
        {"person_id", "BIGINT"},
        {"arm", "VARCHAR"},
        {"arm_index", "INTEGER"},
        {"site", "VARCHAR"},
        {"stratum", "VARCHAR"},
        {"sex", "VARCHAR"},
        {"age_enrolment", "DOUBLE"},
        {"fitzpatrick", "INTEGER"},
        {"latitude", "DOUBLE"},
        {"outdoor_hours", "DOUBLE"},
        {"smoking_packs", "DOUBLE"},
        {"alcohol_drinks", "DOUBLE"},
        {"diet", "VARCHAR"},
        {"follow_up_years", "DOUBLE"},
        {"lost", "BOOLEAN"},
        {"death_age", "DOUBLE"},
        {"death_cause", "VARCHAR"},
    };

    private PersonTableSchema() {
    }

    /** All columns of a trial's person table: name and SQL type. */
    public static List<String[]> columns(List<Endpoint> endpoints) {
        List<String[]> cols = new ArrayList<>(List.of(FIXED));
        for (Endpoint e : endpoints) {
            if (e.timeToEvent()) {
                cols.add(new String[] {e.id() + "_years", "DOUBLE"});
                cols.add(new String[] {e.id() + "_event", "BOOLEAN"});
            } else {
                cols.add(new String[] {e.id(), "DOUBLE"});
            }
        }
        return cols;
    }

    public static String createTable(String table, List<Endpoint> endpoints) {
        StringBuilder b = new StringBuilder("CREATE TABLE ").append(table).append(" (");
        List<String[]> cols = columns(endpoints);
        for (int i = 0; i < cols.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(cols.get(i)[0]).append(' ').append(cols.get(i)[1]);
        }
        return b.append(')').toString();
    }
}
