package org.senesim.tissue;

import org.senesim.lattice.Lattice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reproducibility contract: the same scenario and seed give bit-identical state whatever the
 * thread count, and a different seed gives a different (stochastic) history.
 */
class TissueDeterminismTest {

    private static final Lattice LATTICE = new Lattice(20, 20, 24, 20);
    private static final long DAYS = 400;

    @Test
    void oneAndTwoThreadsGiveBitIdenticalState() {
        TissuePatch one = TissueTestSupport.run(TissueTestSupport.defaults(), TissueTestSupport.person(60), LATTICE, 7, 1, DAYS);
        TissuePatch two = TissueTestSupport.run(TissueTestSupport.defaults(), TissueTestSupport.person(60), LATTICE, 7, 2, DAYS);
        assertThat(two.dermis().state()).isEqualTo(one.dermis().state());
        assertThat(two.dermis().damage()).isEqualTo(one.dermis().damage());
        assertThat(two.dermis().divisions()).isEqualTo(one.dermis().divisions());
        assertThat(two.matrix().collagen()).isEqualTo(one.matrix().collagen());
        assertThat(two.matrix().fragments()).isEqualTo(one.matrix().fragments());
        assertThat(two.sasp().value()).isEqualTo(one.sasp().value());
        assertThat(two.growthFactor().value()).isEqualTo(one.growthFactor().value());
        assertThat(two.epidermis().damage()).isEqualTo(one.epidermis().damage());
        assertThat(TissueObserver.observe(two)).isEqualTo(TissueObserver.observe(one));
    }

    @Test
    void theHistoryIsStochasticAndDependsOnTheSeed() {
        TissuePatch a = TissueTestSupport.run(TissueTestSupport.defaults(), TissueTestSupport.person(60), LATTICE, 7, 1, DAYS);
        TissuePatch b = TissueTestSupport.run(TissueTestSupport.defaults(), TissueTestSupport.person(60), LATTICE, 8, 1, DAYS);
        assertThat(b.dermis().state()).isNotEqualTo(a.dermis().state());
        // Cells did change over the run: senescence, clearance and division all happened.
        TissuePatch start = TissueTestSupport.run(TissueTestSupport.defaults(), TissueTestSupport.person(60), LATTICE, 7, 1, 0);
        assertThat(a.dermis().state()).isNotEqualTo(start.dermis().state());
    }
}
