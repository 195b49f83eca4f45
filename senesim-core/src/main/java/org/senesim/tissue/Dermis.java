package org.senesim.tissue;

import org.senesim.StateIo;
import org.senesim.lattice.CellState;
import org.senesim.lattice.Lattice;
import org.senesim.parallel.Workers;
import org.senesim.random.CounterRandom;
import org.senesim.random.RandomStreams;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The fibroblasts of the dermis as flat per-voxel arrays, and their daily sweep.
 *
 * <p>Threading: the lattice is cut into slabs of whole depth layers (at least two layers, sized by
 * the lattice alone). A division can write one layer into a neighbouring slab, so the sweep runs in
 * two phases — even slabs, then odd slabs — and no two slabs that run at once can touch the same
 * voxel. Every draw is keyed by (day, voxel), so the result is the same for any thread count.
 *
 * <p>Occupied lists. The sweep visits each layer's fibroblasts in ascending voxel order. Rather
 * than scan every voxel of the layer each day for the occupied ones (a third of the sweep's time
 * when it did, for a quarter of voxels occupied), each layer keeps the sorted list of its
 * fibroblasts as its last visit left them, and the voxels divisions filled since; the next visit
 * merges the two. A layer whose cells were changed from outside the sweep ({@link #setState},
 * {@link #recount}, a checkpoint read) is scanned again. Both ways list exactly the same voxels in
 * the same order, so the result is the same as a scan's ({@code OccupiedListTest}).
 */
public final class Dermis {

    /** Voxels per slab to aim for: large enough to amortise scheduling, small enough to balance. */
    private static final int SLAB_TARGET_VOXELS = 8192;

    final Lattice lattice;
    final FibroblastRules rules;
    final byte[] state;
    final byte[] divisions;
    final float[] damage;
    /** Hazard left before the cell's next event (see {@link #freshBudget}). */
    final float[] hazardBudget;
    /** SASP secretion per voxel in units of one senescent fibroblast (1 or 0); scaled when solved. */
    final float[] secretion;

    private final int slabLayers;
    private final int slabCount;
    private final int[][] scratch;
    /** Per layer: its fibroblasts, ascending, as the last visit left them (valid unless {@link #stale}). */
    private final int[][] listed;
    private final int[] listedCount;
    /** Per layer: voxels filled by divisions since the layer was last listed (any order). */
    private final int[][] born;
    private final int[] bornCount;
    /** Per layer: cells changed outside the sweep since it was listed, so scan it again. */
    private final boolean[] stale;
    /** Scan every layer every day (tests compare the lists with a scan). */
    boolean alwaysScan;
    /** Live fibroblasts seen per depth layer in the last sweep (drives contact inhibition). */
    final int[] occupiedPerLayer;
    /** Senescent fibroblasts per depth layer after the last sweep. */
    final int[] senescentPerLayer;
    /** Set-point occupancy per layer. */
    final double[] setPoint;

    public Dermis(Lattice lattice, FibroblastRules rules) {
        this.lattice = lattice;
        this.rules = rules;
        int n = lattice.size();
        this.state = new byte[n];
        this.divisions = new byte[n];
        this.damage = new float[n];
        this.hazardBudget = new float[n];
        this.secretion = new float[n];
        int nz = lattice.nz();
        this.slabLayers = Math.max(2, (SLAB_TARGET_VOXELS + lattice.layerSize() - 1) / lattice.layerSize());
        this.slabCount = (nz + slabLayers - 1) / slabLayers;
        this.scratch = new int[slabCount][];
        this.listed = new int[nz][];
        this.listedCount = new int[nz];
        this.born = new int[nz][];
        this.bornCount = new int[nz];
        this.stale = new boolean[nz];
        java.util.Arrays.fill(stale, true);
        for (int z = 0; z < nz; z++) {
            listed[z] = new int[16];
            born[z] = new int[16];
        }
        this.occupiedPerLayer = new int[nz];
        this.senescentPerLayer = new int[nz];
        this.setPoint = new double[nz];
        for (int z = 0; z < nz; z++) {
            setPoint[z] = rules.setPointOccupancy(lattice.depthUm(z));
        }
    }

    /**
     * Seeds the dermis for a person of a given age: each voxel holds a fibroblast with its layer's
     * set-point probability at that age ({@link FibroblastRules#occupancyFactorAt}), a replicative
     * age from the years already lived, the baseline damage, and a senescent fraction of one
     * reference burden.
     */
    public void seed(long seed, double ageYears) {
        long key = CounterRandom.key(seed, RandomStreams.TISSUE_INIT, 0);
        double usedDivisions = rules.divisionsUsedBy(ageYears);
        float baselineDamage = (float) (rules.damageBaseline / rules.repairAt(ageYears));
        int layer = lattice.layerSize();
        double capacity = rules.occupancyFactorAt(ageYears);
        for (int i = 0; i < state.length; i++) {
            int z = i / layer;
            if (CounterRandom.uniform(key, i, 0) >= setPoint[z] * capacity) {
                continue;
            }
            boolean senescent = CounterRandom.uniform(key, i, 1) < rules.referenceFraction;
            state[i] = senescent ? CellState.SENESCENT : CellState.HEALTHY;
            secretion[i] = senescent ? 1f : 0f;
            hazardBudget[i] = freshBudget(key, i, 3);
            int d = (int) Math.floor(usedDivisions + 4.0 * CounterRandom.uniform(key, i, 2));
            divisions[i] = (byte) Math.min(d, 127);
            damage[i] = baselineDamage;
        }
        recount();
    }

    /** Recounts occupancy and senescence per layer exactly (after seeding or external edits). */
    public void recount() {
        int layer = lattice.layerSize();
        java.util.Arrays.fill(stale, true);
        java.util.Arrays.fill(occupiedPerLayer, 0);
        java.util.Arrays.fill(senescentPerLayer, 0);
        for (int i = 0; i < state.length; i++) {
            byte s = state[i];
            if (s != CellState.EMPTY) {
                int z = i / layer;
                occupiedPerLayer[z]++;
                if (s == CellState.SENESCENT) {
                    senescentPerLayer[z]++;
                }
            }
        }
    }

    public int fibroblastCount() {
        int total = 0;
        for (int c : occupiedPerLayer) {
            total += c;
        }
        return total;
    }

    public int senescentCount() {
        int total = 0;
        for (int c : senescentPerLayer) {
            total += c;
        }
        return total;
    }

    /** Senescent burden in units of the young-adult reference fraction (Karin's X for the patch). */
    public double burden() {
        int cells = fibroblastCount();
        return cells == 0 ? 0.0 : senescentCount() / (double) cells / rules.referenceFraction;
    }

    /** What one day of the sweep needs to know besides the cell arrays. */
    static final class Day {
        long day;
        long key;
        byte newbornToday;
        /** Damage added per day per depth layer (baseline + UV + ROS). */
        double[] damageInput;
        /** 1 / (1 + repair rate) for the implicit damage step. */
        double repairInverse;
        /** Division rate per layer before growth factor, after contact inhibition. */
        double[] divisionRatePerLayer;
        /** Removal hazard of a senescent cell today (immune clearance, apoptosis, drugs), per day. */
        double senescentRemovalHazard;
        /** Hazard that a senescent cell is reprogrammed to a healthy one today, per day. */
        double reprogramHazard;
        /** Probability that a gap is filled by a progenitor-derived cell rather than a division. */
        double progenitorFraction;
        /** Replicative age of a progenitor-derived cell today. */
        byte progenitorDivisions;
        /** Extra senescence hazard applied to every healthy cell today (e.g. a treatment). */
        double extraSenescenceHazard;
        /** SASP field per voxel (the paracrine hazard reads it plus the blood's, see {@link #paracrine}). */
        float[] sasp;
        /** Blood SASP felt in the tissue today. */
        double bloodSasp;
        float[] growthFactor;
    }

    /** Runs one day for every fibroblast. */
    void sweep(Day day, Workers workers) {
        for (int phase = 0; phase < 2; phase++) {
            final int first = phase;
            int slabsThisPhase = (slabCount - first + 1) / 2;
            workers.forChunks(slabsThisPhase, 1, (chunk, from, to) -> {
                for (int k = from; k < to; k++) {
                    sweepSlab(first + 2 * k, day);
                }
            });
        }
    }

    private void sweepSlab(int slab, Day d) {
        final int nx = lattice.nx();
        final int ny = lattice.ny();
        final int nz = lattice.nz();
        final int layer = lattice.layerSize();
        final int neighbours = lattice.neighbourCount();
        final int zFrom = slab * slabLayers;
        final int zTo = Math.min(nz, zFrom + slabLayers);
        final byte[] st = state;
        final float[] dmg = damage;
        final byte[] div = divisions;
        final float[] budget = hazardBudget;
        final float[] sasp = d.sasp;
        final float blood = (float) d.bloodSasp;
        final float paracrineMax = (float) rules.senescenceParacrine;
        final float paracrineHalf = (float) rules.paracrineHalf;
        final float[] gf = d.growthFactor;
        final float[] secreting = secretion;
        final long key = d.key;
        final byte newborn = d.newbornToday;
        final float removal = (float) d.senescentRemovalHazard;
        final float reprogram = (float) d.reprogramHazard;
        final float senescentExit = removal + reprogram;
        final double repairInverse = d.repairInverse;
        final double senBase = rules.senescenceIntrinsic + d.extraSenescenceHazard;
        final double senDamage = rules.senescencePerDamage;
        final double senRep = rules.senescenceReplicative;
        final int limit = rules.hayflickLimit;
        final double apoptosis = rules.apoptosisHealthy;
        final double gfGain = rules.growthFactorGain;
        final double progenitorFraction = d.progenitorFraction;
        final byte progenitorDivisions = d.progenitorDivisions;

        final int[] occupiedIndex = scratch(slab);
        for (int z = zFrom; z < zTo; z++) {
            final double input = d.damageInput[z];
            final double divRate = d.divisionRatePerLayer[z];
            // Gather the occupied voxels of the layer without branching (a quarter of voxels hold a
            // cell at random places, so a branch per voxel would be mispredicted often), then visit
            // only those. A cell placed into this layer during the visit is not in the list: it
            // rests today, as a newborn should.
            final int m = list(z, occupiedIndex);
            final int[] visit = listed[z];
            // The visit keeps the list: each visited cell is written back at w, and w steps back
            // when the cell leaves its voxel.
            int w = 0;
            int occupied = 0;
            int senescent = 0;
            for (int k = 0; k < m; k++) {
                final int i = visit[k];
                visit[w++] = i;
                final byte s = st[i];
                if (s == CellState.SENESCENT) {
                    float left = budget[i] - senescentExit;
                    if (left <= 0f) {
                        if (reprogram > 0f && CounterRandom.uniform(key, i, 5) * senescentExit >= removal) {
                            // Reprogrammed back to a healthy, non-secreting cell (exosomes, stem cells).
                            st[i] = CellState.HEALTHY;
                            dmg[i] = 0f;
                            budget[i] = freshBudget(key, i, 6);
                            occupied++;
                        } else {
                            st[i] = CellState.EMPTY;
                            w--;
                        }
                        secreting[i] = 0f;
                    } else {
                        budget[i] = left;
                        occupied++;
                        senescent++;
                    }
                    continue;
                }
                occupied++;
                if (s == newborn) {
                    continue;
                }
                if (s != CellState.HEALTHY) {
                    st[i] = CellState.HEALTHY;
                }
                double damageNow = (dmg[i] + input) * repairInverse;
                if (damageNow > 1.0) {
                    damageNow = 1.0;
                }
                dmg[i] = (float) damageNow;
                double rSen = senBase + senDamage * damageNow + paracrine(sasp[i] + blood, paracrineMax, paracrineHalf);
                if (div[i] >= limit) {
                    rSen += senRep;
                }
                double rDiv = divRate;
                if (gf != null && rDiv > 0) {
                    rDiv *= 1.0 + gfGain * gf[i];
                }
                double total = rSen + apoptosis + rDiv;
                float left = (float) (budget[i] - total);
                if (left > 0f) {
                    budget[i] = left;
                    continue;
                }
                // The cell's hazard budget ran out today: an event happens. Which one is drawn in
                // proportion to today's rates; the cell (or its successor) gets a fresh budget.
                budget[i] = freshBudget(key, i, 3);
                double which = CounterRandom.uniform(key, i, 0) * total;
                if (which < rSen) {
                    st[i] = CellState.SENESCENT;
                    secreting[i] = 1f;
                    senescent++;
                } else if (which < rSen + apoptosis) {
                    st[i] = CellState.EMPTY;
                    occupied--;
                    w--;
                } else {
                    int x = i % nx;
                    int y = (i / nx) % ny;
                    int target = emptyNeighbour(i, x, y, z, nx, ny, nz, layer, neighbours,
                            CounterRandom.uniform(key, i, 1), st);
                    if (target >= 0) {
                        if (CounterRandom.uniform(key, i, 2) < progenitorFraction) {
                            div[target] = progenitorDivisions;
                            dmg[target] = 0f;
                        } else {
                            byte newDivisions = (byte) Math.min(div[i] + 1, 127);
                            div[i] = newDivisions;
                            div[target] = newDivisions;
                            dmg[target] = dmg[i];
                        }
                        st[target] = newborn;
                        budget[target] = freshBudget(key, target, 4);
                        addBorn(target / layer, target);
                    }
                }
            }
            listedCount[z] = w;
            occupiedPerLayer[z] = occupied;
            senescentPerLayer[z] = senescent;
        }
    }

    /**
     * The paracrine senescence hazard {@code λ_para·c/(K + c)} at SASP {@code c} (local plus blood),
     * in float. Computed per visited cell: a pass filling it for every voxel (as before) moved two
     * more float arrays through the cache each day for the quarter of voxels that hold a cell, and
     * the division is not on any chain that carries from one cell to the next.
     */
    static float paracrine(float c, float lambda, float half) {
        return lambda * c / (half + c);
    }

    /**
     * Lists layer z's fibroblasts in ascending voxel order into {@code listed[z]} and returns how
     * many: the last visit's list merged with the voxels filled since, or, for a stale layer, a scan.
     * Either way it is exactly the layer's occupied voxels now.
     */
    private int list(int z, int[] scan) {
        int b = bornCount[z];
        bornCount[z] = 0;
        if (stale[z] || alwaysScan) {
            stale[z] = false;
            final byte[] st = state;
            final int layerStart = z * lattice.layerSize();
            final int layerEnd = layerStart + lattice.layerSize();
            int m = 0;
            for (int i = layerStart; i < layerEnd; i++) {
                scan[m] = i;
                // States are 0..4: (−s) >>> 31 is 1 for a cell and 0 for an empty voxel, with no branch.
                m += (-st[i]) >>> 31;
            }
            int[] to = listed[z];
            if (to.length < m) {
                to = new int[Math.max(m, 2 * to.length)];
                listed[z] = to;
            }
            System.arraycopy(scan, 0, to, 0, m);
            return m;
        }
        int a = listedCount[z];
        if (b == 0) {
            return a;
        }
        int[] from = born[z];
        java.util.Arrays.sort(from, 0, b);
        int[] to = listed[z];
        if (to.length < a + b) {
            to = java.util.Arrays.copyOf(to, Math.max(a + b, 2 * to.length));
            listed[z] = to;
        }
        // merge from the back, in place: the two lists never share a voxel
        int i = a - 1;
        int j = b - 1;
        for (int k = a + b - 1; j >= 0; k--) {
            to[k] = i >= 0 && to[i] > from[j] ? to[i--] : from[j--];
        }
        return a + b;
    }

    /** Notes a voxel of layer z filled by a division (only the slab running layer z's neighbours writes here). */
    private void addBorn(int z, int voxel) {
        int[] list = born[z];
        int n = bornCount[z];
        if (n == list.length) {
            list = java.util.Arrays.copyOf(list, 2 * n);
            born[z] = list;
        }
        list[n] = voxel;
        bornCount[z] = n + 1;
    }

    /** A slab's reusable index buffer (one per slab, so threads never share one). */
    private int[] scratch(int slab) {
        int[] buffer = scratch[slab];
        if (buffer == null) {
            buffer = new int[lattice.layerSize()];
            scratch[slab] = buffer;
        }
        return buffer;
    }

    /**
     * A unit-exponential hazard budget. A cell's events happen when the hazard it has accumulated
     * since its last event exceeds its budget: for hazards that change from day to day this is
     * exact (the random time-change theorem), and it needs a random number only per event, not
     * per cell and day.
     */
    static float freshBudget(long key, int voxel, int draw) {
        return (float) -StrictMath.log(CounterRandom.uniformPositive(key, voxel, draw));
    }

    /** A random empty neighbour, scanning from a random start, or -1 when all are taken. */
    private static int emptyNeighbour(int i, int x, int y, int z, int nx, int ny, int nz, int layer,
                                      int neighbours, double u, byte[] st) {
        int start = (int) (u * neighbours);
        for (int k = 0; k < neighbours; k++) {
            int dir = start + k;
            if (dir >= neighbours) {
                dir -= neighbours;
            }
            int j;
            switch (dir) {
                case 0:
                    j = x == 0 ? i + nx - 1 : i - 1;
                    break;
                case 1:
                    j = x == nx - 1 ? i - nx + 1 : i + 1;
                    break;
                case 2:
                    j = z == 0 ? -1 : i - layer;
                    break;
                case 3:
                    j = z == nz - 1 ? -1 : i + layer;
                    break;
                case 4:
                    j = y == 0 ? i + nx * (ny - 1) : i - nx;
                    break;
                default:
                    j = y == ny - 1 ? i - nx * (ny - 1) : i + nx;
                    break;
            }
            if (j >= 0 && st[j] == CellState.EMPTY) {
                return j;
            }
        }
        return -1;
    }

    public Lattice lattice() {
        return lattice;
    }

    public byte[] state() {
        return state;
    }

    public float[] damage() {
        return damage;
    }

    public byte[] divisions() {
        return divisions;
    }

    /** Secretion units per voxel: 1 where a senescent fibroblast sits, else 0. */
    public float[] secretion() {
        return secretion;
    }

    /**
     * Sets a voxel's fibroblast state from outside the sweep (stem cells, treatments), keeping the
     * secretion map and the hazard budget consistent.
     */
    public void setState(int voxel, byte newState, long key, int draw) {
        stale[voxel / lattice.layerSize()] = true;
        state[voxel] = newState;
        secretion[voxel] = newState == CellState.SENESCENT ? 1f : 0f;
        if (newState != CellState.EMPTY) {
            hazardBudget[voxel] = freshBudget(key, voxel, draw);
        }
    }

    /** Checkpoint: every per-voxel array and the per-layer counts. */
    void writeState(DataOutput out) throws IOException {
        StateIo.write(out, state);
        StateIo.write(out, divisions);
        StateIo.write(out, damage);
        StateIo.write(out, hazardBudget);
        StateIo.write(out, secretion);
        StateIo.write(out, occupiedPerLayer);
        StateIo.write(out, senescentPerLayer);
        StateIo.write(out, setPoint);
    }

    void readState(DataInput in) throws IOException {
        java.util.Arrays.fill(stale, true);
        StateIo.read(in, state);
        StateIo.read(in, divisions);
        StateIo.read(in, damage);
        StateIo.read(in, hazardBudget);
        StateIo.read(in, secretion);
        StateIo.read(in, occupiedPerLayer);
        StateIo.read(in, senescentPerLayer);
        StateIo.read(in, setPoint);
    }
}
