package org.senesim.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.senesim.observe.Column;
import org.senesim.observe.Snapshot;
import org.senesim.observe.TimeSeries;
import org.senesim.report.chart.CrossSection;
import org.senesim.run.ArmRun;
import org.senesim.scenario.Units;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A finished job's results as the browser draws them: every time series with each arm's mean over
 * seeds and the band from the lowest to the highest seed, the snapshots each arm took, and one
 * field of one snapshot as a vertical cut. The page never receives a path, only positions within
 * the job.
 */
final class ResultsJson {

    /** A field a cross-section can show: its snapshot array, label, unit and categories (empty: amounts). */
    record Field(String array, String label, String unit, List<String> categories) {
    }

    /** The snapshot arrays offered, fibroblast state first (as categories). */
    static final List<Field> FIELDS = List.of(
            new Field("cell_state", "Fibroblast state", "", List.of("empty", "healthy", "senescent")),
            new Field("sasp", "SASP", "cell-eq/voxel", List.of()),
            new Field("collagen", "Collagen", "1 = young", List.of()),
            new Field("elastin", "Elastin", "1 = young", List.of()),
            new Field("elastin_fragments", "Elastin fragments", "1 = young elastin", List.of()),
            new Field("hyaluronan", "Hyaluronan", "1 = young", List.of()),
            new Field("growth_factor", "Growth factor", "relative", List.of()),
            new Field("dna_damage", "DNA damage", "relative", List.of()),
            new Field("stem_cells", "Stem cells", "cells/voxel", List.of()));

    private static final JsonFactory JSON = new JsonFactory();

    private ResultsJson() {
    }

    static Field field(String array) {
        for (Field f : FIELDS) {
            if (f.array().equals(array)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Every column of the time series: x is age in years on the output grid; for each arm the mean
     * over seeds and (with more than one seed) the lowest and highest seed; null where no seed of the
     * arm is alive.
     */
    static byte[] series(Job job) {
        List<List<ArmRun>> runs = job.results();
        int reps = runs.size();
        int arms = runs.get(0).size();
        double every = Math.max(1, Math.round(job.scenario().outputs().everyDays()));
        double startAge = job.scenario().person().ageYears();
        int length = 0;
        for (List<ArmRun> rep : runs) {
            for (ArmRun r : rep) {
                TimeSeries s = r.result().series();
                length = Math.max(length, slot(s.day(s.rows() - 1), every) + 1);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("scenario", job.scenario().name());
            g.writeNumberField("replicates", reps);
            g.writeArrayFieldStart("arms");
            for (ArmRun r : runs.get(0)) {
                g.writeStartObject();
                g.writeStringField("name", r.arm().name());
                g.writeStringField("label", r.arm().label() == null ? r.arm().name() : r.arm().label());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("x");
            for (int i = 0; i < length; i++) {
                g.writeNumber((float) (startAge + i * every / Units.DAYS_PER_YEAR));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("columns");
            TimeSeries first = runs.get(0).get(0).result().series();
            for (Column c : first.columns()) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeStringField("label", c.label());
                g.writeStringField("unit", c.unit());
                g.writeStringField("group", c.group());
                g.writeArrayFieldStart("arms");
                for (int a = 0; a < arms; a++) {
                    double[][] v = new double[reps][];
                    for (int r = 0; r < reps; r++) {
                        v[r] = onGrid(runs.get(r).get(a).result().series(), c.id(), every, length);
                    }
                    g.writeStartObject();
                    writeStat(g, "mean", v, 0);
                    if (reps > 1) {
                        writeStat(g, "lo", v, -1);
                        writeStat(g, "hi", v, 1);
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Output row of a simulated day: the last row of a life cut short lands on the nearest grid slot. */
    private static int slot(double day, double every) {
        return (int) Math.round(day / every);
    }

    private static double[] onGrid(TimeSeries s, String column, double every, int length) {
        double[] v = new double[length];
        java.util.Arrays.fill(v, Double.NaN);
        int c = s.indexOf(column);
        if (c < 0) {
            return v;
        }
        for (int row = 0; row < s.rows(); row++) {
            int k = slot(s.day(row), every);
            if (k < length) {
                v[k] = s.value(row, c);
            }
        }
        return v;
    }

    /** kind 0: mean over the seeds with a value; -1: lowest; 1: highest. */
    private static void writeStat(JsonGenerator g, String name, double[][] v, int kind) throws IOException {
        g.writeArrayFieldStart(name);
        int length = v[0].length;
        for (int i = 0; i < length; i++) {
            double sum = 0;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            int n = 0;
            for (double[] rep : v) {
                double x = rep[i];
                if (Double.isFinite(x)) {
                    sum += x;
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                    n++;
                }
            }
            if (n == 0) {
                g.writeNull();
            } else {
                g.writeNumber((float) (kind == 0 ? sum / n : kind < 0 ? lo : hi));
            }
        }
        g.writeEndArray();
    }

    /** The snapshots of every arm (first seed), by age, and the fields a cut can show. */
    static byte[] snapshots(Job job) {
        List<ArmRun> arms = job.results().get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("arms");
            for (ArmRun r : arms) {
                g.writeStartObject();
                g.writeStringField("name", r.arm().name());
                g.writeArrayFieldStart("ages");
                for (Snapshot s : r.result().snapshots()) {
                    g.writeNumber(Math.round(s.ageYears() * 100) / 100.0);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("fields");
            for (Field f : FIELDS) {
                g.writeStartObject();
                g.writeStringField("id", f.array());
                g.writeStringField("label", f.label());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The vertical cut of one field of one snapshot (arm and snapshot by position), as
     * values[depth × width], with the field's colour range over every snapshot of the job so ages
     * and arms compare; null when the positions or the field are not the job's.
     */
    static byte[] slice(Job job, int arm, int index, String array) {
        Field f = field(array);
        List<ArmRun> arms = job.results().get(0);
        if (f == null || arm < 0 || arm >= arms.size()) {
            return null;
        }
        List<Snapshot> snaps = arms.get(arm).result().snapshots();
        if (index < 0 || index >= snaps.size() || !snaps.get(index).arrays().containsKey(array)) {
            return null;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ArmRun r : arms) {
            for (Snapshot s : r.result().snapshots()) {
                float[] d = s.arrays().get(array);
                if (d != null) {
                    for (float x : d) {
                        if (Float.isFinite(x)) {
                            lo = Math.min(lo, x);
                            hi = Math.max(hi, x);
                        }
                    }
                }
            }
        }
        if (!f.categories().isEmpty()) {
            lo = 0;
            hi = f.categories().size() - 1;
        }
        Snapshot s = snaps.get(index);
        CrossSection.Slice cut = CrossSection.slice(s, array);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("arm", arms.get(arm).arm().name());
            g.writeNumberField("age", Math.round(s.ageYears() * 100) / 100.0);
            g.writeStringField("field", f.array());
            g.writeStringField("label", f.label());
            g.writeStringField("unit", f.unit());
            g.writeArrayFieldStart("categories");
            for (String c : f.categories()) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeNumberField("width", cut.width());
            g.writeNumberField("depth", cut.depth());
            g.writeStringField("lateralAxis", cut.lateralAxis());
            g.writeNumberField("voxelUm", s.voxelMicrometres());
            g.writeNumberField("min", Double.isFinite(lo) ? lo : 0);
            g.writeNumberField("max", Double.isFinite(hi) && hi > lo ? hi : (Double.isFinite(lo) ? lo + 1 : 1));
            g.writeArrayFieldStart("values");
            for (float[] row : cut.values()) {
                for (float x : row) {
                    if (Float.isFinite(x)) {
                        g.writeNumber(x);
                    } else {
                        g.writeNull();
                    }
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
