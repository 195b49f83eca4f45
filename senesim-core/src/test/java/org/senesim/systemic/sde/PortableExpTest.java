package org.senesim.systemic.sde;

import org.junit.jupiter.api.Test;
import org.senesim.random.CounterRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortableExpTest {

    @Test
    void agreesWithStrictMathToAFewUlp() {
        long key = CounterRandom.key(3, 1, 0);
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            // log-uniform from 1e-12 to 1e3 covers tiny rates, daily and weekly steps, and underflow
            double y = Math.pow(10, -12 + 15 * CounterRandom.uniform(key, i, 0));
            double ref = StrictMath.expm1(-y);
            double got = PortableExp.expm1Neg(y);
            worst = Math.max(worst, Math.abs(got - ref) / Math.ulp(ref));
        }
        assertThat(worst).isLessThanOrEqualTo(4.0);
        assertThat(PortableExp.expm1Neg(0.0)).isEqualTo(0.0);
        assertThat(PortableExp.expm1Neg(1000.0)).isEqualTo(-1.0);
        assertThatThrownBy(() -> PortableExp.expm1Neg(-1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
