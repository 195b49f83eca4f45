package org.senesim.intervention;

/**
 * The systemic side of a protocol, for the organism model: oral senolytics and senomorphics acting
 * on every organ, intravenous stem cells, cryotherapy's effect on blood SASP, and lifestyle changes.
 *
 * <p>{@link ProtocolSchedule} implements it next to {@link org.senesim.tissue.DailyHook}, so the
 * organism coupling can find it among the hooks of a run ({@code hook instanceof SystemicEffects})
 * and ask each day what acts on the body. {@link #on} is a pure function of the protocol: it does
 * not depend on the patch or on the order hooks run in.
 */
public interface SystemicEffects {

    /**
     * @param day simulated day, 0 = start of the run
     * @return what acts on the body that day ({@link SystemicDay#NEUTRAL} when nothing does)
     */
    SystemicDay on(long day);
}
