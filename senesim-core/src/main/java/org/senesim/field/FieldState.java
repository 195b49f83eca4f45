package org.senesim.field;

import org.senesim.StateIo;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A {@link SteadyField}'s state for a checkpoint: its voxel source and value, the field-grid source
 * last solved (which decides whether tomorrow's solve is skipped) and the field-grid values. The
 * rest of the field is geometry or per-solve scratch, rebuilt by the constructor.
 */
public final class FieldState {

    private FieldState() {
    }

    public static void write(DataOutput out, SteadyField f) throws IOException {
        StateIo.write(out, f.source);
        StateIo.write(out, f.value);
        StateIo.write(out, f.fieldSource);
        StateIo.write(out, f.solvedSource);
        StateIo.writeNullable(out, f.fieldValue);
        out.writeBoolean(f.solvedOnce);
        out.writeLong(f.solves);
        out.writeLong(f.skips);
    }

    public static void read(DataInput in, SteadyField f) throws IOException {
        StateIo.read(in, f.source);
        StateIo.read(in, f.value);
        StateIo.read(in, f.fieldSource);
        StateIo.read(in, f.solvedSource);
        float[] values = StateIo.readNullable(in, f.fieldValue == null ? -2 : f.fieldValue.length);
        if ((values == null) != (f.fieldValue == null)) {
            throw new StateIo.MismatchException("field values for another field-grid coarsening");
        }
        if (values != null) {
            System.arraycopy(values, 0, f.fieldValue, 0, values.length);
        }
        f.solvedOnce = in.readBoolean();
        f.solves = in.readLong();
        f.skips = in.readLong();
    }
}
