package org.senesim.report.vtk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senesim.observe.Snapshot;
import org.senesim.report.RunFiles;
import org.senesim.report.RunFolder;
import org.senesim.report.Samples;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VtiWriterTest {

    @TempDir
    Path dir;

    @Test
    void roundTripKeepsExtentSpacingNamesAndEveryValue() throws Exception {
        Snapshot s = Samples.snapshot(7, 5, 9, 7305, 45);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VtiWriter.write(s, out);
        Document doc = parse(out.toByteArray());

        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("VTKFile");
        assertThat(root.getAttribute("type")).isEqualTo("ImageData");
        assertThat(root.getAttribute("byte_order")).isEqualTo("LittleEndian");
        assertThat(root.getAttribute("header_type")).isEqualTo("UInt64");
        Element image = (Element) root.getElementsByTagName("ImageData").item(0);
        assertThat(image.getAttribute("WholeExtent")).isEqualTo("0 7 0 5 0 9");
        assertThat(image.getAttribute("Spacing")).isEqualTo("20 20 20");
        assertThat(image.getAttribute("Origin")).isEqualTo("0 0 0");
        Element piece = (Element) image.getElementsByTagName("Piece").item(0);
        assertThat(piece.getAttribute("Extent")).isEqualTo("0 7 0 5 0 9");

        Map<String, float[]> arrays = cellArrays(doc);
        assertThat(arrays.keySet()).containsExactly("collagen", "senescent");
        for (Map.Entry<String, float[]> e : s.arrays().entrySet()) {
            float[] expected = e.getValue();
            float[] actual = arrays.get(e.getKey());
            assertThat(actual).hasSize(7 * 5 * 9);
            for (int i = 0; i < expected.length; i++) {
                assertThat(Float.floatToRawIntBits(actual[i])).as("%s[%d]", e.getKey(), i)
                        .isEqualTo(Float.floatToRawIntBits(expected[i]));
            }
        }
        // x fastest, z (depth) slowest: collagen grows with depth only
        float[] collagen = arrays.get("collagen");
        assertThat(collagen[0]).isEqualTo(0.4f);
        assertThat(collagen[(8 * 5 + 2) * 7 + 6]).isEqualTo(1.0f);
        assertThat(Float.isNaN(arrays.get("senescent")[(3 * 5 + 1) * 7])).isTrue();

        Map<String, String> field = new LinkedHashMap<>();
        NodeList fd = ((Element) image.getElementsByTagName("FieldData").item(0)).getElementsByTagName("DataArray");
        for (int i = 0; i < fd.getLength(); i++) {
            Element a = (Element) fd.item(i);
            field.put(a.getAttribute("Name"), a.getTextContent().trim());
        }
        assertThat(field).containsEntry("TimeValue", "45").containsEntry("day", "7305");
    }

    @Test
    void snapshotsGoIntoTheRunFolderWithACollection() throws Exception {
        Path out = dir.resolve("run");
        try (RunFolder f = RunFolder.create(out, false)) {
            VtkSnapshots vtk = new VtkSnapshots(f);
            assertThat(vtk.add(Samples.snapshot(4, 1, 6, 0, 25))).isEqualTo("snapshots/day-000000.vti");
            assertThat(vtk.add(Samples.snapshot(4, 1, 6, 3652.5, 35))).isEqualTo("snapshots/day-003653.vti");
            vtk.writeCollection();
            f.commit();
        }
        assertThat(out.resolve("snapshots/day-000000.vti")).exists();
        Document pvd = parse(Files.readAllBytes(out.resolve(RunFiles.SNAPSHOT_COLLECTION)));
        NodeList sets = pvd.getElementsByTagName("DataSet");
        assertThat(sets.getLength()).isEqualTo(2);
        assertThat(((Element) sets.item(1)).getAttribute("timestep")).isEqualTo("35");
        assertThat(((Element) sets.item(1)).getAttribute("file")).isEqualTo("snapshots/day-003653.vti");
        try (InputStream in = Files.newInputStream(out.resolve("snapshots/day-003653.vti"))) {
            Document vti = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            assertThat(cellArrays(vti).get("collagen")).hasSize(24);
        }
    }

    private static Document parse(byte[] xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
    }

    /** Decodes every cell array: base64 of a UInt64 byte count and little-endian floats. */
    private static Map<String, float[]> cellArrays(Document doc) {
        Map<String, float[]> arrays = new LinkedHashMap<>();
        Element cellData = (Element) doc.getElementsByTagName("CellData").item(0);
        NodeList list = cellData.getElementsByTagName("DataArray");
        for (int i = 0; i < list.getLength(); i++) {
            Element a = (Element) list.item(i);
            assertThat(a.getAttribute("type")).isEqualTo("Float32");
            assertThat(a.getAttribute("format")).isEqualTo("binary");
            byte[] raw = Base64.getDecoder().decode(a.getTextContent().trim());
            ByteBuffer buf = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
            long bytes = buf.getLong();
            assertThat(bytes).isEqualTo(raw.length - 8L);
            float[] v = new float[(int) (bytes / 4)];
            for (int k = 0; k < v.length; k++) {
                v[k] = buf.getFloat();
            }
            arrays.put(a.getAttribute("Name"), v);
        }
        return arrays;
    }
}
