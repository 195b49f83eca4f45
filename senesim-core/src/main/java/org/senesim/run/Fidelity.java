package org.senesim.run;

/**
 * How finely a run models the skin. Today one fidelity runs through the run layer; the treatment
 * timeline (issue #10, second half) adds the mean-field and reduced cohort skins here together
 * with their appliers, so a design can ask the same question of a cheaper model.
 */
public enum Fidelity {
    /**
     * The voxel lattice patch coupled every day to the organism model (for a mouse, whose skin the
     * patch is not calibrated for, the organism model alone).
     */
    PATCH
}
