package org.senesim.intervention;

import org.senesim.scenario.Person;

/**
 * What a protocol does to the rest of the body on one simulated day, for the organism model. The
 * skin patch's share is applied by {@link ProtocolSchedule} itself; this is everything that acts
 * through the blood or on other organs. {@link #NEUTRAL} on most days.
 *
 * @param senolyticKillFraction fraction of senescent cells removed today in every organ the drug
 *                              reaches, 0..1; in a coupled run the distant organs get it here and
 *                              the skin patch its own share through the protocol's patch hook
 * @param saspFactor            SASP secretion of senescent cells in every organ relative to untreated
 *                              (oral senomorphics), 1 = no effect
 * @param bloodSaspFactor       blood SASP relative to untreated (whole-body cryotherapy), 1 = no effect
 * @param stemCellReserveGain   relative gain of the stem-cell reserve applied today (intravenous stem
 *                              cells), 0 = none
 * @param lifestyle             the person's exposures from today on, or null when unchanged today
 *                              (sunscreen, smoking, alcohol, diet; age is the start age)
 */
public record SystemicDay(double senolyticKillFraction, double saspFactor, double bloodSaspFactor,
                          double stemCellReserveGain, Person lifestyle) {

    public static final SystemicDay NEUTRAL = new SystemicDay(0.0, 1.0, 1.0, 0.0, null);

    /** True when nothing acts today. */
    public boolean isNeutral() {
        return senolyticKillFraction == 0.0 && saspFactor == 1.0 && bloodSaspFactor == 1.0
                && stemCellReserveGain == 0.0 && lifestyle == null;
    }
}
