package org.senesim.tissue;

import org.senesim.field.FieldState;
import org.senesim.field.Interpolation;
import org.senesim.field.LatticeGeometry;
import org.senesim.field.SteadyField;
import org.senesim.lattice.Lattice;
import org.senesim.parallel.Workers;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A diffusing signal of the patch (SASP or growth factor) in the units the tissue rules use:
 * a reference cell secretes {@link #referenceSource()} per day, so a uniform field equals the
 * number of secreting reference cells per voxel ("secreting-cell equivalents per voxel"). The
 * quasi-steady solve itself is {@link SteadyField}'s.
 */
public final class SignalField {

    private final SteadyField field;
    private final float referenceSource;

    /**
     * @param diffusivityUm2PerS diffusivity D, µm²/s
     * @param rangeUm            signalling range √(D/k), µm (sets the decay rate k)
     * @param coarsening         requested field-grid coarsening; the largest factor not above it
     *                           that divides the lattice is used
     * @param resolveTolerance   relative source change below which yesterday's field is kept
     */
    public SignalField(Lattice lattice, double diffusivityUm2PerS, double rangeUm, int coarsening,
                       double resolveTolerance) {
        double decayPerSecond = diffusivityUm2PerS / (rangeUm * rangeUm);
        LatticeGeometry geometry = new LatticeGeometry(lattice.nx(), lattice.ny(), lattice.nz(), lattice.voxelUm());
        int factor = dividingFactor(lattice, coarsening);
        this.field = new SteadyField(geometry, diffusivityUm2PerS, decayPerSecond,
                new SteadyField.Options(factor, Interpolation.LINEAR, resolveTolerance));
        double h = lattice.voxelUm();
        // Steady state holds Σ c·h³ = Σ s / (k·86 400): a source of k·86 400·h³ per cell per day
        // makes the field, summed over voxels, equal the number of secreting cells, so a uniform
        // field equals the density of secreting cells per voxel.
        this.referenceSource = (float) (decayPerSecond * SteadyField.SECONDS_PER_DAY * h * h * h);
    }

    /** Largest factor ≤ requested that divides every lattice axis longer than one voxel. */
    static int dividingFactor(Lattice lattice, int requested) {
        for (int f = Math.max(1, requested); f > 1; f--) {
            if (lattice.nx() % f == 0 && (lattice.ny() == 1 || lattice.ny() % f == 0) && lattice.nz() % f == 0) {
                return f;
            }
        }
        return 1;
    }

    /** Amount per voxel per day; write before {@link #solve}. */
    public float[] source() {
        return field.source();
    }

    /** Field in secreting-cell equivalents per voxel, as of the last solve. */
    public float[] value() {
        return field.value();
    }

    /** Source of one reference secreting cell, per day. */
    public float referenceSource() {
        return referenceSource;
    }

    public int coarsening() {
        return field.options().coarsening();
    }

    public void solve(Workers workers) {
        field.solve(workers);
    }

    /**
     * Solves several fields together: on small lattices one field is not worth splitting over
     * threads, but two fields side by side are.
     */
    public static void solveAll(Workers workers, SignalField... fields) {
        SteadyField[] raw = new SteadyField[fields.length];
        for (int i = 0; i < fields.length; i++) {
            raw[i] = fields[i].field;
        }
        SteadyField.solveAll(workers, raw);
    }

    /** Solves and skips so far (a skip keeps yesterday's field when the source barely changed). */
    public long solveCount() {
        return field.solveCount();
    }

    public long skipCount() {
        return field.skipCount();
    }

    /** Checkpoint: see {@link FieldState}. */
    void writeState(DataOutput out) throws IOException {
        FieldState.write(out, field);
    }

    void readState(DataInput in) throws IOException {
        FieldState.read(in, field);
    }
}
