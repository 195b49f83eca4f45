package org.senesim.engine;

import java.io.DataOutput;
import java.io.IOException;

/**
 * Where a long run puts its checkpoints, and how often (docs/outputs.md, "Checkpoints"). The engine
 * decides what state is (everything that changes from day to day, {@link CoupledState}); whoever
 * implements this decides the file, its header and how it is made durable. The model itself never
 * writes files.
 */
public interface Checkpoints {

    /** Simulated days between checkpoints, at least 1. */
    long everyDays();

    /**
     * Saves the state at the start of {@code day} (before that day is observed or simulated).
     *
     * @param body writes the state; call it exactly once
     */
    void save(long day, StateWriter body) throws IOException;

    /** Writes a run's state to a stream. */
    @FunctionalInterface
    interface StateWriter {
        void write(DataOutput out) throws IOException;
    }
}
