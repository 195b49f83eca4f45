package org.senesim.matrix;

import org.senesim.StateIo;
import org.senesim.evidence.ParameterSet;
import org.senesim.lattice.CellState;
import org.senesim.parallel.Workers;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Extracellular matrix per voxel: collagen, intact elastin, elastin fragments and hyaluronic acid,
 * each in units of the young-adult reference (a depth layer of young skin averages 1).
 *
 * <p>Per voxel, over an update interval Δ with rates held constant:
 * <pre>
 *   dC/dt = s_C·a_C − (k_C + k_S·c + k_UV·uv)·C
 *   dE/dt = s_E·a_E − (k_E + k_S·c + k_UV·uv)·E          (all elastin lost becomes fragments)
 *   dF/dt = elastin lost − k_F·F
 *   H     = s_H·a_C / k_H                                  (hyaluronan turns over in days: quasi-steady)
 * </pre>
 * with synthesis only in voxels holding a healthy fibroblast, raised by local growth factor g
 * ({@code ×(1 + G·g)}), normalised by the layer's set-point
 * occupancy so a young layer averages 1. Activities fall with age, local SASP c and fragments F:
 * {@code a_C = age_C(t) / ((1 + c/K_S)(1 + F/K_F))}, {@code a_E = age_E(t) / ((1 + c/K_S)(1 + F/K_EF))}.
 * Collagen and elastin use an implicit (backward Euler) step, which is stable and, for the
 * interval of days against half-lives of years, accurate to well below 0.1 %.
 */
public final class DermalMatrix {

    private final int size;
    private final int layerSize;
    final float[] collagen;
    final float[] elastin;
    final float[] fragments;
    final float[] hyaluronan;
    private final MatrixRates rates;
    private final DermalThickness thickness;

    public DermalMatrix(ParameterSet p, int size, int layerSize) {
        this.size = size;
        this.layerSize = layerSize;
        this.collagen = new float[size];
        this.elastin = new float[size];
        this.fragments = new float[size];
        this.hyaluronan = new float[size];
        this.rates = MatrixRates.of(p);
        this.thickness = DermalThickness.of(p);
    }

    /** How the matrix's parts add up to a dermal thickness. */
    public DermalThickness thickness() {
        return thickness;
    }

    /** Intrinsic (age-only) collagen synthesis factor of a healthy fibroblast. */
    public double collagenAgeFactor(double ageYears) {
        return rates.collagenAgeFactor(ageYears);
    }

    private double elastinAgeFactor(double ageYears) {
        return rates.elastinAgeFactor(ageYears);
    }

    /** Collagen synthesis activity of a healthy fibroblast at local SASP c and fragments f. */
    public double collagenActivity(double ageFactor, double sasp, double frag) {
        return ageFactor / ((1.0 + sasp / rates.saspHalf()) * (1.0 + frag / rates.fragmentHalfCollagen()));
    }

    /** Starts every voxel at the young reference: collagen, elastin and hyaluronan 1, no fragments. */
    public void seedYoung() {
        java.util.Arrays.fill(collagen, 1f);
        java.util.Arrays.fill(elastin, 1f);
        java.util.Arrays.fill(fragments, 0f);
        java.util.Arrays.fill(hyaluronan, 1f);
    }

    /**
     * Starts collagen at the model's own steady state at the start age instead of the young
     * reference 1: per layer the synthesis of its fibroblasts (healthy occupancy over set point,
     * each at its age and local SASP, no fragments, no growth factor) balances turnover and the
     * SASP and UV breakdown of each voxel, {@code C_i = k_C·⟨a⟩_z/(k_C + k_S·c_i + k_UV·uv_z)}, so
     * the layer's mean collagen starts at rest (a young reference of 1 lay 3–4 % above it and
     * drifted down in the first years). Elastin stays at 1 (laid down in development, residence of
     * decades: not at a steady state in adults), fragments 0, hyaluronan 1 until the first update.
     *
     * @param uvPerDayByLayer mean daily damage-weighted dose at each depth over a year, SED
     */
    public void seedSteady(double ageYears, double[] setPoint, double[] uvPerDayByLayer, byte[] cellState,
                           float[] sasp, double bloodSasp) {
        seedYoung();
        for (int z = 0; z < size / layerSize; z++) {
            int start = z * layerSize;
            double activity = 0;
            for (int i = start; i < start + layerSize; i++) {
                byte s = cellState[i];
                if (s != CellState.EMPTY && s != CellState.SENESCENT) {
                    activity += rates.freshActivity(ageYears, sasp[i] + bloodSasp);
                }
            }
            activity /= layerSize * setPoint[z];
            for (int i = start; i < start + layerSize; i++) {
                collagen[i] = (float) rates.steadyCollagen(activity, sasp[i] + bloodSasp, uvPerDayByLayer[z]);
            }
        }
    }

    /**
     * Advances the matrix over {@code intervalDays}.
     *
     * @param setPoint       set-point occupancy per depth layer (synthesis normalisation)
     * @param uvPerDayByLayer mean damage-weighted UV dose per day at each depth over the interval, SED
     * @param cellState      fibroblast state per voxel
     * @param sasp           SASP field per voxel (local, without blood background)
     * @param bloodSasp      uniform blood SASP background
     * @param growthFactor   growth-factor field per voxel (raises synthesis of healthy fibroblasts)
     * @param synthesisMultiplier        treatment multiplier of synthesis (1 = none)
     * @param fragmentClearanceMultiplier treatment multiplier of fragment clearance (1 = none)
     */
    public void update(double intervalDays, double ageYears, double[] setPoint, double[] uvPerDayByLayer,
                       byte[] cellState, float[] sasp, double bloodSasp, float[] growthFactor,
                       double synthesisMultiplier, double fragmentClearanceMultiplier, Workers workers) {
        final float dt = (float) intervalDays;
        final float gfGain = (float) rates.growthFactorGain();
        final float ageC = (float) (collagenAgeFactor(ageYears) * synthesisMultiplier);
        final float ageE = (float) (elastinAgeFactor(ageYears) * synthesisMultiplier);
        final float kC = (float) rates.collagenTurnover();
        final float kE = (float) rates.elastinTurnover();
        final float fragmentKeep = (float) (1.0 / (1.0 + dt * rates.fragmentClearance() * fragmentClearanceMultiplier));
        final float invSaspHalf = (float) (1.0 / rates.saspHalf());
        final float invFragC = (float) (1.0 / rates.fragmentHalfCollagen());
        final float invFragE = (float) (1.0 / rates.fragmentHalfElastin());
        final float degSasp = (float) rates.degradationPerSasp();
        final float blood = (float) bloodSasp;
        // One chunk per depth layer: the layer fixes synthesis normalisation and UV, and the
        // chunking depends on the lattice only, never on the thread count.
        workers.forChunks(size / layerSize, 1, (chunk, from, to) -> {
            for (int z = from; z < to; z++) {
                final float norm = (float) (1.0 / setPoint[z]);
                final float degUv = (float) (rates.degradationPerSed() * uvPerDayByLayer[z]);
                final int start = z * layerSize;
                final int end = start + layerSize;
                for (int i = start; i < end; i++) {
                    byte s = cellState[i];
                    float healthy = s != CellState.EMPTY && s != CellState.SENESCENT ? 1f + gfGain * growthFactor[i] : 0f;
                    float c = sasp[i] + blood;
                    float f = fragments[i];
                    float inhibition = 1f + c * invSaspHalf;
                    float aC = healthy * ageC / (inhibition * (1f + f * invFragC));
                    float aE = healthy * ageE / (inhibition * (1f + f * invFragE));
                    float extra = degSasp * c + degUv;
                    collagen[i] = (collagen[i] + dt * kC * norm * aC) / (1f + dt * (kC + extra));
                    float e0 = elastin[i] + dt * kE * norm * aE;
                    float e1 = e0 / (1f + dt * (kE + extra));
                    elastin[i] = e1;
                    fragments[i] = (f + (e0 - e1)) * fragmentKeep;
                    hyaluronan[i] = norm * aC;
                }
            }
        });
    }

    /** Removes a fraction of a voxel's collagen, elastin and hyaluronan (ablation: 1; coagulation: the
     * denatured fraction); lost elastin becomes fragments except where the voxel is ablated whole. */
    public void remove(int voxel, double fraction) {
        float keep = (float) (1.0 - fraction);
        float lostElastin = elastin[voxel] * (float) fraction;
        collagen[voxel] *= keep;
        elastin[voxel] *= keep;
        hyaluronan[voxel] *= keep;
        fragments[voxel] = fraction >= 1.0 ? 0f : fragments[voxel] * keep + lostElastin;
    }

    public float[] collagen() {
        return collagen;
    }

    public float[] elastin() {
        return elastin;
    }

    public float[] fragments() {
        return fragments;
    }

    public float[] hyaluronan() {
        return hyaluronan;
    }

    /** Checkpoint: the four per-voxel matrix arrays. */
    public void writeState(DataOutput out) throws IOException {
        StateIo.write(out, collagen);
        StateIo.write(out, elastin);
        StateIo.write(out, fragments);
        StateIo.write(out, hyaluronan);
    }

    public void readState(DataInput in) throws IOException {
        StateIo.read(in, collagen);
        StateIo.read(in, elastin);
        StateIo.read(in, fragments);
        StateIo.read(in, hyaluronan);
    }
}
