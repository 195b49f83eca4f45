package org.senesim.parallel;

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
 * machine. Team threads instead wait briefly between loops (as OpenMP runtimes do) so that
 * back-to-back loops start at once, and park after a fifth of a millisecond.
 *
 * <p>Sharing the machine. A team that assumes it owns the cores collapses when another process is
 * busy: a helper that the operating system deschedules in the middle of a chunk holds up the
 * caller for a whole time slice (milliseconds, against loops of microseconds), and a helper that
 * spins on the caller's core takes half of the caller's time. So (1) waiting threads spin only a
 * few microseconds and then {@link Thread#yield()}, which hands the core to any runnable thread,
 * before they park; (2) the caller keeps account of what the team saves: per window of loops it
 * compares the loops' wall time with what it would have taken alone at its own measured speed
 * per chunk, and when the team cost clearly more, it runs the next loops alone (helpers parked)
 * for a span that doubles while the team keeps losing, then tries the team again. Small loops,
 * where a hand-over costs more than it saves, fall to one thread the same way. None of this
 * changes a result: chunk boundaries never depend on who runs a chunk.
 */
public final class Workers implements AutoCloseable {

    /** Loop body over one chunk {@code [from, to)} with its chunk number. */
    @FunctionalInterface
    public interface ChunkBody {
        void run(int chunk, int from, int to);
    }

    /** Helpers: spin this long after a loop, then yield, then park (at {@link #YIELD_NANOS}). */
    private static final long SPIN_NANOS = 5_000L;
    private static final long YIELD_NANOS = 200_000L;
    /** Caller waiting for claimed chunks: spin this long, then yield. */
    private static final long WAIT_SPIN_NANOS = 2_000L;
    /** Team loops per account of what the team saved. */
    private static final int WINDOW = 32;
    /**
     * Loops run alone after a window in which the team cost more than this fraction over running
     * alone: a margin, so that the timing noise of a team that merely breaks even (a helper that
     * found nothing left to claim) never sends it off.
     */
    private static final double HURT_MARGIN = 0.10;
    /** Loops run alone after a losing window: first and largest span (the span doubles while the team keeps losing). */
    private static final int SOLO_FIRST = 64;
    private static final int SOLO_MAX = 2_048;

    /**
     * One call of {@link #forChunks}: its own counters, so a late helper can never mix two calls.
     *
     * <p>Each member of the team (the caller is member 0) owns a contiguous block of the chunks and
     * runs its own block first, then helps with the others'. A loop over the same array on the
     * next day gives the same member the same block, so each core keeps writing the part of the
     * array that is already in its own cache. With one shared counter the split followed whoever
     * happened to claim first: on some runs the halves of the arrays changed cores from loop to
     * loop, every store paid a transfer from the other core's cache, and whole runs came out two to
     * three times slower in their short loops (fields, sources, fills).
     */
    private static final class Job {
        final ChunkBody body;
        final int n;
        final int grain;
        final int chunks;
        /** Next unclaimed chunk of each member's block, and the block ends. */
        final AtomicInteger[] next;
        final int[] end;
        final AtomicInteger done = new AtomicInteger();
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        Job(ChunkBody body, int n, int grain, int chunks, int members) {
            this.body = body;
            this.n = n;
            this.grain = grain;
            this.chunks = chunks;
            this.next = new AtomicInteger[members];
            this.end = new int[members];
            for (int m = 0; m < members; m++) {
                next[m] = new AtomicInteger((int) ((long) chunks * m / members));
                end[m] = (int) ((long) chunks * (m + 1) / members);
            }
        }

        /**
         * Claims and runs chunks until none are left, its own block first; returns how many this
         * thread ran.
         */
        int work(int member) {
            int ran = 0;
            for (int k = 0; k < next.length; k++) {
                int block = (member + k) % next.length;
                int c;
                while ((c = next[block].getAndIncrement()) < end[block]) {
                    ran++;
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
            return ran;
        }
    }

    private final int threads;
    private final Thread[] team;
    private volatile boolean closed;
    private volatile Job current;

    // The caller's account of the team (touched by the calling thread only).
    private int windowLoops;
    private long windowActual, windowAlone;
    private int soloLeft, soloSpan = SOLO_FIRST;
    private long teamLoops, soloLoops;

    public Workers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.team = new Thread[threads - 1];
        for (int t = 0; t < team.length; t++) {
            int member = t + 1;
            Thread thread = new Thread(() -> teamLoop(member), "senesim-worker-" + member);
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
        if (team.length == 0 || count == 1 || soloLeft > 0) {
            if (soloLeft > 0) {
                soloLeft--;
                soloLoops++;
            }
            for (int c = 0; c < count; c++) {
                int from = c * grain;
                body.run(c, from, Math.min(n, from + grain));
            }
            return;
        }
        teamLoops++;
        Job job = new Job(body, n, grain, count, threads);
        long start = System.nanoTime();
        current = job;
        for (Thread t : team) {
            LockSupport.unpark(t);
        }
        int mine = job.work(0);
        long ownDone = System.nanoTime();
        while (job.done.get() < count) {
            if (System.nanoTime() - ownDone < WAIT_SPIN_NANOS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
        account(start, ownDone, System.nanoTime(), mine, count);
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

    /**
     * Adds one team loop to the window: its wall time, and the caller's own time per chunk times
     * all chunks (what the loop would have cost alone). A loop whose chunks the caller ran all
     * tells nothing about the helpers' speed and counts as break-even.
     */
    private void account(long start, long ownDone, long end, int mine, int count) {
        long actual = end - start;
        long alone = mine == 0 ? actual : (ownDone - start) * count / mine;
        windowActual += actual;
        windowAlone += Math.max(alone, 0);
        if (++windowLoops < WINDOW) {
            return;
        }
        if (windowActual > windowAlone * (1.0 + HURT_MARGIN)) {
            soloLeft = soloSpan;
            soloSpan = Math.min(SOLO_MAX, soloSpan * 2);
        } else {
            soloSpan = SOLO_FIRST;
        }
        windowLoops = 0;
        windowActual = 0;
        windowAlone = 0;
    }

    /** Loops run by the team and loops run alone because the team did not pay (for benchmarks). */
    public long[] loopCounts() {
        return new long[] {teamLoops, soloLoops};
    }

    private void teamLoop(int member) {
        Job seen = null;
        while (!closed) {
            long spinStart = System.nanoTime();
            Job job;
            while ((job = current) == seen && !closed) {
                long waited = System.nanoTime() - spinStart;
                if (waited < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else if (waited < YIELD_NANOS) {
                    Thread.yield();
                } else {
                    LockSupport.parkNanos(this, 1_000_000L);
                }
            }
            if (job != null && job != seen) {
                seen = job;
                job.work(member);
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
