package org.senesim.tissue;

import org.senesim.lattice.Lattice;
import org.senesim.parallel.Workers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calibration targets of the default human parameters, checked on a wide 2D section from 20 to
 * 85 (about 2,800 fibroblasts; tolerances cover the sampling noise of one such patch):
 * <ul>
 *   <li>a few % senescent fibroblasts in young adults, 15–20 % in the very old (Herbig 2006);</li>
 *   <li>senescent cells turn over in days when young and weeks when old (Karin 2019);</li>
 *   <li>procollagen synthesis per fibroblast at 80 about 32 % below 20 (Varani 2006).</li>
 * </ul>
 * These figures were used to calibrate, so this test guards the calibration; it does not validate it.
 */
class TissueCalibrationTest {

    private static final TreeMap<Integer, double[]> BY_AGE = new TreeMap<>();

    @BeforeAll
    static void simulate() {
        Lattice lattice = new Lattice(200, 1, 60, 20);
        try (Workers w = new Workers(2)) {
            TissuePatch patch = new TissuePatch(TissueTestSupport.defaults(), TissueTestSupport.person(20), lattice, 3, w);
            for (int age = 20; age <= 85; age++) {
                BY_AGE.put(age, TissueObserver.observe(patch));
                for (int d = 0; d < 365; d++) {
                    patch.step(w);
                }
            }
        }
    }

    private static double mean(String column, int fromAge, int toAge) {
        int k = index(column);
        double sum = 0;
        int n = 0;
        for (int age = fromAge; age <= toAge; age++) {
            sum += BY_AGE.get(age)[k];
            n++;
        }
        return sum / n;
    }

    private static int index(String column) {
        for (int i = 0; i < TissueObserver.COLUMNS.size(); i++) {
            if (TissueObserver.COLUMNS.get(i).id().equals(column)) {
                return i;
            }
        }
        throw new AssertionError("no column " + column);
    }

    @Test
    void fewPercentSenescentWhenYoungAndFifteenToTwentyWhenVeryOld() {
        assertThat(mean("senescent_fraction", 22, 30)).isBetween(1.0, 5.0);
        assertThat(mean("senescent_fraction", 78, 85)).isBetween(12.0, 24.0);
    }

    @Test
    void senescentCellsTurnOverInDaysWhenYoungAndWeeksWhenOld() {
        assertThat(mean("senescent_residence_days", 22, 30)).isBetween(3.0, 12.0);
        assertThat(mean("senescent_residence_days", 78, 85)).isBetween(21.0, 120.0);
    }

    @Test
    void procollagenPerFibroblastFallsAboutAThirdFromTwentyToEighty() {
        double young = mean("procollagen_per_fibroblast", 20, 22);
        double old = mean("procollagen_per_fibroblast", 79, 81);
        assertThat(1 - old / young).isBetween(0.22, 0.42);
    }

    @Test
    void matrixThinsAndActinicKeratosesAccumulateWithAge() {
        assertThat(mean("collagen", 79, 81)).isLessThan(mean("collagen", 30, 32));
        assertThat(mean("elastin_integrity", 79, 81)).isLessThan(mean("elastin_integrity", 30, 32));
        assertThat(mean("actinic_keratoses", 79, 81)).isGreaterThan(10 * mean("actinic_keratoses", 30, 32));
    }
}
