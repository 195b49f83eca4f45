package org.senesim.systemic;

/**
 * The compartments of the organism model. Each carries a senescent burden in organism units (see
 * {@code docs/organism.md}); the brain compartment stands for the hippocampus, whose burden drives
 * the memory score.
 */
public enum Organ {
    SKIN("skin", "Skin"),
    LIVER("liver", "Liver"),
    MUSCLE("muscle", "Skeletal muscle"),
    BRAIN("brain", "Brain (hippocampus)"),
    REST("rest", "Rest of body");

    /** Number of organs; organ {@code o} is state component {@code o.ordinal()}. */
    public static final int COUNT = 5;

    private final String id;
    private final String label;

    Organ(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Machine id, as used in registry ids and column ids. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Organ from its machine id. */
    public static Organ parse(String id) {
        for (Organ o : values()) {
            if (o.id.equalsIgnoreCase(id.strip())) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown organ '" + id + "'; allowed: skin, liver, muscle, brain, rest");
    }
}
