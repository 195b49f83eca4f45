package org.senesim.parallel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall time spent in each named phase of a simulated day, for benchmarks and performance notes.
 * Costs two {@code System.nanoTime} calls per phase per day, which is noise next to a day's work.
 */
public final class PhaseClock {

    private final String[] names;
    private final long[] nanos;
    private long mark;

    public PhaseClock(String... names) {
        this.names = names.clone();
        this.nanos = new long[names.length];
    }

    /** Starts timing the day. */
    public void start() {
        mark = System.nanoTime();
    }

    /** Ends the current phase, charging its time to {@code phase}, and starts the next one. */
    public void lap(int phase) {
        long now = System.nanoTime();
        nanos[phase] += now - mark;
        mark = now;
    }

    /** Nanoseconds spent per phase so far, in phase order. */
    public Map<String, Long> totals() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], nanos[i]);
        }
        return m;
    }
}
