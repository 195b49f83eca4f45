package org.senesim.trial;

/**
 * Random streams of trials, for {@link org.senesim.random.CounterRandom#key}. Numbered from 101 so
 * they never meet the model's own streams ({@link org.senesim.random.RandomStreams}, 1..). Each
 * draw is keyed by the person's index, never by the order people are simulated in.
 */
public final class TrialStreams {

    /** Traits of person i (entity i, draw k = trait k). */
    public static final int POPULATION = 101;
    /** Registry parameters varied between people (step = person, entity = parameter id hash). */
    public static final int PERSON_PARAMETERS = 102;
    /** Arm allocation (entity = person). */
    public static final int RANDOMISATION = 103;
    /** Loss to follow-up (entity = person). */
    public static final int LOSS = 104;
    /** A skin-fidelity life: the run seed (entity = person) and the lesion thresholds (step = endpoint). */
    public static final int SKIN = 105;
    /** The posterior parameter set a person lives with {@code --posterior} (entity = person). */
    public static final int POSTERIOR_SET = 106;

    private TrialStreams() {
    }
}
