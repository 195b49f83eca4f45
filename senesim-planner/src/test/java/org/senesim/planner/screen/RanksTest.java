package org.senesim.planner.screen;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RanksTest {

    @Test
    void spearmanIsOneForAnyIncreasingMapMinusOneForADecreasingOneAndTiesShareTheirMeanRank() {
        double[] x = {0.3, 1.2, -4, 7, 2.5};
        double[] cubed = new double[x.length];
        double[] negated = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            cubed[i] = x[i] * x[i] * x[i];
            negated[i] = -x[i];
        }
        assertThat(Ranks.spearman(x, cubed)).isCloseTo(1.0, within(1e-15));
        assertThat(Ranks.spearman(x, negated)).isCloseTo(-1.0, within(1e-15));
        assertThat(Ranks.ranks(new double[] {5, 1, 5, 3})).containsExactly(3.5, 1, 3.5, 2);
        // one swapped pair among four: 1 - 6·Σd²/(n(n²-1)) = 1 - 6·2/60
        assertThat(Ranks.spearman(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4})).isCloseTo(0.8, within(1e-12));
        assertThat(Ranks.spearman(new double[] {1, 2, 3}, new double[] {2, 2, 2})).isNaN();
    }
}
