package org.senesim.run;

import org.senesim.engine.ProgressListener;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a design on the threads of this JVM. Independent runs go side by side, up to two per thread
 * (one thread: one run at a time, on the caller's thread), so that three arms on two cores finish
 * together instead of leaving one core idle for the last arm; small patches gain little from
 * parallel sweeps within a run. Threads left over (fewer runs than threads) go to each run's own
 * sweeps, which is what one large patch needs.
 *
 * <p>Runs start in the design's order and at most a few runs beyond the oldest undelivered one are
 * under way or waiting, so a long design holds only a window of results, never all of them. Results
 * reach the sink in the design's order, on one thread at a time. Whatever the thread count, every
 * result is bit-identical, because each run is a pure function of its spec.
 */
public final class LocalExecutor implements Executor {

    private final int threads;
    private final ProgressListener progress;

    /**
     * @param threads  threads in all (&ge; 1)
     * @param progress told the simulated days done over all runs of a design, or null for none
     */
    public LocalExecutor(int threads, ProgressListener progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.progress = progress == null ? ProgressListener.NONE : progress;
    }

    /** {@code threads} threads, no progress. */
    public LocalExecutor(int threads) {
        this(threads, null);
    }

    /** Runs side by side for a design of {@code runs} runs. */
    public int concurrentRuns(int runs) {
        return Math.max(1, Math.min(threads == 1 ? 1 : 2 * threads, runs));
    }

    /** Worker threads each run gets for its own sweeps when {@code runs} runs share this executor. */
    public int threadsPerRun(int runs) {
        return Math.max(1, threads / concurrentRuns(runs));
    }

    @Override
    public void execute(Design design, Simulator simulator, RunSink sink) {
        List<RunSpec> specs = design.specs();
        int n = specs.size();
        if (n == 0) {
            return;
        }
        Batch batch = new Batch(specs, simulator, sink, concurrentRuns(n), threadsPerRun(n),
                progress == ProgressListener.NONE ? 0 : design.totalDays());
        if (batch.concurrent == 1) {
            batch.work();
        } else {
            List<Thread> team = new ArrayList<>();
            for (int k = 0; k < batch.concurrent; k++) {
                Thread t = new Thread(batch::work, "senesim-run-" + k);
                t.setDaemon(true);
                team.add(t);
                t.start();
            }
            try {
                for (Thread t : team) {
                    t.join();
                }
            } catch (InterruptedException e) {
                batch.fail(e);
                team.forEach(Thread::interrupt);
                Thread.currentThread().interrupt();
            }
        }
        batch.rethrow();
    }

    /**
     * Independent tasks (a cohort's blocks) spread over this executor's threads: the caller's thread
     * and up to {@code threads − 1} more each claim the next task until none is left.
     */
    @Override
    public void runTasks(List<? extends Runnable> tasks) {
        int n = tasks.size();
        int team = Math.min(threads, n);
        if (team <= 1) {
            Executor.super.runTasks(tasks);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            int i;
            while (failure.get() == null && (i = next.getAndIncrement()) < n) {
                try {
                    tasks.get(i).run();
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int k = 1; k < team; k++) {
            Thread t = new Thread(work, "senesim-task-" + k);
            t.setDaemon(true);
            helpers.add(t);
            t.start();
        }
        work.run();
        try {
            for (Thread t : helpers) {
                t.join();
            }
        } catch (InterruptedException e) {
            failure.compareAndSet(null, e);
            helpers.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new IllegalStateException("interrupted while running tasks", t);
        }
    }

    /** One design under way: which spec is next, which results wait for their turn, the first failure. */
    private final class Batch {
        final List<RunSpec> specs;
        final Simulator simulator;
        final RunSink sink;
        final int concurrent;
        final int perRun;
        final int window;
        final long totalDays;
        final AtomicLong daysDone = new AtomicLong();
        final Map<Integer, ArmRun> waiting = new HashMap<>();
        int nextClaim;
        int nextDeliver;
        Throwable failure;

        Batch(List<RunSpec> specs, Simulator simulator, RunSink sink, int concurrent, int perRun, long totalDays) {
            this.specs = specs;
            this.simulator = simulator;
            this.sink = sink;
            this.concurrent = concurrent;
            this.perRun = perRun;
            this.window = 4 * concurrent;
            this.totalDays = totalDays;
        }

        /** Claims specs in order, runs them and delivers every result whose predecessors are delivered. */
        void work() {
            while (true) {
                int i;
                synchronized (this) {
                    while (failure == null && nextClaim < specs.size() && nextClaim >= nextDeliver + window) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            failure = e;
                        }
                    }
                    if (failure != null || nextClaim >= specs.size()) {
                        notifyAll();
                        return;
                    }
                    i = nextClaim++;
                }
                ArmRun run;
                try {
                    run = simulator.run(specs.get(i), new RunContext(perRun, listener()));
                } catch (Throwable t) {
                    fail(t);
                    return;
                }
                synchronized (this) {
                    waiting.put(i, run);
                    try {
                        while (failure == null && waiting.containsKey(nextDeliver)) {
                            sink.accept(nextDeliver, waiting.remove(nextDeliver));
                            nextDeliver++;
                        }
                    } catch (Throwable t) {
                        failure = failure == null ? t : failure;
                    }
                    notifyAll();
                }
            }
        }

        /** This run's days added to the design's total: O(1) per day whatever the number of runs. */
        private ProgressListener listener() {
            if (totalDays == 0) {
                return ProgressListener.NONE;
            }
            long[] mine = {0};
            return (done, total) -> {
                long sum = daysDone.addAndGet(done - mine[0]);
                mine[0] = done;
                synchronized (daysDone) {
                    progress.progress(sum, totalDays);
                }
            };
        }

        synchronized void fail(Throwable t) {
            if (failure == null) {
                failure = t;
            }
            notifyAll();
        }

        void rethrow() {
            Throwable t;
            synchronized (this) {
                t = failure;
            }
            if (t == null) {
                return;
            }
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error err) {
                throw err;
            }
            if (t instanceof InterruptedException) {
                throw new IllegalStateException("interrupted while running the design", t);
            }
            throw new IllegalStateException(t);
        }
    }
}
