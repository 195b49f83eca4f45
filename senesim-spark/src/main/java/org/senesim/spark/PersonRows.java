package org.senesim.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.senesim.trial.design.Endpoint;
import org.senesim.trial.population.Participant;
import org.senesim.trial.results.PersonTableSchema;
import org.senesim.trial.simulate.UnitRecord;

/**
 * The person table (docs/trials.md) as Spark rows: the schema comes from {@link PersonTableSchema},
 * and a record becomes the row {@code DuckDbWriter.append} would write (NaN as NULL; the event
 * column NULL for a threshold endpoint crossed before enrolment). The CI test compares the two
 * row by row.
 */
final class PersonRows {

    private PersonRows() {
    }

    static StructType schema(List<Endpoint> endpoints) {
        List<StructField> fields = new ArrayList<>();
        for (String[] c : PersonTableSchema.columns(endpoints)) {
            fields.add(DataTypes.createStructField(c[0], type(c[1]), true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(String sql) {
        return switch (sql) {
            case "BIGINT" -> DataTypes.LongType;
            case "INTEGER" -> DataTypes.IntegerType;
            case "DOUBLE" -> DataTypes.DoubleType;
            case "BOOLEAN" -> DataTypes.BooleanType;
            case "VARCHAR" -> DataTypes.StringType;
            default -> throw new IllegalArgumentException("no Spark type for SQL type " + sql);
        };
    }

    static Row row(UnitRecord r, List<String> armNames, List<Endpoint> endpoints) {
        Participant p = r.unit().person();
        List<Object> v = new ArrayList<>(PersonTableSchema.FIXED.length + 2 * endpoints.size());
        v.add(p.id());
        v.add(armNames.get(r.unit().arm()));
        v.add(r.unit().arm());
        v.add(r.unit().site());
        v.add(r.unit().stratum());
        v.add(p.sex().toString());
        v.add(r.enrolmentAge());
        v.add(p.fitzpatrick());
        v.add(p.latitudeDegrees());
        v.add(p.outdoorHoursPerDay());
        v.add(p.smokingPacksPerDay());
        v.add(p.alcoholDrinksPerWeek());
        v.add(p.diet().id());
        v.add(r.followUpYears());
        v.add(r.lost());
        v.add(nullable(r.deathAge()));
        v.add(r.deathCause());
        for (int e = 0; e < endpoints.size(); e++) {
            double t = r.times()[e];
            v.add(nullable(t));
            if (endpoints.get(e).timeToEvent()) {
                v.add(Double.isNaN(t) ? null : r.events()[e]);
            }
        }
        return RowFactory.create(v.toArray());
    }

    private static Double nullable(double x) {
        return Double.isNaN(x) ? null : x;
    }
}
