package org.senesim.tissue;

/**
 * The geometry of one treatment session on the patch: which voxels are ablated (cells and matrix
 * removed), which are coagulated (cells killed, part of the collagen denatured), which epidermal
 * columns are replaced, and the growth-factor pulse the wound releases.
 *
 * @param ablatedVoxels       voxels whose cells and matrix are removed
 * @param coagulatedVoxels    voxels whose cells die and whose collagen is partly denatured
 * @param denaturedFraction   fraction of collagen and elastin lost in coagulated voxels, 0..1
 * @param treatedColumns      basal-epidermis columns whose keratinocytes are replaced (damage and mutations reset)
 * @param growthFactorPulse   growth-factor secretion released per wounded voxel on the day of the wound,
 *                            in reference-cell units
 * @param pulseDecayDays      mean life of the wound's growth-factor release, days
 */
public record Wound(int[] ablatedVoxels, int[] coagulatedVoxels, double denaturedFraction, int[] treatedColumns,
                    double growthFactorPulse, double pulseDecayDays) {

    public Wound {
        if (!(denaturedFraction >= 0 && denaturedFraction <= 1)) {
            throw new IllegalArgumentException("denatured fraction must be in [0, 1], got " + denaturedFraction);
        }
        if (!(growthFactorPulse >= 0) || !(pulseDecayDays > 0)) {
            throw new IllegalArgumentException("growth-factor pulse must be >= 0 and its decay time > 0");
        }
    }
}
