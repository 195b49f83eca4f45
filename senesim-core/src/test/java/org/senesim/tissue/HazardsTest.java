package org.senesim.tissue;

import org.senesim.lattice.Hazards;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HazardsTest {

    @Test
    void probabilityIsOneMinusExpOfTheHazardOnBothBranches() {
        for (double h : new double[] {1e-9, 1e-4, 0.003, 0.049, 0.05, 0.3, 2.0, 40.0}) {
            double exact = -Math.expm1(-h);
            assertThat(Hazards.probability(h)).as("h=%s", h).isCloseTo(exact, within(1e-7 * exact));
        }
        assertThat(Hazards.probability(0)).isZero();
        assertThat(Hazards.probability(-1)).isZero();
    }
}
