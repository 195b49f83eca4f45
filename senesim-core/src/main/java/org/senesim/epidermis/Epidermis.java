package org.senesim.epidermis;

import org.senesim.StateIo;
import org.senesim.evidence.ParameterSet;
import org.senesim.lattice.CellState;
import org.senesim.lattice.Hazards;
import org.senesim.lattice.Lattice;
import org.senesim.parallel.Workers;
import org.senesim.random.CounterRandom;
import org.senesim.random.RandomStreams;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The basal epidermis over the patch: one keratinocyte unit per top-layer voxel column, and
 * melanocytes, one per {@code melanocyte.keratinocyte_ratio} units.
 *
 * <p>Keratinocyte units carry a DNA-damage index and the probability distribution of their
 * driver-mutation count (0 … carcinoma threshold), stepped as a deterministic master equation. A
 * single 1 mm² patch holds a few thousand units; following probabilities instead of sampled
 * mutations makes the expected lesion counts per 100 cm² smooth and comparable between arms.
 * The mutation rate of a damaged unit depends on whether the papillary fibroblasts beneath it are
 * healthy enough to supply IGF-1: with IGF-1 the UVB-damaged cell answers correctly (repair or
 * stress senescence) and only a small protected fraction of the rate remains (Lewis 2010; Spandau
 * 2012).
 *
 * <p>Melanocytes are sampled individually: they senesce (intrinsically and with UV), are cleared
 * slowly, secrete SASP into the top dermal voxel beneath them and thin the epidermis (Victorelli
 * 2019).
 */
public final class Epidermis {

    private final Lattice lattice;
    private final int units;
    private final int carcinomaHits;
    private final int akHits;
    private final int bccHits;
    private final int classes;
    /** Damage index per unit. */
    private final float[] damage;
    /** Mutation-count probabilities, unit-major: probabilities[unit * classes + k]. */
    private final float[] mutationProbability;
    /** IGF-1 response fraction per unit, refreshed at the start and on the matrix schedule. */
    private final float[] igf1Response;
    /**
     * Wound-induced IGF-1 expression of the papillary fibroblasts under each unit, as a share of its
     * maximum (0 = the unwounded baseline, 1 = fully induced); see {@link #refreshIgf1}.
     */
    private final float[] igf1Induction;
    /** Papillary growth factor summed per column and day since the last refresh. */
    private final float[] growthFactorSum;
    private int growthFactorDays;
    private final double inductionGain;
    private final double inductionRate;
    private final double inductionLifeDays;
    private final int papillaryLayers;
    private final double igf1Threshold;
    private final double damagePerSed;
    private final double repairInverse;
    private final double mutationRate;
    private final double intrinsicDamage;
    private final double sccConversion;
    private final double bccConversion;
    private final double regressionPerDay;
    private final double protectedFraction;
    private final double lesionUnits;

    private final int[] melanocyteColumn;
    private final byte[] melanocyteSenescent;
    private final double melanocyteIntrinsic;
    private final double melanocytePerSed;
    private final double melanocyteSecretion;
    private final double melanocyteThinning;
    private final double melanocyteClearance;

    private double cumulativeScc;
    private double cumulativeBcc;
    private static final int UNIT_GRAIN = 1024;
    /** Per chunk: new squamous cell carcinomas, then new basal cell carcinomas (expected). */
    private final double[] chunkCarcinomas;

    public Epidermis(ParameterSet p, Lattice lattice, double[] setPoint) {
        this.lattice = lattice;
        this.units = lattice.layerSize();
        KeratinocyteRules rules = new KeratinocyteRules(p);
        this.akHits = rules.akHits;
        this.carcinomaHits = rules.carcinomaHits;
        this.bccHits = rules.bccHits;
        this.classes = carcinomaHits + 1;
        this.damage = new float[units];
        this.mutationProbability = new float[units * classes];
        this.igf1Response = new float[units];
        this.igf1Induction = new float[units];
        this.growthFactorSum = new float[units];
        this.chunkCarcinomas = new double[2 * Workers.chunkCount(units, UNIT_GRAIN)];
        for (int u = 0; u < units; u++) {
            mutationProbability[u * classes] = 1f;
        }
        this.papillaryLayers = rules.papillaryLayers(lattice.nz(), lattice.voxelUm());
        this.igf1Threshold = rules.igf1Threshold;
        this.inductionGain = rules.inductionGain;
        this.inductionRate = rules.inductionRate;
        this.inductionLifeDays = rules.inductionLifeDays;
        this.damagePerSed = rules.damagePerSed;
        this.repairInverse = rules.repairInverse;
        this.mutationRate = rules.mutationRate;
        this.intrinsicDamage = rules.intrinsicDamage;
        this.sccConversion = rules.sccConversion;
        this.bccConversion = rules.bccConversion;
        this.regressionPerDay = rules.regressionPerDay;
        this.protectedFraction = rules.protectedFraction;
        this.lesionUnits = rules.lesionUnits;
        this.expectedPapillary = expectedPapillaryCells(setPoint);

        int ratio = (int) Math.round(p.get("melanocyte.keratinocyte_ratio"));
        int count = Math.max(1, units / ratio);
        this.melanocyteColumn = new int[count];
        for (int m = 0; m < count; m++) {
            melanocyteColumn[m] = (int) ((long) m * units / count);
        }
        this.melanocyteSenescent = new byte[count];
        this.melanocyteIntrinsic = p.get("melanocyte.senescence.intrinsic");
        this.melanocytePerSed = p.get("melanocyte.senescence.uv");
        this.melanocyteSecretion = p.get("melanocyte.sasp_secretion");
        this.melanocyteThinning = rules.melanocyteThinning;
        this.melanocyteClearance = p.get("melanocyte.clearance_factor");
    }

    private final double expectedPapillary;

    private double expectedPapillaryCells(double[] setPoint) {
        double sum = 0;
        for (int z = 0; z < papillaryLayers; z++) {
            sum += setPoint[z];
        }
        return sum;
    }

    /**
     * One day of the basal layer.
     *
     * @param basalUvSed      UVB-weighted dose at the basal layer today, SED
     * @param clearanceHazard today's per-cell removal hazard of senescent fibroblasts
     */
    public void step(long seed, long day, double basalUvSed, double clearanceHazard, Workers workers) {
        final double damageInput = damagePerSed * basalUvSed;
        // Units are independent; the carcinoma flow is summed per fixed chunk and the chunks are
        // added in order, so the total does not depend on the thread count.
        workers.forChunks(units, UNIT_GRAIN, (chunk, from, to) -> {
            double newScc = 0;
            double newBcc = 0;
            for (int u = from; u < to; u++) {
                double d = (damage[u] + damageInput) * repairInverse;
                damage[u] = (float) d;
                double response = igf1Response[u];
                double rate = mutationRate * (d + intrinsicDamage)
                        * (protectedFraction + (1.0 - protectedFraction) * (1.0 - response));
                double step = Math.min(1.0, rate);
                int base = u * classes;
                for (int k = carcinomaHits - 1; k >= 0; k--) {
                    float flow = (float) (step * mutationProbability[base + k]);
                    mutationProbability[base + k] -= flow;
                    mutationProbability[base + k + 1] += flow;
                    if (k == carcinomaHits - 1) {
                        newScc += flow;
                    }
                    if (k == bccHits - 1) {
                        newBcc += flow;
                    }
                }
                // AK clones regress (immune clearance): the field falls back to one hit short of an AK
                for (int k = akHits; k < classes; k++) {
                    float back = (float) (regressionPerDay * mutationProbability[base + k]);
                    mutationProbability[base + k] -= back;
                    mutationProbability[base + akHits - 1] += back;
                }
            }
            chunkCarcinomas[2 * chunk] = newScc;
            chunkCarcinomas[2 * chunk + 1] = newBcc;
        });
        for (int c = 0; c < chunkCarcinomas.length; c += 2) {
            cumulativeScc += chunkCarcinomas[c];
            cumulativeBcc += chunkCarcinomas[c + 1];
        }

        long key = CounterRandom.key(seed, RandomStreams.MELANOCYTE, day);
        double pSenesce = Hazards.probability(melanocyteIntrinsic + melanocytePerSed * basalUvSed);
        double pClear = Hazards.probability(clearanceHazard * melanocyteClearance);
        for (int m = 0; m < melanocyteSenescent.length; m++) {
            double r = CounterRandom.uniform(key, m, 0);
            if (melanocyteSenescent[m] == 0) {
                if (r < pSenesce) {
                    melanocyteSenescent[m] = 1;
                }
            } else if (r < pClear) {
                melanocyteSenescent[m] = 0;
            }
        }
    }

    /**
     * Adds today's growth factor of the papillary layers to each column's sum (the wound signal that
     * induces IGF-1 expression, read at the next {@link #refreshIgf1}). Called once a day.
     */
    public void accumulateGrowthFactor(float[] growthFactor, Workers workers) {
        int layer = units;
        workers.forChunks(layer, UNIT_GRAIN, (chunk, from, to) -> {
            for (int z = 0; z < papillaryLayers; z++) {
                int offset = z * layer;
                for (int c = from; c < to; c++) {
                    growthFactorSum[c] += growthFactor[offset + c];
                }
            }
        });
        growthFactorDays++;
    }

    /**
     * Refreshes each unit's IGF-1 response from the papillary fibroblasts beneath it: the healthy
     * ones counted per column over the papillary layers, each expressing IGF-1 at its baseline times
     * {@code 1 + A·I}, where {@code I} is the wound-induced expression (below); the supply is
     * averaged over the 3 × 3 (3-wide in 2D) neighbourhood of columns, since IGF-1 reaches a basal
     * cell from fibroblasts within a few tens of µm. The supply changes over weeks, so the tissue
     * refreshes it on its matrix schedule, not daily.
     *
     * <p>Wound-induced expression: wounding geriatric skin (dermabrasion, fractional laser,
     * microneedling) raises fibroblast IGF-1 expression, still raised three months later (Lewis
     * 2011; Spandau 2012; Travers 2020). Per unit, over the interval since the last refresh with
     * {@code g} the mean papillary growth factor of the neighbourhood over that interval,
     * {@code dI/dt = k·g·(1 − I) − I/τ}, stepped exactly for constant {@code g}.
     */
    public void refreshIgf1(byte[] cellState) {
        int layer = units;
        int nx = lattice.nx();
        int ny = lattice.ny();
        boolean threeD = ny > 1;
        int[] healthy = new int[layer];
        for (int z = 0; z < papillaryLayers; z++) {
            int offset = z * layer;
            for (int c = 0; c < layer; c++) {
                byte s = cellState[offset + c];
                healthy[c] += s != CellState.EMPTY && s != CellState.SENESCENT ? 1 : 0;
            }
        }
        if (growthFactorDays > 0) {
            float[] g = neighbourhoodSum(growthFactorSum, nx, ny);
            double days = growthFactorDays;
            double perSum = 1.0 / (days * papillaryLayers * (threeD ? 9 : 3));
            double decay = 1.0 / inductionLifeDays;
            for (int u = 0; u < layer; u++) {
                double on = inductionRate * g[u] * perSum;
                double rate = on + decay;
                double equilibrium = on / rate;
                igf1Induction[u] = (float) (equilibrium + (igf1Induction[u] - equilibrium) * StrictMath.exp(-rate * days));
            }
            java.util.Arrays.fill(growthFactorSum, 0f);
            growthFactorDays = 0;
        }
        float[] supply = new float[layer];
        for (int c = 0; c < layer; c++) {
            supply[c] = (float) (healthy[c] * (1.0 + inductionGain * igf1Induction[c]));
        }
        float[] sum = neighbourhoodSum(supply, nx, ny);
        double norm = 1.0 / ((threeD ? 9 : 3) * expectedPapillary * igf1Threshold);
        for (int u = 0; u < layer; u++) {
            igf1Response[u] = (float) Math.min(1.0, sum[u] * norm);
        }
    }

    /** Sum over the 3 × 3 neighbourhood of columns (3-wide in a 2D section), periodic. */
    private static float[] neighbourhoodSum(float[] perColumn, int nx, int ny) {
        int layer = perColumn.length;
        float[] rowSum = new float[layer];
        for (int y = 0; y < ny; y++) {
            int row = nx * y;
            for (int x = 0; x < nx; x++) {
                int left = x == 0 ? nx - 1 : x - 1;
                int right = x == nx - 1 ? 0 : x + 1;
                rowSum[row + x] = perColumn[row + left] + perColumn[row + x] + perColumn[row + right];
            }
        }
        if (ny == 1) {
            return rowSum;
        }
        float[] out = new float[layer];
        for (int y = 0; y < ny; y++) {
            int row = nx * y;
            int up = nx * (y == 0 ? ny - 1 : y - 1);
            int down = nx * (y == ny - 1 ? 0 : y + 1);
            for (int x = 0; x < nx; x++) {
                out[row + x] = rowSum[up + x] + rowSum[row + x] + rowSum[down + x];
            }
        }
        return out;
    }

    /** Replaces the keratinocytes of treated columns: no damage, no mutations (fractional resurfacing). */
    public void replaceColumns(int[] columns) {
        for (int c : columns) {
            damage[c] = 0f;
            int base = c * classes;
            mutationProbability[base] = 1f;
            for (int k = 1; k < classes; k++) {
                mutationProbability[base + k] = 0f;
            }
        }
    }

    /** Expected number of units with at least {@code hits} driver mutations. */
    private double expectedAtLeast(int hits) {
        double sum = 0;
        for (int u = 0; u < units; u++) {
            int base = u * classes;
            for (int k = hits; k < classes; k++) {
                sum += mutationProbability[base + k];
            }
        }
        return sum;
    }

    /** Adds the SASP of senescent melanocytes to the top dermal layer's source. */
    public void addSaspSources(float[] saspSource, float senescentSource) {
        float s = (float) (senescentSource * melanocyteSecretion);
        for (int m = 0; m < melanocyteSenescent.length; m++) {
            if (melanocyteSenescent[m] != 0) {
                saspSource[melanocyteColumn[m]] += s;
            }
        }
    }

    private double per100Cm2(double lesions) {
        return lesions * 100.0 / lattice.areaCm2();
    }

    /** Expected actinic keratoses (and worse) per 100 cm² of skin like this patch. */
    public double actinicKeratosesPer100Cm2() {
        return per100Cm2(expectedAtLeast(akHits) / lesionUnits);
    }

    /**
     * Expected cumulative keratinocyte carcinomas (squamous and basal cell) per 100 cm² since the start
     * of the run.
     */
    public double cumulativeCarcinomaPer100Cm2() {
        return cumulativeSccPer100Cm2() + cumulativeBccPer100Cm2();
    }

    /**
     * Expected cumulative squamous cell carcinomas per 100 cm²: a cell of an AK clone that takes the
     * next driver hit becomes invasive with probability {@code q_S}. The clone's cells are not divided
     * by the lesion size: one cell of the clone is enough.
     */
    public double cumulativeSccPer100Cm2() {
        return per100Cm2(cumulativeScc * sccConversion);
    }

    /**
     * Expected cumulative basal cell carcinomas per 100 cm²: a basal unit reaching {@code M_BCC}
     * driver hits founds a BCC with probability {@code q_B}, apart from any AK.
     */
    public double cumulativeBccPer100Cm2() {
        return per100Cm2(cumulativeBcc * bccConversion);
    }

    public double senescentMelanocyteFraction() {
        int s = 0;
        for (byte b : melanocyteSenescent) {
            s += b;
        }
        return s / (double) melanocyteSenescent.length;
    }

    public double epidermalThicknessRelative() {
        return Math.max(0.0, 1.0 - melanocyteThinning * senescentMelanocyteFraction());
    }

    /** Mean IGF-1 response over units (1 = every unit answers UVB correctly). */
    public double meanIgf1Response() {
        double s = 0;
        for (float r : igf1Response) {
            s += r;
        }
        return s / units;
    }

    public int melanocyteCount() {
        return melanocyteSenescent.length;
    }

    /** Per-unit damage (for snapshots). */
    public float[] damage() {
        return damage;
    }

    /** Mean wound-induced IGF-1 expression over units (0 = baseline, 1 = fully induced). */
    public double meanIgf1Induction() {
        double s = 0;
        for (float r : igf1Induction) {
            s += r;
        }
        return s / units;
    }

    /** Per-unit IGF-1 response (for snapshots). */
    public float[] igf1Response() {
        return igf1Response;
    }

    /** Checkpoint: keratinocyte damage and mutation classes, IGF-1, melanocytes, carcinoma totals. */
    public void writeState(DataOutput out) throws IOException {
        StateIo.write(out, damage);
        StateIo.write(out, mutationProbability);
        StateIo.write(out, igf1Response);
        StateIo.write(out, igf1Induction);
        StateIo.write(out, growthFactorSum);
        out.writeInt(growthFactorDays);
        StateIo.write(out, melanocyteColumn);
        StateIo.write(out, melanocyteSenescent);
        out.writeDouble(cumulativeScc);
        out.writeDouble(cumulativeBcc);
    }

    public void readState(DataInput in) throws IOException {
        StateIo.read(in, damage);
        StateIo.read(in, mutationProbability);
        StateIo.read(in, igf1Response);
        StateIo.read(in, igf1Induction);
        StateIo.read(in, growthFactorSum);
        growthFactorDays = in.readInt();
        StateIo.read(in, melanocyteColumn);
        StateIo.read(in, melanocyteSenescent);
        cumulativeScc = in.readDouble();
        cumulativeBcc = in.readDouble();
    }
}
