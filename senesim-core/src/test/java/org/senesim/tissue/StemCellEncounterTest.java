package org.senesim.tissue;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterSet;
import org.senesim.lattice.CellState;
import org.senesim.lattice.Lattice;
import org.senesim.parallel.Workers;

import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How often the patch's stem cells remove senescent cells, against the well-mixed rate the mean field
 * uses (each stem cell touches its voxel and its k neighbours a day, at its layer's mean density of
 * senescent cells; {@code MeanFieldLayers.stemCells}). docs/model.md §8 ("Stem cells on the two
 * skins"): an unbiased walk removes fewer than that (it returns to the voxels it has cleared), the
 * climb up the SASP gradient more, so the mean field's rate lies between the patch's two walks.
 * Flagship person and section (2D, 100 × 60 voxels), 35 to 60, untreated, two seeds.
 */
class StemCellEncounterTest {

    private static final Lattice SECTION = new Lattice(100, 1, 60, 20);

    /** Removals by stem cells / removals at the well-mixed rate, pooled over seeds and days. */
    static double removalsOverWellMixed(double chemotaxisBias) {
        ParameterSet p = TissueTestSupport.with(Map.of("stem.chemotaxis_bias", chemotaxisBias));
        double perTouch = p.get("stem.kill_probability") + p.get("stem.reprogram_probability");
        double removed = 0;
        double wellMixed = 0;
        int layer = SECTION.layerSize();
        int k = SECTION.neighbourCount();
        for (long seed = 1; seed <= 2; seed++) {
            try (Workers w = new Workers(1)) {
                TissuePatch patch = new TissuePatch(p, TissueTestSupport.person(35), SECTION, seed, w);
                double[] density = new double[SECTION.nz()];
                for (long d = 0; d < 25 * 365; d++) {
                    // the layer densities the stem cells meet today: as they are before the day
                    Arrays.fill(density, 0.0);
                    byte[] state = patch.dermis().state();
                    for (int i = 0; i < state.length; i++) {
                        if (state[i] == CellState.SENESCENT) {
                            density[i / layer] += 1.0 / layer;
                        }
                    }
                    patch.step(w);
                    removed += patch.stemCells().killedToday() + patch.stemCells().reprogrammedToday();
                    for (int at : patch.stemCells().positions()) {
                        wellMixed += perTouch * density[at / layer];
                        for (int n = 0; n < k; n++) {
                            int j = SECTION.neighbour(at, n);
                            if (j >= 0) {
                                wellMixed += perTouch * density[j / layer];
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("stem-cell removals / well-mixed rate, chemotaxis bias %.2f: %.3f (%.0f removals)%n",
                chemotaxisBias, removed / wellMixed, removed);
        return removed / wellMixed;
    }

    @Test
    void theMeanFieldsWellMixedEncounterRateLiesBetweenThePatchsUnbiasedWalkAndItsClimb() {
        double unbiased = removalsOverWellMixed(0.0);
        double climbing = removalsOverWellMixed(TissueTestSupport.defaults().get("stem.chemotaxis_bias"));
        assertThat(unbiased).isBetween(0.3, 0.85);
        assertThat(climbing).isBetween(1.2, 2.5);
    }
}
