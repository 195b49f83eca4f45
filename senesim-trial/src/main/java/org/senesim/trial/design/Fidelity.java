package org.senesim.trial.design;

/** Which skin model a trial's people carry. */
public enum Fidelity {
    /** The organism model with its built-in skin compartment: fastest, no tissue endpoints. */
    ORGANISM("organism"),
    /** The reduced mean-field skin of the cohort (needs the run layer, issue #10). */
    REDUCED_SKIN("reduced-skin"),
    /** The full mean-field skin. */
    MEAN_FIELD("mean-field"),
    /** The lattice patch, cell by cell. */
    LATTICE("lattice");

    private final String id;

    Fidelity(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
