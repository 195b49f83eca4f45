package org.senesim.report;

import org.senesim.observe.Column;
import org.senesim.observe.TimeSeries;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link TimeSeries} as two CSV files and reads them back.
 *
 * <ul>
 *   <li>{@link RunFiles#TIMESERIES}: header {@code day,age_years,<column ids>}, then one row per
 *       observation; numbers in the shortest form that reads back bit for bit
 *       ({@link Numbers#exact}), so equal runs give byte-equal files. No comments, no units in the
 *       header: any CSV reader takes it as it is.</li>
 *   <li>{@link RunFiles#TIMESERIES_COLUMNS}: header {@code id,label,unit,group}, one row per
 *       column of the first file in the same order, {@code day} and {@code age_years} included.</li>
 * </ul>
 */
public final class TimeSeriesCsv {

    /** Id of the first column: the simulated day (0 = start of the run). */
    public static final String DAY = "day";
    /** Id of the second column: the age of the simulated person in years. */
    public static final String AGE = "age_years";

    private static final Column DAY_COLUMN = new Column(DAY, "Simulated day", "day", "");
    private static final Column AGE_COLUMN = new Column(AGE, "Age", "year", "");
    private static final List<String> COLUMNS_HEADER = List.of("id", "label", "unit", "group");

    private TimeSeriesCsv() {
    }

    /** Writes {@link RunFiles#TIMESERIES} and {@link RunFiles#TIMESERIES_COLUMNS} into the run folder. */
    public static void write(RunFolder folder, TimeSeries series) throws IOException {
        checkIds(series.columns());
        folder.writeText(RunFiles.TIMESERIES, w -> writeValues(series, w));
        folder.writeText(RunFiles.TIMESERIES_COLUMNS, w -> writeColumns(series.columns(), w));
    }

    /** Writes the values file: header and one line per row. */
    public static void writeValues(TimeSeries series, Writer out) throws IOException {
        List<Column> columns = series.columns();
        checkIds(columns);
        List<String> header = new ArrayList<>(columns.size() + 2);
        header.add(DAY);
        header.add(AGE);
        for (Column c : columns) {
            header.add(c.id());
        }
        Csv.line(out, header);
        StringBuilder sb = new StringBuilder(256);
        for (int r = 0; r < series.rows(); r++) {
            sb.setLength(0);
            sb.append(Numbers.exact(series.day(r))).append(',').append(Numbers.exact(series.age(r)));
            for (int c = 0; c < columns.size(); c++) {
                sb.append(',').append(Numbers.exact(series.value(r, c)));
            }
            sb.append('\n');
            out.append(sb);
        }
    }

    /** Writes the column description file: {@code id,label,unit,group}. */
    public static void writeColumns(List<Column> columns, Writer out) throws IOException {
        Csv.line(out, COLUMNS_HEADER);
        List<Column> all = new ArrayList<>(columns.size() + 2);
        all.add(DAY_COLUMN);
        all.add(AGE_COLUMN);
        all.addAll(columns);
        for (Column c : all) {
            Csv.line(out, List.of(nz(c.id()), nz(c.label()), nz(c.unit()), nz(c.group())));
        }
    }

    /**
     * Reads a series back from the two files (the column file gives labels, units and groups).
     *
     * @throws IOException if the files are unreadable or disagree with each other
     */
    public static TimeSeries read(Path valuesCsv, Path columnsCsv) throws IOException {
        Map<String, Column> described = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(columnsCsv, StandardCharsets.UTF_8)) {
            Csv.RecordReader records = new Csv.RecordReader(in);
            List<String> header = records.next();
            if (header == null || !header.equals(COLUMNS_HEADER)) {
                throw new IOException(columnsCsv + ": header must be " + String.join(",", COLUMNS_HEADER));
            }
            List<String> rec;
            while ((rec = records.next()) != null) {
                if (rec.size() == 1 && rec.get(0).isEmpty()) {
                    continue;
                }
                if (rec.size() != 4) {
                    throw new IOException(columnsCsv + ":" + (records.line() - 1) + ": expected 4 fields, found " + rec.size());
                }
                described.put(rec.get(0), new Column(rec.get(0), rec.get(1), rec.get(2), rec.get(3)));
            }
        }
        try (Reader in = Files.newBufferedReader(valuesCsv, StandardCharsets.UTF_8)) {
            Csv.RecordReader records = new Csv.RecordReader(in);
            List<String> header = records.next();
            if (header == null || header.size() < 2 || !header.get(0).equals(DAY) || !header.get(1).equals(AGE)) {
                throw new IOException(valuesCsv + ": header must start with " + DAY + "," + AGE);
            }
            List<Column> columns = new ArrayList<>();
            for (String id : header.subList(2, header.size())) {
                Column c = described.get(id);
                if (c == null) {
                    throw new IOException(valuesCsv + ": column " + id + " is not described in " + columnsCsv);
                }
                columns.add(c);
            }
            TimeSeries series = new TimeSeries(columns);
            double[] row = new double[columns.size()];
            List<String> rec;
            while ((rec = records.next()) != null) {
                if (rec.size() == 1 && rec.get(0).isEmpty()) {
                    continue;
                }
                if (rec.size() != header.size()) {
                    throw new IOException(valuesCsv + ":" + (records.line() - 1) + ": expected " + header.size()
                            + " fields, found " + rec.size());
                }
                for (int c = 0; c < row.length; c++) {
                    row[c] = parse(rec.get(c + 2));
                }
                series.append(parse(rec.get(0)), parse(rec.get(1)), row);
            }
            return series;
        }
    }

    private static double parse(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static void checkIds(List<Column> columns) {
        Set<String> seen = new HashSet<>(List.of(DAY, AGE));
        for (Column c : columns) {
            if (c.id() == null || c.id().isBlank()) {
                throw new IllegalArgumentException("a time-series column has no id: " + c);
            }
            if (!seen.add(c.id())) {
                throw new IllegalArgumentException("time-series column id '" + c.id() + "' is used twice"
                        + (c.id().equals(DAY) || c.id().equals(AGE) ? " (it is reserved)" : ""));
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
