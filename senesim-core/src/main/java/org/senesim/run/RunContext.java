package org.senesim.run;

import org.senesim.engine.MeanFieldPrefix;
import org.senesim.engine.ProgressListener;

/**
 * What an executor gives one run besides its spec: how many worker threads the run may use for its
 * own sweeps (a large patch), where to report its days, and an untreated life of the same person
 * to go on from. None of them changes the result.
 *
 * @param threads  worker threads for this run's parallel sweeps (&ge; 1)
 * @param progress told after every simulated day
 * @param prefix   on the mean-field skin: the untreated life of the run's scenario, parameters and seed,
 *                 recorded by an untreated run and gone on from by treated ones ({@link MeanFieldPrefix});
 *                 null for none, and ignored by the other fidelities
 */
public record RunContext(int threads, ProgressListener progress, MeanFieldPrefix prefix) {

    public RunContext {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        progress = progress == null ? ProgressListener.NONE : progress;
    }

    public RunContext(int threads, ProgressListener progress) {
        this(threads, progress, null);
    }

    /** One thread, no progress. */
    public static RunContext single() {
        return new RunContext(1, ProgressListener.NONE);
    }

    /** The same context with an untreated life to record into or go on from. */
    public RunContext withPrefix(MeanFieldPrefix untreated) {
        return new RunContext(threads, progress, untreated);
    }
}
