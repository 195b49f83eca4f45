package org.senesim.matrix;

import org.senesim.engine.Workers;
import org.senesim.evidence.ParameterSet;
import org.senesim.tissue.CellState;

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
 * with synthesis only in voxels holding a healthy fibroblast, normalised by the layer's set-point
 * occupancy so a young layer averages 1. Activities fall with age, local SASP c and fragments F:
 * {@code a_C = age_C(t) / ((1 + c/K_S)(1 + F/K_F))}, {@code a_E = age_E(t) / ((1 + c/K_S)(1 + F/K_EF))}.
 * Collagen and elastin use an implicit (backward Euler) step, which is stable and, for the
 * interval of days against half-lives of years, accurate to well below 0.1 %.
 */
public final class DermalMatrix {

    private static final double DAYS_PER_YEAR = 365.25;
    private static final double LN2 = 0.6931471805599453;
    private static final double REFERENCE_AGE = 20.0;
    private static final int GRAIN = 16384;

    private final int size;
    private final int layerSize;
    final float[] collagen;
    final float[] elastin;
    final float[] fragments;
    final float[] hyaluronan;

    private final double collagenTurnover;
    private final double elastinTurnover;
    private final double fragmentClearance;
    private final double synthesisAgeDecline;
    private final double elastinSynthesisDecline;
    private final double saspHalf;
    private final double fragmentHalfCollagen;
    private final double fragmentHalfElastin;
    private final double degradationPerSasp;
    private final double degradationPerSed;

    public DermalMatrix(ParameterSet p, int size, int layerSize) {
        this.size = size;
        this.layerSize = layerSize;
        this.collagen = new float[size];
        this.elastin = new float[size];
        this.fragments = new float[size];
        this.hyaluronan = new float[size];
        this.collagenTurnover = LN2 / (p.get("matrix.collagen.half_life") * DAYS_PER_YEAR);
        this.elastinTurnover = 1.0 / (p.get("matrix.elastin.residence") * DAYS_PER_YEAR);
        this.fragmentClearance = LN2 / (p.get("matrix.fragment.half_life") * DAYS_PER_YEAR);
        this.synthesisAgeDecline = p.get("matrix.synthesis.age_decline");
        this.elastinSynthesisDecline = p.get("matrix.elastin.synthesis_decline");
        this.saspHalf = p.get("matrix.synthesis.sasp_half");
        this.fragmentHalfCollagen = p.get("matrix.synthesis.fragment_half");
        this.fragmentHalfElastin = p.get("matrix.elastin.fragment_half");
        this.degradationPerSasp = p.get("matrix.degradation.sasp") / DAYS_PER_YEAR;
        this.degradationPerSed = p.get("matrix.degradation.uv");
    }

    /** Intrinsic (age-only) collagen synthesis factor of a healthy fibroblast. */
    public double collagenAgeFactor(double ageYears) {
        return Math.max(0.0, 1.0 - synthesisAgeDecline * Math.max(0.0, ageYears - REFERENCE_AGE));
    }

    private double elastinAgeFactor(double ageYears) {
        return Math.max(0.0, 1.0 - elastinSynthesisDecline * Math.max(0.0, ageYears - REFERENCE_AGE));
    }

    /** Collagen synthesis activity of a healthy fibroblast at local SASP c and fragments f. */
    public double collagenActivity(double ageFactor, double sasp, double frag) {
        return ageFactor / ((1.0 + sasp / saspHalf) * (1.0 + frag / fragmentHalfCollagen));
    }

    /** Starts every voxel at the young reference: collagen, elastin and hyaluronan 1, no fragments. */
    public void seedYoung() {
        java.util.Arrays.fill(collagen, 1f);
        java.util.Arrays.fill(elastin, 1f);
        java.util.Arrays.fill(fragments, 0f);
        java.util.Arrays.fill(hyaluronan, 1f);
    }

    /**
     * Advances the matrix over {@code intervalDays}.
     *
     * @param setPoint       set-point occupancy per depth layer (synthesis normalisation)
     * @param uvPerDayByLayer mean damage-weighted UV dose per day at each depth over the interval, SED
     * @param cellState      fibroblast state per voxel
     * @param sasp           SASP field per voxel (local, without blood background)
     * @param bloodSasp      uniform blood SASP background
     */
    public void update(double intervalDays, double ageYears, double[] setPoint, double[] uvPerDayByLayer,
                       byte[] cellState, float[] sasp, double bloodSasp, Workers workers) {
        final double dt = intervalDays;
        final double ageC = collagenAgeFactor(ageYears);
        final double ageE = elastinAgeFactor(ageYears);
        workers.forChunks(size, GRAIN, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                int z = i / layerSize;
                double c = sasp[i] + bloodSasp;
                double f = fragments[i];
                boolean healthy = CellState.isHealthy(cellState[i]);
                double inhibition = 1.0 / (1.0 + c / saspHalf);
                double norm = 1.0 / setPoint[z];
                double extra = degradationPerSasp * c + degradationPerSed * uvPerDayByLayer[z];

                double synthC = 0;
                double synthE = 0;
                double ha = 0;
                if (healthy) {
                    double aC = ageC * inhibition / (1.0 + f / fragmentHalfCollagen);
                    double aE = ageE * inhibition / (1.0 + f / fragmentHalfElastin);
                    synthC = collagenTurnover * norm * aC;
                    synthE = elastinTurnover * norm * aE;
                    ha = norm * aC;
                }
                collagen[i] = (float) ((collagen[i] + dt * synthC) / (1.0 + dt * (collagenTurnover + extra)));
                double e0 = elastin[i];
                double e1 = (e0 + dt * synthE) / (1.0 + dt * (elastinTurnover + extra));
                double lost = e0 + dt * synthE - e1;
                elastin[i] = (float) e1;
                fragments[i] = (float) ((f + lost) / (1.0 + dt * fragmentClearance));
                hyaluronan[i] = (float) ha;
            }
        });
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
}
