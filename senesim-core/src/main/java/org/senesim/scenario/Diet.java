package org.senesim.scenario;

/**
 * Habitual diet, as a class. It feeds oxidative stress (ROS) in the damage equation; how much each
 * class adds is a registry parameter, not fixed here.
 */
public enum Diet {
    BALANCED("balanced"),
    WESTERN("western"),
    MEDITERRANEAN("mediterranean"),
    HIGH_FAT("high-fat");

    private final String id;

    Diet(String id) {
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
