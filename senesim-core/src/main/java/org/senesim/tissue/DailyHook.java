package org.senesim.tissue;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Something that acts on the patch before each simulated day: a treatment protocol, an experiment
 * (injected cells), the organism's coupling. Hooks run in the order given, on the main thread,
 * between parallel sweeps, so they may change the patch freely but must draw random numbers only
 * from the counter-based generator.
 */
@FunctionalInterface
public interface DailyHook {

    /**
     * @param patch the patch about to be stepped
     * @param day   the day about to be simulated (0 = start of the run)
     */
    void beforeDay(TissuePatch patch, long day);

    /**
     * Checkpoint: writes what this hook remembers between days (docs/outputs.md, "Checkpoints"). A
     * hook that remembers nothing writes nothing; one that cannot be checkpointed says so, and a
     * run with it refuses {@code --checkpoint-every}.
     */
    default void writeState(DataOutput out) throws IOException {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot be checkpointed");
    }

    /** Restores what {@link #writeState} wrote, into a hook made the same way. */
    default void readState(DataInput in) throws IOException {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot be checkpointed");
    }
}
