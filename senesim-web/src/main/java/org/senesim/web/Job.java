package org.senesim.web;

import org.senesim.engine.ProgressListener;
import org.senesim.run.ArmRun;
import org.senesim.run.ArmsDesign;
import org.senesim.run.LocalExecutor;
import org.senesim.run.Simulator;
import org.senesim.scenario.Scenario;

import java.time.Instant;
import java.util.List;

/**
 * One scenario submitted from the browser: its design (arms × seeds), where it stands, and when
 * done its results. Known to the outside only by its opaque {@link #id()}, never by a path.
 * State changes are published through volatile fields read by the pages and the progress stream.
 */
public final class Job {

    /** Where a job stands. */
    public enum State {
        QUEUED, RUNNING, DONE, CANCELLED, FAILED;

        public boolean finished() {
            return this == DONE || this == CANCELLED || this == FAILED;
        }
    }

    /** Thrown from the progress listener to stop the design's runs (cancel, time limit). */
    static final class Stopped extends RuntimeException {
        Stopped(String why) {
            super(why, null, false, false);
        }
    }

    private final String id;
    private final Scenario scenario;
    private final String text;
    private final ArmsDesign design;
    private final long voxelDays;
    private final Instant submitted = Instant.now();
    private volatile State state = State.QUEUED;
    private volatile long done;
    private volatile long total;
    private volatile boolean cancelRequested;
    private volatile String message = "";
    private volatile List<List<ArmRun>> results;
    private volatile long startedNanos;
    private volatile long finishedNanos;
    private volatile Object cache;

    Job(String id, Scenario scenario, String text, ArmsDesign design, long voxelDays) {
        this.id = id;
        this.scenario = scenario;
        this.text = text;
        this.design = design;
        this.voxelDays = voxelDays;
        this.total = design.totalDays();
    }

    /**
     * Runs the design through the run layer on {@code threads} threads; the progress listener,
     * called after every simulated day of every run, is where cancel and the time limit act.
     */
    void run(int threads, long maxSeconds) {
        if (cancelRequested) {
            finish(State.CANCELLED, "cancelled before it started");
            return;
        }
        startedNanos = System.nanoTime();
        state = State.RUNNING;
        long deadline = startedNanos + maxSeconds * 1_000_000_000L;
        ProgressListener progress = (d, t) -> {
            done = d;
            total = t;
            if (cancelRequested) {
                throw new Stopped("cancelled");
            }
            if (System.nanoTime() > deadline) {
                throw new Stopped("stopped at the server's time limit of " + maxSeconds + " s; run a smaller scenario "
                        + "(fewer years, seeds or voxels) or start the server with a larger --max-seconds");
            }
        };
        try {
            results = design.run(new LocalExecutor(threads, progress), Simulator.patch());
            finish(State.DONE, "");
        } catch (Stopped s) {
            finish(cancelRequested ? State.CANCELLED : State.FAILED, s.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            // the scenario was checked by the loader; what is left is a model limit or a bug: say it in one line
            finish(State.FAILED, "the run failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private void finish(State s, String why) {
        message = why;
        finishedNanos = System.nanoTime();
        state = s;
    }

    /** Asks the job to stop; a queued job never starts, a running one stops within a simulated day. */
    void cancel() {
        cancelRequested = true;
    }

    public String id() {
        return id;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The scenario text as submitted. */
    public String text() {
        return text;
    }

    public ArmsDesign design() {
        return design;
    }

    public long voxelDays() {
        return voxelDays;
    }

    public Instant submitted() {
        return submitted;
    }

    public State state() {
        return state;
    }

    /** Simulated days done over every run of the design. */
    public long done() {
        return done;
    }

    public long total() {
        return total;
    }

    /** Why the job ended as it did (empty when it finished normally). */
    public String message() {
        return message;
    }

    /** Results as [replicate][arm], or null until done. */
    public List<List<ArmRun>> results() {
        return results;
    }

    /** Wall seconds from start to end (or to now while running), 0 before it starts. */
    public double seconds() {
        long s = startedNanos;
        if (s == 0) {
            return 0;
        }
        long e = finishedNanos == 0 ? System.nanoTime() : finishedNanos;
        return (e - s) / 1e9;
    }

    /** A value derived from the results once (the series JSON), kept with the job. */
    Object cache() {
        return cache;
    }

    void cache(Object value) {
        cache = value;
    }
}
