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

    /** Intrinsic (age-only) elastin synthesis factor of a healthy fibroblast. */
    public double elastinAgeFactor(double ageYears) {
        return Math.max(0.0, 1.0 - elastinSynthesisDecline * Math.max(0.0, ageYears - referenceAge));
    }
}
