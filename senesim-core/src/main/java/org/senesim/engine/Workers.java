package org.senesim.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed pool of worker threads that runs loops over index ranges split into chunks.
 *
 * <p>Determinism contract: chunk boundaries depend only on the range and the grain, never on the
 * thread count, so a reduction done per chunk and combined in chunk order gives bit-identical
 * results with 1 or N threads. Bodies must write only inside their own chunk (or into per-chunk
 * slots). With one thread everything runs on the caller's thread, with no pool at all.
 */
public final class Workers implements AutoCloseable {

    /** Loop body over one chunk {@code [from, to)} with its chunk number. */
    @FunctionalInterface
    public interface ChunkBody {
        void run(int chunk, int from, int to);
    }

    private final int threads;
    private final ExecutorService pool;

    public Workers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "senesim-worker");
            t.setDaemon(true);
            return t;
        });
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
     * shorter). Returns when all chunks are done; rethrows the first failure.
     */
    public void forChunks(int n, int grain, ChunkBody body) {
        if (grain < 1) {
            throw new IllegalArgumentException("grain must be >= 1");
        }
        int chunks = chunkCount(n, grain);
        if (chunks == 0) {
            return;
        }
        if (pool == null || chunks == 1) {
            for (int c = 0; c < chunks; c++) {
                int from = c * grain;
                body.run(c, from, Math.min(n, from + grain));
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            int c;
            while ((c = next.getAndIncrement()) < chunks) {
                int from = c * grain;
                body.run(c, from, Math.min(n, from + grain));
            }
        };
        int helpers = Math.min(threads - 1, chunks - 1);
        List<Future<?>> futures = new ArrayList<>(helpers);
        for (int i = 0; i < helpers; i++) {
            futures.add(pool.submit(worker));
        }
        RuntimeException failure = null;
        try {
            worker.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for workers", e);
            } catch (ExecutionException e) {
                if (failure == null) {
                    Throwable cause = e.getCause();
                    failure = cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
