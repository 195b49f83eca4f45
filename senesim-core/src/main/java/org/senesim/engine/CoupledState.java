package org.senesim.engine;

import org.senesim.StateIo;
import org.senesim.observe.Snapshot;
import org.senesim.observe.TimeSeries;
import org.senesim.systemic.OrganismSimulation;
import org.senesim.tissue.DailyHook;
import org.senesim.tissue.TissuePatch;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The state of a coupled run at the start of a day, as {@link TissueSimulation} checkpoints it: the
 * day, the patch, the organism, each hook (a protocol's progress), what the observers have
 * accumulated (the time series so far, the first row, the snapshots taken) and the next scenario
 * experiment. Random streams need no state of their own: every draw is keyed by (seed, stream, day
 * or step, cell), so the restored day and step counters are their positions.
 */
final class CoupledState {

    /** What a read gives back besides the objects it filled. */
    record Restored(long day, double[] first, int nextExperiment) {
    }

    private CoupledState() {
    }

    static void write(DataOutput out, long day, TissuePatch patch, OrganismSimulation body, List<DailyHook> hooks,
                      TimeSeries series, List<Snapshot> snapshots, double[] first, int nextExperiment) throws IOException {
        StateIo.section(out, "run");
        out.writeLong(day);
        out.writeInt(nextExperiment);
        out.writeBoolean(first != null);
        if (first != null) {
            StateIo.write(out, first);
        }
        patch.writeState(out);
        body.writeState(out);
        StateIo.section(out, "hooks");
        out.writeInt(hooks.size());
        for (DailyHook h : hooks) {
            h.writeState(out);
        }
        StateIo.section(out, "observers");
        series.writeState(out);
        out.writeInt(snapshots.size());
        for (Snapshot s : snapshots) {
            out.writeDouble(s.simulatedDay());
            out.writeDouble(s.ageYears());
            StateIo.write(out, new int[] {s.nx(), s.ny(), s.nz()});
            out.writeDouble(s.voxelMicrometres());
            out.writeInt(s.arrays().size());
            for (Map.Entry<String, float[]> e : s.arrays().entrySet()) {
                out.writeUTF(e.getKey());
                StateIo.write(out, e.getValue());
            }
        }
        StateIo.section(out, "end");
    }

    static Restored read(DataInput in, TissuePatch patch, OrganismSimulation body, List<DailyHook> hooks,
                         TimeSeries series, List<Snapshot> snapshots, int columns) throws IOException {
        StateIo.expectSection(in, "run");
        long day = in.readLong();
        int nextExperiment = in.readInt();
        double[] first = null;
        if (in.readBoolean()) {
            first = new double[columns];
            StateIo.read(in, first);
        }
        patch.readState(in);
        body.readState(in);
        if (patch.day() != day || body.stepIndex() != day) {
            throw new StateIo.MismatchException("a patch on day " + patch.day() + " and an organism on step "
                    + body.stepIndex() + " in a checkpoint of day " + day);
        }
        StateIo.expectSection(in, "hooks");
        int n = in.readInt();
        if (n != hooks.size()) {
            throw new StateIo.MismatchException(n + " protocol hooks where " + hooks.size() + " were expected");
        }
        for (DailyHook h : hooks) {
            h.readState(in);
        }
        StateIo.expectSection(in, "observers");
        series.readState(in);
        int count = StateIo.count(in, 1 << 16);
        int voxels = patch.lattice().size();
        for (int k = 0; k < count; k++) {
            double simulatedDay = in.readDouble();
            double age = in.readDouble();
            int[] dims = new int[3];
            StateIo.read(in, dims);
            Snapshot s = new Snapshot(simulatedDay, age, dims[0], dims[1], dims[2], in.readDouble());
            int arrays = StateIo.count(in, 1 << 10);
            for (int a = 0; a < arrays; a++) {
                String name = in.readUTF();
                s.put(name, StateIo.readFloats(in, voxels));
            }
            snapshots.add(s);
        }
        StateIo.expectSection(in, "end");
        return new Restored(day, first, nextExperiment);
    }
}
