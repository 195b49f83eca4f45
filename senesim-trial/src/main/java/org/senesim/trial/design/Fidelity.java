package org.senesim.trial.design;

/** Which skin model a trial's people carry. */
public enum Fidelity {
    /** The organism model with its built-in skin compartment: fastest, no tissue endpoints. */
    ORGANISM("organism"),
    /**
     * The reduced mean-field skin: one full mean-field reference run per stratum of people (arm,
     * sex, skin type, diet, and bins of enrolment age, latitude, outdoor hours, smoking and alcohol),
     * each person's senescent skin cells stepped on its tables with their own organism, parameters
     * and noise ({@code simulate.ReducedLives}, docs/trials.md).
     */
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

    /** True when each person carries their own skin site, run through the run layer. */
    public boolean skin() {
        return this == MEAN_FIELD || this == LATTICE;
    }

    /** True when arms are protocols of any catalog entry ({@link SkinStep}s) rather than senolytic pulses. */
    public boolean protocolArms() {
        return skin() || this == REDUCED_SKIN;
    }

    /** The run layer's fidelity of a skin fidelity. */
    public org.senesim.run.Fidelity run() {
        return switch (this) {
            case MEAN_FIELD -> org.senesim.run.Fidelity.MEAN_FIELD;
            case LATTICE -> org.senesim.run.Fidelity.PATCH;
            default -> throw new IllegalStateException(id + " does not run through the run layer");
        };
    }
}
