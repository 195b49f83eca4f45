package org.senesim.meanfield;

import org.senesim.tissue.TissueModifiers;

/**
 * The sums a {@link MeanFieldSkin} gathers over the days of a stride (the screening fidelity, see
 * {@link MeanFieldSkin#setStrideDays}): the day's surface UV dose, immune capacity, blood SASP and
 * senolytic hazard, and every treatment modifier, whose means act as the stride's. Slots of one
 * {@code double[]} so that a skin's state copies as plain numbers.
 */
final class Stride {

    static final int SURFACE = 0;
    static final int IMMUNE = 1;
    static final int BLOOD = 2;
    static final int SENOLYTIC = 3;
    private static final int CLEARANCE = 4;
    private static final int KILL = 5;
    private static final int REPROGRAM = 6;
    private static final int SECRETION = 7;
    private static final int SYNTHESIS = 8;
    private static final int BLOOD_FACTOR = 9;
    private static final int FRAGMENTS = 10;
    private static final int EXTRA_SENESCENCE = 11;
    static final int SUMS = 12;

    private Stride() {
    }

    /** Adds the day's modifiers to the sums. */
    static void add(double[] sums, TissueModifiers m) {
        sums[CLEARANCE] += m.clearanceMultiplier;
        sums[KILL] += m.senescentKillHazard;
        sums[REPROGRAM] += m.reprogramHazard;
        sums[SECRETION] += m.saspSecretionFactor;
        sums[SYNTHESIS] += m.synthesisMultiplier;
        sums[BLOOD_FACTOR] += m.bloodSaspFactor;
        sums[FRAGMENTS] += m.fragmentClearanceMultiplier;
        sums[EXTRA_SENESCENCE] += m.extraSenescenceHazard;
    }

    /**
     * Sets the modifiers to their means over the stride's {@code days}, after keeping the values the
     * treatments set last in {@code kept}: the treatments swap their own factors in and out of the
     * modifiers (intervention.Effects), so the stride must give them back ({@link #restore}).
     */
    static void mean(double[] sums, int days, TissueModifiers m, double[] kept) {
        kept[CLEARANCE] = m.clearanceMultiplier;
        kept[KILL] = m.senescentKillHazard;
        kept[REPROGRAM] = m.reprogramHazard;
        kept[SECRETION] = m.saspSecretionFactor;
        kept[SYNTHESIS] = m.synthesisMultiplier;
        kept[BLOOD_FACTOR] = m.bloodSaspFactor;
        kept[FRAGMENTS] = m.fragmentClearanceMultiplier;
        kept[EXTRA_SENESCENCE] = m.extraSenescenceHazard;
        m.clearanceMultiplier = sums[CLEARANCE] / days;
        m.senescentKillHazard = sums[KILL] / days;
        m.reprogramHazard = sums[REPROGRAM] / days;
        m.saspSecretionFactor = sums[SECRETION] / days;
        m.synthesisMultiplier = sums[SYNTHESIS] / days;
        m.bloodSaspFactor = sums[BLOOD_FACTOR] / days;
        m.fragmentClearanceMultiplier = sums[FRAGMENTS] / days;
        m.extraSenescenceHazard = sums[EXTRA_SENESCENCE] / days;
    }

    /** Gives the modifiers back the values kept by {@link #mean}. */
    static void restore(double[] kept, TissueModifiers m) {
        m.clearanceMultiplier = kept[CLEARANCE];
        m.senescentKillHazard = kept[KILL];
        m.reprogramHazard = kept[REPROGRAM];
        m.saspSecretionFactor = kept[SECRETION];
        m.synthesisMultiplier = kept[SYNTHESIS];
        m.bloodSaspFactor = kept[BLOOD_FACTOR];
        m.fragmentClearanceMultiplier = kept[FRAGMENTS];
        m.extraSenescenceHazard = kept[EXTRA_SENESCENCE];
    }
}
