package org.senesim.run;

import java.util.List;

/**
 * What to run: an ordered list of independent specs. The order is the order results reach a
 * {@link RunSink}; a design's own accessors (e.g. {@link ArmsDesign#index}) say what each position
 * means. Designs only list specs; where they run is an {@link Executor}'s business.
 */
public interface Design {

    /** The specs, in result order. */
    List<RunSpec> specs();

    /** Total simulated days of the design, for combined progress. */
    default long totalDays() {
        long sum = 0;
        for (RunSpec s : specs()) {
            sum += s.days();
        }
        return sum;
    }

    /** A design of exactly the given specs. */
    static Design of(List<RunSpec> specs) {
        List<RunSpec> copy = List.copyOf(specs);
        return () -> copy;
    }

    /** One run. */
    static Design one(RunSpec spec) {
        return of(List.of(spec));
    }
}
