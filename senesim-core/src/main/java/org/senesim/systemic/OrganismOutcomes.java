package org.senesim.systemic;

import org.senesim.scenario.Species;

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
     * Grip strength in kg from the muscle load: {@code G_peak − g·max(0, L_m − L_ref)}, the
     * person's peak (drawn around the sex-specific median of Dodds 2014) falling linearly with excess load at the rate calibrated to
     * the 50–85 decline, and never below {@code floor·G_peak} (the map is only calibrated up to the
     * loads of 85-year-olds; the burden surge before death would otherwise drive it to zero). NaN for
     * mice (the calibration is human).
     */
    public static double gripStrengthKg(OrganismParameters p, double muscleLoad, double personalPeak) {
        if (p.species != Species.HUMAN) {
            return Double.NaN;
        }
        double excess = Math.max(0.0, muscleLoad - p.referenceLoad);
        return Math.max(p.gripFloor * personalPeak, personalPeak - p.gripLoss * excess);
    }

    /**
     * Memory score in standard deviations from the young-adult mean (0 = young adult, −1 = one SD
     * worse) from the hippocampal load: {@code −m·max(0, L_b − L_ref)}, never below {@code −floor}.
     */
    public static double memoryScore(OrganismParameters p, double brainLoad) {
        double excess = Math.max(0.0, brainLoad - p.referenceLoadBrain);
        return Math.max(-p.memoryFloor, -p.memoryLoss * excess);
    }

    /**
     * Frailty index (proportion of deficits present) from the whole-body load: starts at the
     * young-adult baseline and saturates at the ceiling (≈ 0.7, Rockwood &amp; Mitnitski 2006),
     * {@code FI = c − (c − b)·exp(−r·max(0, L_T − L_ref))}.
     */
    public static double frailtyIndex(OrganismParameters p, double totalLoad) {
        double excess = Math.max(0.0, totalLoad - p.referenceLoadTotal);
        return p.frailtyCeiling - (p.frailtyCeiling - p.frailtyBaseline) * StrictMath.exp(-p.frailtyRate * excess);
    }
}
