package org.senesim;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Flat primitive arrays in and out of a checkpoint (docs/outputs.md, "Checkpoints"). Each array is
 * its length followed by its values, big-endian as {@link DataOutput} writes them; a reader fills an
 * array the model has already made at its own size and refuses one of another length, so a
 * checkpoint of another patch can never be read into this one. No object graphs: every component
 * writes its own state field by field ({@code writeState}/{@code readState}).
 */
public final class StateIo {

    private StateIo() {
    }

    /** A checkpoint that does not fit what is reading it (another patch size, another layout). */
    public static final class MismatchException extends IOException {
        public MismatchException(String message) {
            super(message);
        }
    }

    public static void write(DataOutput out, float[] a) throws IOException {
        out.writeInt(a.length);
        for (float v : a) {
            out.writeFloat(v);
        }
    }

    public static void write(DataOutput out, double[] a) throws IOException {
        out.writeInt(a.length);
        for (double v : a) {
            out.writeDouble(v);
        }
    }

    public static void write(DataOutput out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) {
            out.writeInt(v);
        }
    }

    public static void write(DataOutput out, long[] a) throws IOException {
        out.writeInt(a.length);
        for (long v : a) {
            out.writeLong(v);
        }
    }

    public static void write(DataOutput out, byte[] a) throws IOException {
        out.writeInt(a.length);
        out.write(a);
    }

    public static void read(DataInput in, float[] into) throws IOException {
        length(in, into.length);
        for (int i = 0; i < into.length; i++) {
            into[i] = in.readFloat();
        }
    }

    public static void read(DataInput in, double[] into) throws IOException {
        length(in, into.length);
        for (int i = 0; i < into.length; i++) {
            into[i] = in.readDouble();
        }
    }

    public static void read(DataInput in, int[] into) throws IOException {
        length(in, into.length);
        for (int i = 0; i < into.length; i++) {
            into[i] = in.readInt();
        }
    }

    public static void read(DataInput in, byte[] into) throws IOException {
        length(in, into.length);
        in.readFully(into);
    }

    /** An array whose length the checkpoint decides (a growing list), at most {@code max} long. */
    public static int[] readInts(DataInput in, int max) throws IOException {
        int[] a = new int[lengthUpTo(in, max)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readInt();
        }
        return a;
    }

    public static long[] readLongs(DataInput in, int max) throws IOException {
        long[] a = new long[lengthUpTo(in, max)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readLong();
        }
        return a;
    }

    public static double[] readDoubles(DataInput in, int max) throws IOException {
        double[] a = new double[lengthUpTo(in, max)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readDouble();
        }
        return a;
    }

    public static float[] readFloats(DataInput in, int max) throws IOException {
        float[] a = new float[lengthUpTo(in, max)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readFloat();
        }
        return a;
    }

    /** A float array that may be absent (written as length -1). */
    public static void writeNullable(DataOutput out, float[] a) throws IOException {
        if (a == null) {
            out.writeInt(-1);
        } else {
            write(out, a);
        }
    }

    /** Reads what {@link #writeNullable} wrote: null, or an array of exactly {@code size}. */
    public static float[] readNullable(DataInput in, int size) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n != size) {
            throw new MismatchException("an array of " + n + " values where " + size + " were expected");
        }
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = in.readFloat();
        }
        return a;
    }

    /** A count read from a checkpoint, checked against what can be true. */
    public static int count(DataInput in, int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new MismatchException("a count of " + n + " where 0 to " + max + " was expected");
        }
        return n;
    }

    private static void length(DataInput in, int expected) throws IOException {
        int n = in.readInt();
        if (n != expected) {
            throw new MismatchException("an array of " + n + " values where " + expected + " were expected");
        }
    }

    private static int lengthUpTo(DataInput in, int max) throws IOException {
        return count(in, max);
    }

    /** Marks the start of a component's state, so that a checkpoint read out of step fails at once, by name. */
    public static void section(DataOutput out, String name) throws IOException {
        out.writeUTF(name);
    }

    /** Reads a mark written by {@link #section} and checks it is {@code name}. */
    public static void expectSection(DataInput in, String name) throws IOException {
        String found;
        try {
            found = in.readUTF();
        } catch (IOException e) {
            found = "unreadable data";
        }
        if (!found.equals(name)) {
            throw new MismatchException("the state of '" + name + "' was expected, found '"
                    + (found.length() > 40 ? found.substring(0, 40) + "..." : found) + "'");
        }
    }
}
