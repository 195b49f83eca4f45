package org.senesim.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * The team runs every index exactly once and gives the same per-chunk reductions with any number
 * of threads, through many loops, including those it runs alone after a window in which the team
 * did not pay (tiny loops like these are where that happens).
 */
class WorkersTest {

    @Test
    void everyIndexRunsOnceAndChunkSumsDoNotDependOnThreads() {
        int n = 10_007;
        int grain = 97;
        double[] reference = chunkSums(1, n, grain);
        try (Workers two = new Workers(2)) {
            for (int loop = 0; loop < 5_000; loop++) {
                AtomicIntegerArray hits = new AtomicIntegerArray(n);
                double[] sums = new double[Workers.chunkCount(n, grain)];
                two.forChunks(n, grain, (chunk, from, to) -> {
                    double s = 0;
                    for (int i = from; i < to; i++) {
                        hits.incrementAndGet(i);
                        s += Math.sqrt(i + 0.5);
                    }
                    sums[chunk] = s;
                });
                if (loop % 500 == 0) {
                    for (int i = 0; i < n; i++) {
                        assertThat(hits.get(i)).isEqualTo(1);
                    }
                }
                assertThat(sums).containsExactly(reference);
            }
            long[] loops = two.loopCounts();
            assertThat(loops[0] + loops[1]).isEqualTo(5_000);
        }
    }

    @Test
    void aFailingChunkIsRethrownToTheCaller() {
        try (Workers two = new Workers(2)) {
            assertThatThrownBy(() -> two.forChunks(100, 1, (chunk, from, to) -> {
                if (chunk == 57) {
                    throw new IllegalStateException("chunk 57");
                }
            })).isInstanceOf(IllegalStateException.class).hasMessage("chunk 57");
            // and the team still works afterwards
            int[] count = new int[1];
            two.forChunks(10, 10, (chunk, from, to) -> count[0] += to - from);
            assertThat(count[0]).isEqualTo(10);
        }
    }

    private static double[] chunkSums(int threads, int n, int grain) {
        try (Workers w = new Workers(threads)) {
            double[] sums = new double[Workers.chunkCount(n, grain)];
            w.forChunks(n, grain, (chunk, from, to) -> {
                double s = 0;
                for (int i = from; i < to; i++) {
                    s += Math.sqrt(i + 0.5);
                }
                sums[chunk] = s;
            });
            return sums;
        }
    }
}
