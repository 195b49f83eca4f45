package org.senesim.calibration.sensitivity;

import org.junit.jupiter.api.Test;
import org.senesim.calibration.space.Evaluator;
import org.senesim.calibration.space.ParameterSpace;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SobolTest {

    @Test
    void ishigamiIndicesLieInsideTheirBootstrapIntervals() {
        ParameterSpace space = AnalyticFunctions.ishigamiSpace();
        List<SobolIndex> indices = Sobol.run(space,
                Evaluator.of(space, List.of("y"), AnalyticFunctions::ishigami, 2), 4096, 11);
        double[] exact = AnalyticFunctions.ishigamiIndices();
        for (int i = 0; i < 3; i++) {
            SobolIndex s = indices.get(i);
            assertThat(exact[i]).as("S%d of %s", i + 1, s).isBetween(s.firstLow(), s.firstHigh());
            assertThat(exact[3 + i]).as("ST%d of %s", i + 1, s).isBetween(s.totalLow(), s.totalHigh());
            // intervals narrow enough to mean something
            assertThat(s.firstHigh() - s.firstLow()).isLessThan(0.1);
            assertThat(s.totalHigh() - s.totalLow()).isLessThan(0.1);
        }
    }

    @Test
    void gFunctionIndicesLieInsideTheirBootstrapIntervalsAndRankByCoefficient() {
        ParameterSpace space = AnalyticFunctions.gSpace();
        List<SobolIndex> indices = Sobol.run(space,
                Evaluator.of(space, List.of("g"), AnalyticFunctions::gFunction, 2), 4096, 5);
        double[][] exact = AnalyticFunctions.gIndices();
        for (int i = 0; i < AnalyticFunctions.G.length; i++) {
            SobolIndex s = indices.get(i);
            assertThat(exact[0][i]).as("S%d of %s", i + 1, s).isBetween(s.firstLow(), s.firstHigh());
            assertThat(exact[1][i]).as("ST%d of %s", i + 1, s).isBetween(s.totalLow(), s.totalHigh());
        }
        assertThat(indices.get(0).total()).isGreaterThan(indices.get(1).total());
        assertThat(indices.get(1).total()).isGreaterThan(indices.get(2).total());
        assertThat(indices.get(2).total()).isGreaterThan(indices.get(3).total());
    }

    @Test
    void sameSeedSameIntervalsOnAnyThreadCount() {
        ParameterSpace space = AnalyticFunctions.ishigamiSpace();
        List<SobolIndex> one = Sobol.run(space, Evaluator.of(space, List.of("y"), AnalyticFunctions::ishigami, 1), 256, 3);
        List<SobolIndex> two = Sobol.run(space, Evaluator.of(space, List.of("y"), AnalyticFunctions::ishigami, 2), 256, 3);
        assertThat(two).isEqualTo(one);
    }
}
