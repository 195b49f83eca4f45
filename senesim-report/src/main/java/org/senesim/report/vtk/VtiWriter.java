package org.senesim.report.vtk;

import org.senesim.observe.Snapshot;
import org.senesim.report.Numbers;
import org.senesim.report.RunFiles;
import org.senesim.report.RunFolder;
import org.senesim.report.html.Html;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link Snapshot} as VTK XML image data ({@code .vti}), which ParaView, VisIt and the
 * VTK libraries open directly.
 *
 * <p>The grid has nx × ny × nz cells of edge {@code voxelMicrometres}, origin 0, so coordinates are
 * in µm; z is depth below the top of the dermis (it grows into the tissue). Each snapshot array is
 * one {@code Float32} cell-data array, inline, in VTK's {@code binary} format: base64 of a UInt64
 * little-endian byte count followed by the little-endian floats, encoded as one stream (as VTK's
 * own reader expects for uncompressed data). Field data hold {@code TimeValue} (age in years) and
 * {@code day}.
 */
public final class VtiWriter {

    private static final int CHUNK_FLOATS = 1 << 14;

    private VtiWriter() {
    }

    /** The file name of a snapshot inside a run folder: {@code snapshots/day-000365.vti}. */
    public static String fileName(Snapshot s) {
        long day = Math.round(s.simulatedDay());
        return RunFiles.SNAPSHOT_DIR + "/day-" + String.format(Locale.ROOT, "%06d", day) + ".vti";
    }

    /**
     * Writes the snapshot into the run folder under {@link #fileName}.
     *
     * @return the file name used, relative to the run folder
     */
    public static String write(RunFolder folder, Snapshot s) throws IOException {
        String name = fileName(s);
        folder.writeBinary(name, out -> write(s, out));
        return name;
    }

    /** Writes the snapshot as a {@code .vti} document; the stream is left open. */
    public static void write(Snapshot s, OutputStream out) throws IOException {
        if (s.arrays().isEmpty()) {
            throw new IllegalArgumentException("snapshot at day " + s.simulatedDay() + " has no arrays to write");
        }
        String extent = "0 " + s.nx() + " 0 " + s.ny() + " 0 " + s.nz();
        String h = Numbers.exact(s.voxelMicrometres());
        StringBuilder head = new StringBuilder(512);
        head.append("<?xml version=\"1.0\"?>\n")
                .append("<VTKFile type=\"ImageData\" version=\"1.0\" byte_order=\"LittleEndian\" header_type=\"UInt64\">\n")
                .append("  <ImageData WholeExtent=\"").append(extent).append("\" Origin=\"0 0 0\" Spacing=\"")
                .append(h).append(' ').append(h).append(' ').append(h).append("\">\n")
                .append("    <FieldData>\n")
                .append(fieldValue("TimeValue", s.ageYears()))
                .append(fieldValue("day", s.simulatedDay()))
                .append("    </FieldData>\n")
                .append("    <Piece Extent=\"").append(extent).append("\">\n")
                .append("      <PointData>\n      </PointData>\n")
                .append("      <CellData Scalars=\"").append(Html.escape(s.arrays().keySet().iterator().next()))
                .append("\">\n");
        ascii(out, head);
        for (Map.Entry<String, float[]> e : s.arrays().entrySet()) {
            float[] data = e.getValue();
            StringBuilder open = new StringBuilder(256);
            open.append("        <DataArray type=\"Float32\" Name=\"").append(Html.escape(e.getKey()))
                    .append("\" NumberOfComponents=\"1\" format=\"binary\"");
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (float f : data) {
                if (Float.isFinite(f)) {
                    min = Math.min(min, f);
                    max = Math.max(max, f);
                }
            }
            if (min <= max) {
                open.append(" RangeMin=\"").append(Numbers.exact(min)).append("\" RangeMax=\"")
                        .append(Numbers.exact(max)).append('"');
            }
            open.append(">\n          ");
            ascii(out, open);
            writeBase64(data, out);
            ascii(out, "\n        </DataArray>\n");
        }
        ascii(out, "      </CellData>\n    </Piece>\n  </ImageData>\n</VTKFile>\n");
        out.flush();
    }

    private static String fieldValue(String name, double v) {
        return "      <DataArray type=\"Float64\" Name=\"" + name + "\" NumberOfTuples=\"1\" format=\"ascii\">"
                + (Double.isFinite(v) ? Numbers.exact(v) : "0") + "</DataArray>\n";
    }

    /** Base64 of (UInt64 byte count, floats), little-endian, as one stream. */
    private static void writeBase64(float[] data, OutputStream out) throws IOException {
        OutputStream b64 = Base64.getEncoder().wrap(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
        ByteBuffer buf = ByteBuffer.allocate(8 + 4 * CHUNK_FLOATS).order(ByteOrder.LITTLE_ENDIAN);
        buf.putLong(4L * data.length);
        for (int from = 0; from < data.length; from += CHUNK_FLOATS) {
            int to = Math.min(data.length, from + CHUNK_FLOATS);
            for (int i = from; i < to; i++) {
                buf.putFloat(data[i]);
            }
            b64.write(buf.array(), 0, buf.position());
            buf.clear();
        }
        if (buf.position() > 0) {
            b64.write(buf.array(), 0, buf.position());
        }
        b64.close();
    }

    private static void ascii(OutputStream out, CharSequence s) throws IOException {
        out.write(s.toString().getBytes(StandardCharsets.UTF_8));
    }
}
