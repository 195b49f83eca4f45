package org.senesim.report.vtk;

import org.senesim.observe.Snapshot;
import org.senesim.report.Numbers;
import org.senesim.report.RunFiles;
import org.senesim.report.RunFolder;
import org.senesim.report.html.Html;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The snapshots of a run as {@code .vti} files plus a ParaView collection ({@code snapshots.pvd})
 * that lists them with the age in years as time, so ParaView opens them as one animation. Each
 * snapshot is written as soon as it is added, so the caller need not keep them in memory.
 *
 * <pre>{@code
 * VtkSnapshots vtk = new VtkSnapshots(folder);
 * for (Snapshot s : snapshots) vtk.add(s);
 * vtk.writeCollection();
 * }</pre>
 */
public final class VtkSnapshots {

    private record Entry(double ageYears, String file) {
    }

    private final RunFolder folder;
    private final List<Entry> entries = new ArrayList<>();

    public VtkSnapshots(RunFolder folder) {
        this.folder = folder;
    }

    /**
     * Writes one snapshot ({@link VtiWriter#fileName}).
     *
     * @return its file name relative to the run folder
     */
    public synchronized String add(Snapshot s) throws IOException {
        String name = VtiWriter.fileName(s);
        for (Entry e : entries) {
            if (e.file().equals(name)) {
                throw new IllegalArgumentException("a snapshot of day " + Math.round(s.simulatedDay())
                        + " was already written");
            }
        }
        VtiWriter.write(folder, s);
        entries.add(new Entry(s.ageYears(), name));
        return name;
    }

    /** The files written so far, relative to the run folder. */
    public synchronized List<String> files() {
        return entries.stream().map(Entry::file).toList();
    }

    /** Writes {@link RunFiles#SNAPSHOT_COLLECTION}; does nothing when no snapshot was added. */
    public synchronized void writeCollection() throws IOException {
        if (entries.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\"?>\n<VTKFile type=\"Collection\" version=\"0.1\">\n  <Collection>\n");
        for (Entry e : entries) {
            sb.append("    <DataSet timestep=\"").append(Numbers.exact(e.ageYears()))
                    .append("\" group=\"\" part=\"0\" file=\"").append(Html.escape(e.file())).append("\"/>\n");
        }
        sb.append("  </Collection>\n</VTKFile>\n");
        folder.writeText(RunFiles.SNAPSHOT_COLLECTION, sb.toString());
    }
}
