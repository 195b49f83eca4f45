package org.senesim.systemic.sde;

/**
 * Standard normal numbers for one step. Implementations must be pure functions of the step index
 * (and of whatever identity they were built with), so that a path can be replayed and so that
 * many paths can be advanced in any order, on any number of threads, with identical results.
 */
@FunctionalInterface
public interface NoiseSource {

    /** Fills {@code out} with independent standard normal numbers for step {@code step}. */
    void fill(long step, double[] out);
}
