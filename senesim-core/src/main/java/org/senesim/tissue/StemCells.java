package org.senesim.tissue;

import org.senesim.StateIo;
import org.senesim.evidence.ParameterSet;
import org.senesim.lattice.CellState;
import org.senesim.lattice.Hazards;
import org.senesim.lattice.Lattice;
import org.senesim.random.CounterRandom;
import org.senesim.random.RandomStreams;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * Mesenchymal / adipose-derived stem cells as a small set of mobile agents (tens per mm³, so a
 * plain sequential loop costs nothing next to the dermis sweep).
 *
 * <p>Each day: the target number follows the age decline ({@code density·volume·2^(−(age−20)/halving)});
 * cells leave with probability 1/lifetime and new ones arrive from the subcutaneous niche (the
 * bottom layer) so the number tracks the target; each cell moves one voxel with some probability,
 * up the SASP gradient with probability {@code bias}, otherwise at random; then it kills or
 * reprograms each senescent fibroblast in its voxel or next to it, and secretes growth factor.
 * All of it rests on opinion-level sources (seeds/002) and is tiered so.
 */
public final class StemCells {

    private final Lattice lattice;
    private final double referenceAge;
    private final double densityYoung;
    private final double halvingYears;
    private final double leaveProbability;
    private final double moveProbability;
    private final double chemotaxisBias;
    private final double killProbability;
    private final double reprogramProbability;
    private final double secretion;
    private final double lifetimeDays;

    private int[] position = new int[16];
    private long[] id = new long[16];
    private int count;
    private long nextId;
    private int killedToday;
    private int reprogrammedToday;

    public StemCells(ParameterSet p, Lattice lattice) {
        this.lattice = lattice;
        this.referenceAge = p.get("tissue.reference_age");
        this.densityYoung = p.get("stem.density.young");
        this.halvingYears = p.get("stem.halving_age");
        this.lifetimeDays = p.get("stem.lifetime");
        this.leaveProbability = Hazards.probability(1.0 / lifetimeDays);
        this.moveProbability = p.get("stem.move_probability");
        this.chemotaxisBias = p.get("stem.chemotaxis_bias");
        this.killProbability = p.get("stem.kill_probability");
        this.reprogramProbability = p.get("stem.reprogram_probability");
        this.secretion = p.get("stem.growth_factor_secretion");
    }

    /** Expected stem cells in the patch at an age. */
    public double target(double ageYears) {
        double halvings = Math.max(0.0, ageYears - referenceAge) / halvingYears;
        return densityYoung * lattice.volumeMm3() * StrictMath.pow(2.0, -halvings);
    }

    /** Places the age-appropriate number of stem cells at random voxels. */
    public void seed(long seed, double ageYears) {
        long key = CounterRandom.key(seed, RandomStreams.STEM_CELL_WALK, -1);
        int n = CounterRandom.poisson(key, 0, 0, target(ageYears));
        for (int k = 0; k < n; k++) {
            add((int) (CounterRandom.uniform(key, k + 1, 0) * lattice.size()));
        }
    }

    /** Adds stem cells at given voxels (e.g. a local injection). */
    public void add(int voxel) {
        if (count == position.length) {
            position = Arrays.copyOf(position, count * 2);
            id = Arrays.copyOf(id, count * 2);
        }
        position[count] = voxel;
        id[count] = nextId++;
        count++;
    }

    /**
     * One day for all stem cells.
     *
     * @param gfSource      growth-factor source to add secretion to
     * @param sourcePerCell source of one reference secreting cell
     */
    public void step(long seed, long day, double ageYears, Dermis dermis, float[] sasp,
                     float[] gfSource, float sourcePerCell) {
        long key = CounterRandom.key(seed, RandomStreams.STEM_CELL_WALK, day);
        killedToday = 0;
        reprogrammedToday = 0;
        // Departures, keeping order so the survivors' sequence is deterministic.
        int kept = 0;
        for (int k = 0; k < count; k++) {
            if (CounterRandom.uniform(key, id[k], 0) >= leaveProbability) {
                position[kept] = position[k];
                id[kept] = id[k];
                kept++;
            }
        }
        count = kept;
        // Arrivals from the subcutaneous niche at the bottom layer.
        int arrivals = CounterRandom.poisson(key, -1, 0, target(ageYears) / lifetimeDays);
        int bottom = (lattice.nz() - 1) * lattice.layerSize();
        for (int a = 0; a < arrivals; a++) {
            add(bottom + (int) (CounterRandom.uniform(key, -2 - a, 0) * lattice.layerSize()));
        }
        int neighbours = lattice.neighbourCount();
        float gf = (float) (secretion * sourcePerCell);
        for (int k = 0; k < count; k++) {
            long cell = id[k];
            int here = position[k];
            if (CounterRandom.uniform(key, cell, 1) < moveProbability) {
                here = move(here, key, cell, sasp, neighbours);
                position[k] = here;
            }
            act(here, key, cell, 0, dermis);
            for (int n = 0; n < neighbours; n++) {
                int j = lattice.neighbour(here, n);
                if (j >= 0) {
                    act(j, key, cell, n + 1, dermis);
                }
            }
            gfSource[here] += gf;
        }
    }

    private int move(int here, long key, long cell, float[] sasp, int neighbours) {
        if (CounterRandom.uniform(key, cell, 2) < chemotaxisBias) {
            int best = -1;
            float bestValue = Float.NEGATIVE_INFINITY;
            for (int n = 0; n < neighbours; n++) {
                int j = lattice.neighbour(here, n);
                if (j >= 0 && sasp[j] > bestValue) {
                    bestValue = sasp[j];
                    best = j;
                }
            }
            if (best >= 0 && bestValue > sasp[here]) {
                return best;
            }
        }
        int j = lattice.neighbour(here, (int) (CounterRandom.uniform(key, cell, 3) * neighbours));
        return j >= 0 ? j : here;
    }

    private void act(int voxel, long key, long cell, int slot, Dermis dermis) {
        if (dermis.state[voxel] != CellState.SENESCENT) {
            return;
        }
        double u = CounterRandom.uniform(key, cell, 10 + slot);
        if (u < killProbability) {
            dermis.setState(voxel, CellState.EMPTY, key, 0);
            killedToday++;
        } else if (u < killProbability + reprogramProbability) {
            dermis.setState(voxel, CellState.HEALTHY, CounterRandom.key(key, RandomStreams.STEM_CELL_WALK, cell), 0);
            dermis.damage[voxel] = 0f;
            reprogrammedToday++;
        }
    }

    public int count() {
        return count;
    }

    public int killedToday() {
        return killedToday;
    }

    public int reprogrammedToday() {
        return reprogrammedToday;
    }

    /** Voxel of each stem cell (copy), for snapshots. */
    public int[] positions() {
        return Arrays.copyOf(position, count);
    }

    /** Checkpoint: the cells (voxel and identity), the next identity and today's counts. */
    void writeState(DataOutput out) throws IOException {
        StateIo.write(out, Arrays.copyOf(position, count));
        StateIo.write(out, Arrays.copyOf(id, count));
        out.writeLong(nextId);
        out.writeInt(killedToday);
        out.writeInt(reprogrammedToday);
    }

    void readState(DataInput in) throws IOException {
        int[] p = StateIo.readInts(in, lattice.size() * 64);
        long[] ids = StateIo.readLongs(in, p.length);
        if (ids.length != p.length) {
            throw new StateIo.MismatchException("stem cells with " + p.length + " voxels but " + ids.length + " identities");
        }
        count = p.length;
        position = Arrays.copyOf(p, Math.max(16, count));
        id = Arrays.copyOf(ids, Math.max(16, count));
        nextId = in.readLong();
        killedToday = in.readInt();
        reprogrammedToday = in.readInt();
    }
}
