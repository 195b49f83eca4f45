package org.senesim.engine;

/** Told how far a long run has come; implementations draw progress bars or log. */
@FunctionalInterface
public interface ProgressListener {

    /** Called after each simulated day: {@code done} of {@code total} days. */
    void progress(long done, long total);

    ProgressListener NONE = (done, total) -> { };
}
