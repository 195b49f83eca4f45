package org.senesim.scenario;

/** Species of the simulated organism; selects the registry's species-specific fits and age limits. */
public enum Species {
    HUMAN("human", 120.0),
    MOUSE("mouse", 4.0);

    private final String id;
    private final double maxAgeYears;

    Species(String id, double maxAgeYears) {
        this.id = id;
        this.maxAgeYears = maxAgeYears;
    }

    /** The word used in scenario files. */
    public String id() {
        return id;
    }

    /** Oldest age a scenario may reach (start age plus duration), in years. */
    public double maxAgeYears() {
        return maxAgeYears;
    }

    @Override
    public String toString() {
        return id;
    }
}
