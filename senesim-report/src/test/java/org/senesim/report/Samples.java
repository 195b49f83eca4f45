package org.senesim.report;

import org.senesim.observe.Column;
import org.senesim.observe.Snapshot;
import org.senesim.observe.SummaryItem;
import org.senesim.observe.TimeSeries;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/** Synthetic but realistic-looking run outputs for the writer tests. */
public final class Samples {

    public static final int SPIKE_ROW = 12_345;

    private Samples() {
    }

    /** 60 years of daily rows from age 25, three groups, one column label with markup in it. */
    public static TimeSeries sixtyYearsDaily() {
        List<Column> columns = List.of(
                new Column("senescent_fraction", "Senescent fibroblasts", "%", "Senescence"),
                new Column("sasp_blood", "Blood SASP <relative> & \"scaled\"", "1", "Senescence"),
                new Column("collagen_rel", "Collagen", "1", "Matrix"),
                new Column("elastin_rel", "Intact elastin", "1", "Matrix"),
                new Column("grip_kg", "Grip strength", "kg", "Function"));
        TimeSeries ts = new TimeSeries(columns);
        SplittableRandom rnd = new SplittableRandom(7);
        int days = (int) Math.round(60 * 365.25);
        double[] row = new double[columns.size()];
        for (int d = 0; d <= days; d++) {
            double age = 25 + d / 365.25;
            double t = age - 25;
            row[0] = 2 + 0.004 * t * t + 0.2 * rnd.nextDouble();
            row[1] = 1 + 0.05 * t + (d == SPIKE_ROW ? 5 : 0);
            row[2] = Math.exp(-t / 70.0);
            row[3] = Math.exp(-t / 120.0);
            row[4] = age < 50 ? 51 : 51 - 0.59 * (age - 50);
            ts.append(d, age, row);
        }
        return ts;
    }

    public static List<SummaryItem> summary() {
        return List.of(
                new SummaryItem("senescent_fraction_end", "Senescent fibroblasts at 85", 16.123456, "%",
                        "Share of dermal fibroblasts that are senescent at the end of the run."),
                new SummaryItem("collagen_end", "Collagen at 85 <vs 25>", 0.4241, "1",
                        "Dermal collagen relative to age 25."),
                new SummaryItem("age_at_death", "Age at death", Double.NaN, "year",
                        "Not defined: the person survived the run."),
                new SummaryItem("ak_count", "Actinic keratoses", 3, "1/100 cm²", "Per 100 cm² of skin."));
    }

    /** A 3D snapshot: depth gradient, a senescent cluster, and NaN for empty voxels. */
    public static Snapshot snapshot(int nx, int ny, int nz, double day, double age) {
        Snapshot s = new Snapshot(day, age, nx, ny, nz, 20);
        float[] collagen = new float[nx * ny * nz];
        float[] senescent = new float[nx * ny * nz];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int i = (z * ny + y) * nx + x;
                    collagen[i] = (float) (0.4 + 0.6 * z / Math.max(1, nz - 1));
                    double r = Math.hypot(x - nx / 3.0, z - nz / 4.0);
                    senescent[i] = r < 6 ? 1f : 0f;
                    if (x == 0 && z % 7 == 3) {
                        senescent[i] = Float.NaN;
                    }
                }
            }
        }
        return s.put("collagen", collagen).put("senescent", senescent);
    }

    public static Provenance provenance() {
        return Provenance.builder().scenario("baseline <test>", "examples/baseline.yaml").seed(42).threads(4)
                .start(Instant.parse("2026-11-22T10:15:30Z")).end(Instant.parse("2026-11-22T10:17:45.5Z"))
                .commandLine("run", "examples/baseline.yaml", "--out", "runs/baseline").build();
    }
}
