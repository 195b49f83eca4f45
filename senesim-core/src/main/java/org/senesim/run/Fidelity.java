package org.senesim.run;

/**
 * How finely a run models the skin. Every fidelity runs the same {@link RunSpec} (person, tissue
 * geometry, arm, parameters, seed) and reports the same time-series columns, so a design can ask
 * the same question of a cheaper model: set the spec's fidelity ({@link RunSpec#withFidelity}) and
 * run it with {@link Simulator#byFidelity()}, which dispatches on it.
 */
public enum Fidelity {
    /**
     * The voxel lattice patch coupled every day to the organism model (for a mouse, whose skin the
     * patch is not calibrated for, the organism model alone).
     */
    PATCH,
    /**
     * The mean-field skin (the patch's expected state per depth layer, stepped with the patch's
     * rules: {@code meanfield.MeanFieldSkin}) coupled every day to the organism model, with the
     * arm applied by {@code intervention.MeanFieldSchedule}. Deterministic in the skin (only the
     * organism's noise depends on the seed), no snapshots, about 10 ms per simulated year whatever
     * the tissue's lateral size.
     */
    MEAN_FIELD
}
