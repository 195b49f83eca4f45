package org.senesim.random;

/**
 * The named random streams of the model. Each stochastic process draws from its own stream so
 * that adding a process, or a draw to one, never shifts the numbers another process sees.
 * Numbers are part of the reproducibility contract: never renumber a stream, only add.
 */
public final class RandomStreams {
    public static final int TISSUE_INIT = 1;
    public static final int FIBROBLAST_FATE = 2;
    public static final int FIBROBLAST_DIVISION = 3;
    public static final int CLEARANCE = 4;
    public static final int STEM_CELL_WALK = 5;
    public static final int KERATINOCYTE = 6;
    public static final int MELANOCYTE = 7;
    public static final int ORGANISM_NOISE = 8;
    public static final int ORGANISM_EVENTS = 9;
    public static final int INTERVENTION = 10;
    public static final int PARAMETER_SAMPLING = 11;
    public static final int COHORT = 12;
    /** The wandering part of a person's traits (the production factor's Ornstein-Uhlenbeck steps). */
    public static final int ORGANISM_TRAIT = 13;

    private RandomStreams() {
    }
}
