package org.senesim.run;

import org.senesim.engine.ProgressListener;

/**
 * What an executor gives one run besides its spec: how many worker threads the run may use for its
 * own sweeps (a large patch), and where to report its days. Neither changes the result.
 *
 * @param threads  worker threads for this run's parallel sweeps (&ge; 1)
 * @param progress told after every simulated day
 */
public record RunContext(int threads, ProgressListener progress) {

    public RunContext {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        progress = progress == null ? ProgressListener.NONE : progress;
    }

    /** One thread, no progress. */
    public static RunContext single() {
        return new RunContext(1, ProgressListener.NONE);
    }
}
