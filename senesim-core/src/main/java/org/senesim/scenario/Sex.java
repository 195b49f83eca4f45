package org.senesim.scenario;

/** Sex of the simulated person or mouse. */
public enum Sex {
    FEMALE("female"),
    MALE("male");

    private final String id;

    Sex(String id) {
        this.id = id;
    }

    /** The word used in scenario files. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
