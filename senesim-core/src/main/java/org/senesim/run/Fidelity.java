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
    MEAN_FIELD,
    /**
     * A screening fidelity: the mean-field skin stepped in weekly strides
     * ({@code meanfield.MeanFieldSkin#setStrideDays}: each day's treatments and inputs gathered, one
     * step of seven days with their means), the organism still stepped daily. It changes the
     * numbers; what it is for is ordering candidates cheaply (the planner's {@code --screening
     * coarse-weekly}), with its error against the daily mean field measured (docs/planner.md).
     */
    MEAN_FIELD_WEEKLY;

    /** Days per step of the mean-field skin at this fidelity (1: daily; only the mean-field fidelities step a skin in days). */
    public int meanFieldStrideDays() {
        return this == MEAN_FIELD_WEEKLY ? 7 : 1;
    }

    /** Whether this fidelity runs on the mean-field skin. */
    public boolean meanField() {
        return this == MEAN_FIELD || this == MEAN_FIELD_WEEKLY;
    }
}
