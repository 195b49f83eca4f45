package org.senesim.engine;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed team of worker threads that runs loops over index ranges split into chunks.
 *
 * <p>Determinism contract: chunk boundaries depend only on the range and the grain, never on the
 * thread count, so a reduction done per chunk and combined in chunk order gives bit-identical
 * results with 1 or N threads. Bodies must write only inside their own chunk (or into per-chunk
 * slots). With one thread everything runs on the caller's thread.
 *
 * <p>Why not an ExecutorService: a simulated day is a few hundred microseconds of work split into
 * several parallel loops, and waking a parked pool thread costs tens of microseconds on a virtual
 * machine. Team threads instead spin briefly between loops (as OpenMP runtimes do) and park only
 * after a pause of a fifth of a millisecond, so back-to-back loops start at once.
 */
public final class Workers implements AutoCloseable {

    /** Loop body over one chunk {@code [from, to)} with its chunk number. */
    @FunctionalInterface
    public interface ChunkBody {
        void run(int chunk, int from, int to);
    }

    private static final long SPIN_NANOS = 200_000L;
    private static final long WAIT_SPIN_NANOS = 50_000L;

    /** One call of {@link #forChunks}: its own counters, so a late helper can never mix two calls. */
    private static final class Job {
        final ChunkBody body;
        final int n;
        final int grain;
        final int chunks;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        Job(ChunkBody body, int n, int grain, int chunks) {
            this.body = body;
            this.n = n;
            this.grain = grain;
            this.chunks = chunks;
        }

        /** Claims and runs chunks until none are left. */
        void work() {
            int c;
            while ((c = next.getAndIncrement()) < chunks) {
                int from = c * grain;
                try {
                    body.run(c, from, Math.min(n, from + grain));
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    done.incrementAndGet();
                }
            }
        }
    }

    private final int threads;
    private final Thread[] team;
    private volatile boolean closed;
    private volatile Job current;

    public Workers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.team = new Thread[threads - 1];
        for (int t = 0; t < team.length; t++) {
            Thread thread = new Thread(this::teamLoop, "senesim-worker-" + (t + 1));
            thread.setDaemon(true);
            team[t] = thread;
            thread.start();
        }
    }

    public int threads() {
        return threads;
    }

    /** Number of chunks {@link #forChunks} will use for a range of {@code n} with this grain. */
    public static int chunkCount(int n, int grain) {
        return n <= 0 ? 0 : (n + grain - 1) / grain;
    }

    /**
     * Runs {@code body} over {@code [0, n)} in chunks of {@code grain} indices (the last may be
     * shorter). Returns when all chunks are done; rethrows the first failure. Not reentrant: call
     * it from one thread at a time.
     *
     * <p>The caller works too and claims chunks like any helper, so a helper that wakes late (on a
     * busy machine it may not be scheduled for milliseconds) costs nothing: the caller waits only
     * for chunks a helper has actually claimed.
     */
    public void forChunks(int n, int grain, ChunkBody body) {
        if (grain < 1) {
            throw new IllegalArgumentException("grain must be >= 1");
        }
        if (closed) {
            throw new IllegalStateException("workers are closed");
        }
        int count = chunkCount(n, grain);
        if (count == 0) {
            return;
        }
        if (team.length == 0 || count == 1) {
            for (int c = 0; c < count; c++) {
                int from = c * grain;
                body.run(c, from, Math.min(n, from + grain));
            }
            return;
        }
        Job job = new Job(body, n, grain, count);
        current = job;
        for (Thread t : team) {
            LockSupport.unpark(t);
        }
        job.work();
        long waitStart = System.nanoTime();
        while (job.done.get() < count) {
            if (System.nanoTime() - waitStart < WAIT_SPIN_NANOS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
        Throwable error = job.failure.get();
        if (error instanceof RuntimeException re) {
            throw re;
        }
        if (error instanceof Error e) {
            throw e;
        }
        if (error != null) {
            throw new IllegalStateException(error);
        }
    }

    private void teamLoop() {
        Job seen = null;
        while (!closed) {
            long spinStart = System.nanoTime();
            Job job;
            while ((job = current) == seen && !closed) {
                if (System.nanoTime() - spinStart < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.parkNanos(this, 1_000_000L);
                }
            }
            if (job != null && job != seen) {
                seen = job;
                job.work();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread t : team) {
            LockSupport.unpark(t);
        }
    }
}
