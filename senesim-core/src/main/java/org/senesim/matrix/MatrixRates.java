package org.senesim.matrix;

import org.senesim.evidence.ParameterSet;

/**
 * The matrix's rate constants, read once from the registry and shared by the voxel model
 * ({@link DermalMatrix}) and the mean-field skin, so the two cannot drift apart. Rates are per day.
 *
 * @param referenceAge            age from which synthesis declines are counted, years
 * @param collagenTurnover        ln2 / collagen half-life
 * @param elastinTurnover         1 / elastin residence
 * @param fragmentClearance       ln2 / fragment half-life
 * @param synthesisAgeDecline     fractional loss of collagen synthesis per year after the reference age
 * @param elastinSynthesisDecline fractional loss of elastin synthesis per year after the reference age
 * @param saspHalf                SASP that halves synthesis
 * @param fragmentHalfCollagen    fragments that halve collagen and hyaluronan synthesis
 * @param fragmentHalfElastin     fragments that halve elastin synthesis
 * @param degradationPerSasp      extra collagen and elastin degradation per unit SASP
 * @param degradationPerSed       extra degradation per SED of UV per day
 * @param growthFactorGain        relative rise of synthesis per unit growth factor
 */
public record MatrixRates(double referenceAge, double collagenTurnover, double elastinTurnover,
                          double fragmentClearance, double synthesisAgeDecline, double elastinSynthesisDecline,
                          double saspHalf, double fragmentHalfCollagen, double fragmentHalfElastin,
                          double degradationPerSasp, double degradationPerSed, double growthFactorGain) {

    private static final double DAYS_PER_YEAR = 365.25;
    private static final double LN2 = 0.6931471805599453;

    public static MatrixRates of(ParameterSet p) {
        return new MatrixRates(
                p.get("tissue.reference_age"),
                LN2 / (p.get("matrix.collagen.half_life") * DAYS_PER_YEAR),
                1.0 / (p.get("matrix.elastin.residence") * DAYS_PER_YEAR),
                LN2 / (p.get("matrix.fragment.half_life") * DAYS_PER_YEAR),
                p.get("matrix.synthesis.age_decline"),
                p.get("matrix.elastin.synthesis_decline"),
                p.get("matrix.synthesis.sasp_half"),
                p.get("matrix.synthesis.fragment_half"),
                p.get("matrix.elastin.fragment_half"),
                p.get("matrix.degradation.sasp") / DAYS_PER_YEAR,
                p.get("matrix.degradation.uv"),
                p.get("matrix.synthesis.growth_factor_gain"));
    }

    /** Intrinsic (age-only) collagen synthesis factor of a healthy fibroblast. */
    public double collagenAgeFactor(double ageYears) {
        return Math.max(0.0, 1.0 - synthesisAgeDecline * Math.max(0.0, ageYears - referenceAge));
    }

    /**
     * Collagen at steady state with constant rates, {@code k_C·a/(k_C + k_S·c + k_UV·uv)}, for a
     * normalised synthesis activity {@code a} (healthy occupancy over set point times the activity
     * of one fibroblast), local SASP {@code c} (blood background included) and daily dermal UV dose
     * {@code uv}: the balance of {@code dC/dt = k_C·a − (k_C + k_S·c + k_UV·uv)·C}.
     */
    public double steadyCollagen(double activity, double sasp, double uvPerDay) {
        return collagenTurnover * activity / (collagenTurnover + degradationPerSasp * sasp + degradationPerSed * uvPerDay);
    }

    /** Synthesis activity of one healthy fibroblast with no fragments and no growth factor. */
    public double freshActivity(double ageYears, double sasp) {
        return collagenAgeFactor(ageYears) / (1.0 + sasp / saspHalf);
    }

    /** Intrinsic (age-only) elastin synthesis factor of a healthy fibroblast. */
    public double elastinAgeFactor(double ageYears) {
        return Math.max(0.0, 1.0 - elastinSynthesisDecline * Math.max(0.0, ageYears - referenceAge));
    }
}
