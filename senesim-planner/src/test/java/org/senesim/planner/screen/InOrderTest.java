package org.senesim.planner.screen;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class InOrderTest {

    /** Results in the list's order whatever the thread count, and the finished count told 1, 2, ..., n, once each. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void resultsKeepTheListsOrderAndTheFinishedCountRisesByOne(int threads) {
        List<Integer> items = IntStream.range(0, 40).boxed().toList();
        List<Integer> told = new ArrayList<>();
        List<Integer> out = InOrder.map(items, i -> {
            // uneven work, so that items finish out of order on several threads
            long spin = (i % 7) * 200_000L;
            double x = 0;
            for (long k = 0; k < spin; k++) {
                x += Math.sqrt(k);
            }
            return x >= 0 ? i * i : -1;
        }, threads, told::add);
        assertThat(out).containsExactlyElementsOf(items.stream().map(i -> i * i).toList());
        assertThat(told).containsExactlyElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
    }
}
