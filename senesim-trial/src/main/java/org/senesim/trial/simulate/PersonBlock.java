package org.senesim.trial.simulate;

import java.io.Serializable;

/**
 * A block of consecutive people after screening and allocation: what an executor needs to rebuild
 * and simulate their units anywhere ({@link Allocation#units}). People are drawn from (seed, index)
 * and allocation runs in person order on one machine, so a block is small (a byte per person) and
 * can be shipped to another process (Spark) as it is.
 *
 * @param from index of the first person
 * @param arms per person: {@link #NOT_ELIGIBLE}, the arm of a parallel trial, or {@link #EVERY_ARM}
 */
public record PersonBlock(int from, byte[] arms) implements Serializable {

    /** Screened out at enrolment. */
    public static final int NOT_ELIGIBLE = -1;
    /** In every arm (split-body and counterfactual designs). */
    public static final int EVERY_ARM = -2;

    public int size() {
        return arms.length;
    }

    /** Index after the last person. */
    public int to() {
        return from + arms.length;
    }

    public int arm(int k) {
        return arms[k];
    }

    /** People enrolled in this block. */
    public int eligible() {
        int n = 0;
        for (byte a : arms) {
            n += a == NOT_ELIGIBLE ? 0 : 1;
        }
        return n;
    }
}
