package org.senesim.systemic;

/**
 * Functional read-outs of the organism state. Each is a function of a load: the running mean of a
 * burden over {@code organism.function.load_time} (burden moves in days, function in months), taken
 * relative to the young-adult reference load. What each is calibrated to is in
 * {@code docs/organism.md} and in the registry notes.
 */
public final class OrganismOutcomes {

    private OrganismOutcomes() {
    }

    /**
     * Grip strength in kg from the muscle load: {@code G_peak − g·max(0, L_m − L_ref)}, never below
     * zero. Peak and slope are the sex-specific calibrations to Dodds 2014. NaN for mice (the
     * calibration is human).
     */
    public static double gripStrengthKg(OrganismParameters p, double muscleLoad) {
        if (p.species != Species.HUMAN) {
            return Double.NaN;
        }
        return Math.max(0.0, p.gripPeak - p.gripLoss * Math.max(0.0, muscleLoad - p.referenceLoad));
    }

    /**
     * Memory score in standard deviations from the young-adult mean (0 = young adult, −1 = one SD
     * worse) from the hippocampal load.
     */
    public static double memoryScore(OrganismParameters p, double brainLoad) {
        return -p.memoryLoss * Math.max(0.0, brainLoad - p.referenceLoad);
    }

    /**
     * Frailty index (proportion of deficits present) from the whole-body load: starts at the
     * young-adult baseline and saturates at the ceiling (≈ 0.7, Rockwood &amp; Mitnitski 2006),
     * {@code FI = c − (c − b)·exp(−r·max(0, L_T − L_ref))}.
     */
    public static double frailtyIndex(OrganismParameters p, double totalLoad) {
        double excess = Math.max(0.0, totalLoad - p.referenceLoad);
        return p.frailtyCeiling - (p.frailtyCeiling - p.frailtyBaseline) * StrictMath.exp(-p.frailtyRate * excess);
    }
}
