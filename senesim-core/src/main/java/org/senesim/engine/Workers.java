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

    private final int threads;
    private final Thread[] team;
    private volatile boolean closed;
    private volatile int generation;
    private volatile ChunkBody body;
    private volatile int n;
    private volatile int grain;
    private volatile int chunks;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

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
        this.body = body;
        this.n = n;
        this.grain = grain;
        this.chunks = count;
        next.set(0);
        finished.set(0);
        failure.set(null);
        generation++;
        for (Thread t : team) {
            LockSupport.unpark(t);
        }
        runChunks();
        long waitStart = System.nanoTime();
        while (finished.get() < team.length) {
            // Spin briefly, then yield: on an oversubscribed machine a helper may be descheduled,
            // and spinning through its time slice would only delay it further.
            if (System.nanoTime() - waitStart < WAIT_SPIN_NANOS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
        this.body = null;
        Throwable error = failure.get();
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

    private void runChunks() {
        ChunkBody b = body;
        int total = chunks;
        int size = n;
        int g = grain;
        int c;
        while ((c = next.getAndIncrement()) < total) {
            int from = c * g;
            try {
                b.run(c, from, Math.min(size, from + g));
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        }
    }

    private void teamLoop() {
        int seen = 0;
        while (true) {
            long spinStart = System.nanoTime();
            while (generation == seen && !closed) {
                if (System.nanoTime() - spinStart < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.parkNanos(this, 1_000_000L);
                }
            }
            if (closed) {
                return;
            }
            seen = generation;
            runChunks();
            finished.incrementAndGet();
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
