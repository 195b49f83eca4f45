package org.senesim.systemic;

/** Sex, used by sex-specific outcome calibrations (grip strength norms). */
public enum Sex {
    MALE("male"),
    FEMALE("female");

    private final String id;

    Sex(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
