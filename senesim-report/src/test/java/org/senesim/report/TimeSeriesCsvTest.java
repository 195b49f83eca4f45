package org.senesim.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senesim.observe.Column;
import org.senesim.observe.TimeSeries;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeSeriesCsvTest {

    @TempDir
    Path dir;

    private static final double[] AWKWARD = {
        1.0 / 3, 0.1, -0.0, 0, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE, -Math.PI * 1e20,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2e23, 123456789012345678.0, 5e-324,
    };

    @Test
    void roundTripIsBitExactAndKeepsColumnMetadata() throws IOException {
        List<Column> columns = List.of(
                new Column("a", "Label, with comma", "%", "Group \"one\""),
                new Column("b", "Plain", "1", ""),
                new Column("c", " padded ", "µm", "Group \"one\""));
        TimeSeries ts = new TimeSeries(columns);
        for (int r = 0; r < AWKWARD.length; r++) {
            ts.append(r, 25 + r / 365.25, new double[] {AWKWARD[r], AWKWARD[(r + 5) % AWKWARD.length], r * 0.1});
        }
        Path out = dir.resolve("run");
        try (RunFolder f = RunFolder.create(out, false)) {
            TimeSeriesCsv.write(f, ts);
            f.commit();
        }
        TimeSeries back = TimeSeriesCsv.read(out.resolve(RunFiles.TIMESERIES), out.resolve(RunFiles.TIMESERIES_COLUMNS));
        assertThat(back.columns()).isEqualTo(columns);
        assertThat(back.rows()).isEqualTo(ts.rows());
        for (int r = 0; r < ts.rows(); r++) {
            assertThat(bits(back.day(r))).isEqualTo(bits(ts.day(r)));
            assertThat(bits(back.age(r))).isEqualTo(bits(ts.age(r)));
            for (int c = 0; c < columns.size(); c++) {
                assertThat(bits(back.value(r, c))).as("row %d column %d", r, c).isEqualTo(bits(ts.value(r, c)));
            }
        }
    }

    @Test
    void headerIsDayAgeAndIdsAndColumnsFileDescribesEveryColumn() throws IOException {
        TimeSeries ts = new TimeSeries(List.of(new Column("collagen_rel", "Collagen", "1", "Matrix")));
        ts.append(0, 25, new double[] {1});
        ts.append(365, 26, new double[] {0.99});
        StringWriter values = new StringWriter();
        TimeSeriesCsv.writeValues(ts, values);
        assertThat(values.toString()).isEqualTo("day,age_years,collagen_rel\n0,25,1\n365,26,0.99\n");
        StringWriter cols = new StringWriter();
        TimeSeriesCsv.writeColumns(ts.columns(), cols);
        assertThat(cols.toString()).isEqualTo("id,label,unit,group\n"
                + "day,Simulated day,day,\nage_years,Age,year,\ncollagen_rel,Collagen,1,Matrix\n");
    }

    @Test
    void sameSeriesGivesSameBytes() throws IOException {
        TimeSeries ts = Samples.sixtyYearsDaily();
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        TimeSeriesCsv.writeValues(ts, a);
        TimeSeriesCsv.writeValues(ts, b);
        assertThat(a.toString()).isEqualTo(b.toString());
        assertThat(a.toString().lines().count()).isEqualTo(ts.rows() + 1L);
    }

    @Test
    void duplicateOrReservedIdsAreRejected() {
        TimeSeries dup = new TimeSeries(List.of(new Column("x", "X", "1", ""), new Column("x", "X2", "1", "")));
        assertThatThrownBy(() -> TimeSeriesCsv.writeValues(dup, new StringWriter()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x' is used twice");
        TimeSeries reserved = new TimeSeries(List.of(new Column("day", "Day", "d", "")));
        assertThatThrownBy(() -> TimeSeriesCsv.writeValues(reserved, new StringWriter()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reserved");
    }

    @Test
    void readRejectsAColumnWithoutDescription() throws IOException {
        Path values = dir.resolve("v.csv");
        Path cols = dir.resolve("c.csv");
        Files.writeString(values, "day,age_years,mystery\n0,25,1\n");
        Files.writeString(cols, "id,label,unit,group\nday,Simulated day,day,\nage_years,Age,year,\n");
        assertThatThrownBy(() -> TimeSeriesCsv.read(values, cols)).hasMessageContaining("mystery");
    }

    private static long bits(double v) {
        return Double.doubleToRawLongBits(v);
    }
}
