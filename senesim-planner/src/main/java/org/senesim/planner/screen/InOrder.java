package org.senesim.planner.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Maps a list on several threads and returns the results in the list's order, so what is computed
 * from them does not depend on the thread count (each item must be a pure function of its input).
 */
public final class InOrder {

    private InOrder() {
    }

    public static <T, R> List<R> map(List<T> items, Function<T, R> f, int threads) {
        return map(items, f, threads, done -> { });
    }

    /**
     * As above, telling {@code done} how many items are finished each time one finishes (counts 1, 2,
     * ... in order, one call at a time, whichever thread finished it).
     */
    public static <T, R> List<R> map(List<T> items, Function<T, R> f, int threads, IntConsumer done) {
        List<R> out = new ArrayList<>(items.size());
        if (threads <= 1 || items.size() <= 1) {
            for (T t : items) {
                out.add(f.apply(t));
                done.accept(out.size());
            }
            return out;
        }
        int[] finished = {0};
        Function<T, R> counted = t -> {
            R r = f.apply(t);
            synchronized (finished) {
                done.accept(++finished[0]);
            }
            return r;
        };
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), r -> {
            Thread t = new Thread(r, "senesim-plan-screen");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T t : items) {
                futures.add(pool.submit(() -> counted.apply(t)));
            }
            for (Future<R> fu : futures) {
                out.add(fu.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
