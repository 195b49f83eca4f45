package org.senesim.meanfield;

/**
 * One treatment session's wound as a mean-field skin sees it: per depth layer, the expected share
 * of the layer's voxels ablated (cells and matrix removed), coagulated (cells killed, the denatured
 * share of collagen and elastin lost, the lost elastin left as fragments) and punctured by needle
 * tracks (cells killed, matrix left), plus the share of basal-epidermis units replaced and the
 * growth-factor pulse of every wounded voxel. It is the expectation of the lattice's
 * {@code tissue.Wound} over where the columns, needles or focal points fall.
 *
 * @param ablated            share of each layer ablated
 * @param coagulated         share of each layer coagulated
 * @param tracks             share of each layer punctured (not ablated or coagulated)
 * @param denaturedFraction  share of collagen and elastin lost in coagulated voxels, 0..1
 * @param epidermisReplaced  share of basal units replaced, 0..1
 * @param growthFactorPulse  growth factor released per wounded voxel on the day of the wound (cell-eq)
 * @param pulseDecayDays     mean life of the release, days
 * @param refillDays         time constant of wound repair: new collagen and elastin fill the wounded
 *                           voxels towards the unwounded tissue at their depth
 */
public record LayerWound(double[] ablated, double[] coagulated, double[] tracks, double denaturedFraction,
                         double epidermisReplaced, double growthFactorPulse, double pulseDecayDays, double refillDays) {

    public LayerWound {
        if (ablated.length != coagulated.length || ablated.length != tracks.length) {
            throw new IllegalArgumentException("a layer wound needs one share per layer in each array");
        }
        if (!(denaturedFraction >= 0 && denaturedFraction <= 1) || !(epidermisReplaced >= 0 && epidermisReplaced <= 1)) {
            throw new IllegalArgumentException("denatured and replaced shares must be in [0, 1]");
        }
        if (!(growthFactorPulse >= 0) || !(pulseDecayDays > 0) || !(refillDays > 0)) {
            throw new IllegalArgumentException("growth-factor pulse must be >= 0 and its decay time > 0");
        }
    }

    /** Share of layer {@code z} whose cells die (ablated, coagulated or punctured). */
    public double wounded(int z) {
        return Math.min(1.0, ablated[z] + coagulated[z] + tracks[z]);
    }
}
