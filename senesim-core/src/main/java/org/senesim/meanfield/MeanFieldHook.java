package org.senesim.meanfield;

/**
 * Acts on a {@link MeanFieldSkin} before each simulated day, as {@code tissue.DailyHook} does on
 * the lattice patch: a protocol's mean-field applier ({@code intervention.MeanFieldSchedule}).
 */
@FunctionalInterface
public interface MeanFieldHook {

    /**
     * @param skin the skin about to be stepped
     * @param day  the day about to be simulated, counted from the skin's start (0 = first day)
     */
    void beforeDay(MeanFieldSkin skin, long day);
}
