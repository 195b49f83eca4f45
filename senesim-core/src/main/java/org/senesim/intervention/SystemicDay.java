package org.senesim.intervention;

import org.senesim.scenario.Person;
import org.senesim.systemic.Organ;

/**
 * What a protocol does to the rest of the body on one simulated day, for the organism model. The
 * skin patch's share is applied by {@link ProtocolSchedule} itself; this is everything that acts
 * through the blood or on other organs. {@link #NEUTRAL} on most days.
 *
 * @param senolyticKill         fraction of each organ's senescent cells removed today, 0..1, indexed by
 *                              {@link Organ#ordinal()} (an oral senolytic reaches each organ to its own
 *                              degree: {@link SenolyticReach}); in a coupled run the distant organs get
 *                              it here and the skin patch its own share through the protocol's patch
 *                              hook. Not copied: callers must not change it
 * @param saspFactor            SASP secretion of senescent cells in every organ relative to untreated
 *                              (oral senomorphics), 1 = no effect
 * @param bloodSaspFactor       blood SASP relative to untreated (whole-body cryotherapy), 1 = no effect
 * @param stemCellReserveGain   relative gain of the stem-cell reserve applied today (intravenous stem
 *                              cells), 0 = none
 * @param lifestyle             the person's exposures from today on, or null when unchanged today
 *                              (sunscreen, smoking, alcohol, diet; age is the start age)
 */
public record SystemicDay(double[] senolyticKill, double saspFactor, double bloodSaspFactor,
                          double stemCellReserveGain, Person lifestyle) {

    private static final double[] NO_KILL = new double[Organ.COUNT];

    public static final SystemicDay NEUTRAL = new SystemicDay(NO_KILL, 1.0, 1.0, 0.0, null);

    /** Fraction of {@code organ}'s senescent cells removed today. */
    public double senolyticKillFraction(Organ organ) {
        return senolyticKill[organ.ordinal()];
    }

    /** True when a senolytic removes cells from some organ today. */
    public boolean anySenolytic() {
        for (double k : senolyticKill) {
            if (k > 0) {
                return true;
            }
        }
        return false;
    }

    /** True when nothing acts today. */
    public boolean isNeutral() {
        return !anySenolytic() && saspFactor == 1.0 && bloodSaspFactor == 1.0
                && stemCellReserveGain == 0.0 && lifestyle == null;
    }
}
