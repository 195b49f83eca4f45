package org.senesim.calibration.sensitivity;

import org.junit.jupiter.api.Test;
import org.senesim.calibration.space.Dimension;
import org.senesim.calibration.space.Evaluator;
import org.senesim.calibration.space.ParameterSpace;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MorrisTest {

    @Test
    void linearFunctionGivesItsSlopesTimesTheRangesWithNoSpread() {
        ParameterSpace space = new ParameterSpace(List.of(Dimension.uniform("a", 0, 2),
                Dimension.uniform("b", 10, 11), Dimension.uniform("c", -1, 1)));
        List<MorrisIndex> m = Morris.run(space, Evaluator.of(space, List.of("y"),
                x -> new double[] {3 * x[0] - 5 * x[1] + 0 * x[2]}, 1), 20, 4, 1);
        assertThat(m.get(0).mu()).isCloseTo(6, within(1e-9));        // 3 per unit × range 2
        assertThat(m.get(1).mu()).isCloseTo(-5, within(1e-9));
        assertThat(m.get(1).muStar()).isCloseTo(5, within(1e-9));
        assertThat(m.get(2).muStar()).isCloseTo(0, within(1e-12));
        for (MorrisIndex i : m) {
            assertThat(i.sigma()).isCloseTo(0, within(1e-9));
            assertThat(i.effects()).isEqualTo(20);
        }
    }

    @Test
    void gFunctionRanksByCoefficientAndIshigamiX3ActsOnlyThroughItsInteraction() {
        ParameterSpace g = AnalyticFunctions.gSpace();
        List<MorrisIndex> mg = Morris.run(g, Evaluator.of(g, List.of("g"), AnalyticFunctions::gFunction, 2), 50, 4, 2);
        assertThat(mg.get(0).muStar()).isGreaterThan(mg.get(1).muStar());
        assertThat(mg.get(1).muStar()).isGreaterThan(mg.get(2).muStar());
        assertThat(mg.get(3).muStar()).isGreaterThan(mg.get(7).muStar());
        assertThat(mg.get(7).muStar()).isLessThan(0.05 * mg.get(0).muStar());

        ParameterSpace s = AnalyticFunctions.ishigamiSpace();
        List<MorrisIndex> mi = Morris.run(s, Evaluator.of(s, List.of("y"), AnalyticFunctions::ishigami, 2), 50, 4, 2);
        // x3 enters only as b·x3⁴·sin(x1): its effects change sign with x1, so μ is near 0 against μ* and σ
        MorrisIndex x3 = mi.get(2);
        assertThat(Math.abs(x3.mu())).isLessThan(0.5 * x3.muStar());
        assertThat(x3.sigma()).isGreaterThan(0.5 * x3.muStar());
        assertThat(x3.muStarLow()).isLessThanOrEqualTo(x3.muStar());
        assertThat(x3.muStarHigh()).isGreaterThanOrEqualTo(x3.muStar());
    }

    @Test
    void trajectoriesStayOnTheGridAndMoveEachParameterOnce() {
        MorrisDesign d = new MorrisDesign(5, 7, 4, 9);
        double[][] p = d.points();
        assertThat(p).hasNumberOfRows(7 * 6);
        for (int t = 0; t < 7; t++) {
            for (int j = 0; j < 5; j++) {
                int changed = 0;
                for (int i = 0; i < 5; i++) {
                    double du = p[t * 6 + j + 1][i] - p[t * 6 + j][i];
                    if (du != 0) {
                        changed++;
                        assertThat(Math.abs(du)).isCloseTo(d.delta(), within(1e-12));
                    }
                    assertThat(p[t * 6 + j + 1][i]).isBetween(0.0, 1.0);
                }
                assertThat(changed).isEqualTo(1);
            }
        }
    }
}
