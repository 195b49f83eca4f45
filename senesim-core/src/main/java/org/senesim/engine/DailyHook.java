package org.senesim.engine;

import org.senesim.tissue.TissuePatch;

/**
 * Something that acts on the patch before each simulated day: a treatment protocol, an experiment
 * (injected cells), the organism's coupling. Hooks run in the order given, on the main thread,
 * between parallel sweeps, so they may change the patch freely but must draw random numbers only
 * from the counter-based generator.
 */
@FunctionalInterface
public interface DailyHook {

    /**
     * @param patch the patch about to be stepped
     * @param day   the day about to be simulated (0 = start of the run)
     */
    void beforeDay(TissuePatch patch, long day);
}
