package org.senesim.run;

/**
 * Receives the results of a design one by one, in the design's order (index 0, 1, 2, ...) whatever
 * the executor and thread count, on one thread at a time. A sink that writes each result away and
 * keeps only what it needs lets a cohort or a thousand samples run without holding every result.
 */
@FunctionalInterface
public interface RunSink {

    /**
     * @param index position of the spec in {@link Design#specs()}
     * @param run   its result
     */
    void accept(int index, ArmRun run);
}
