package org.senesim.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a design runs: {@link LocalExecutor} on the threads of this JVM; a cluster or a web job
 * queue adds its own. Every executor hands the results to the sink in the design's order and gives
 * bit-identical results, because each run is a pure function of its spec.
 */
public interface Executor {

    /**
     * Runs every spec of the design with the simulator and gives each result to the sink, index 0
     * first. The first failure of a run is rethrown as it was (a runtime exception or error) after
     * the runs under way have stopped; results after it are not delivered.
     */
    void execute(Design design, Simulator simulator, RunSink sink);

    /**
     * Runs independent tasks and returns when every one has finished: the blocks of a
     * {@link CohortDesign} advancing the same steps. Tasks write disjoint state, so where and in which
     * order they run changes nothing; the first failure is rethrown as it was after the others have
     * stopped. This default runs them one after the other on the caller's thread.
     */
    default void runTasks(List<? extends Runnable> tasks) {
        for (Runnable t : tasks) {
            t.run();
        }
    }

    /** Runs the design and returns every result, in the design's order. */
    default List<ArmRun> runAll(Design design, Simulator simulator) {
        ArmRun[] out = new ArmRun[design.specs().size()];
        execute(design, simulator, (i, run) -> out[i] = run);
        return new ArrayList<>(Arrays.asList(out));
    }
}
