package org.senesim.systemic;

/** Species whose published fit (Karin et al. 2019) the organism model uses. */
public enum Species {
    HUMAN("human"),
    MOUSE("mouse");

    private final String id;

    Species(String id) {
        this.id = id;
    }

    /** Suffix of species-specific registry ids, e.g. {@code organism.production.eta.human}. */
    public String id() {
        return id;
    }
}
