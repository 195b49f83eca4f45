package org.senesim.matrix;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.lattice.CellState;
import org.senesim.parallel.Workers;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DermalMatrixTest {

    private static final ParameterSet P = ParameterRegistry.builtIn().defaults();

    private static DermalMatrix evolve(byte state, float sasp, double uvPerDay, double years) {
        int n = 100;
        DermalMatrix m = new DermalMatrix(P, n, n);
        m.seedYoung();
        byte[] cells = new byte[n];
        Arrays.fill(cells, state);
        float[] field = new float[n];
        Arrays.fill(field, sasp);
        double[] setPoint = {0.5};
        double[] uv = {uvPerDay};
        try (Workers w = new Workers(1)) {
            int steps = (int) Math.round(years * 365.25 / 7);
            for (int s = 0; s < steps; s++) {
                m.update(7, 20, setPoint, uv, cells, field, 0, new float[n], 1.0, 1.0, w);
            }
        }
        return m;
    }

    @Test
    void withoutCellsCollagenDecaysWithItsHalfLife() {
        double halfLife = P.get("matrix.collagen.half_life");
        DermalMatrix m = evolve(CellState.EMPTY, 0f, 0, halfLife);
        assertThat(m.collagen()[0]).isCloseTo(0.5f, within(0.002f));
        // Without synthesis hyaluronan, which turns over in days, is gone.
        assertThat(m.hyaluronan()[0]).isZero();
        // Elastin lost becomes fragments.
        assertThat(m.fragments()[0]).isGreaterThan(0f);
    }

    @Test
    void saspAndUvDegradeCollagenFaster() {
        float quiet = evolve(CellState.HEALTHY, 0f, 0, 10).collagen()[0];
        float inflamed = evolve(CellState.HEALTHY, 0.5f, 0, 10).collagen()[0];
        float sunburnt = evolve(CellState.HEALTHY, 0f, 2.0, 10).collagen()[0];
        assertThat(inflamed).isLessThan(quiet);
        assertThat(sunburnt).isLessThan(quiet);
    }

    @Test
    void healthyFibroblastsKeepCollagenAtTheirSteadyState() {
        // A voxel with a healthy cell in a layer of set point 0.5 converges to 1/0.5 × activity.
        DermalMatrix m = evolve(CellState.HEALTHY, 0f, 0, 150);
        double activity = m.collagenActivity(m.collagenAgeFactor(20), 0, m.fragments()[0]);
        assertThat(m.collagen()[0]).isCloseTo((float) (2 * activity), within(0.02f));
    }
}
