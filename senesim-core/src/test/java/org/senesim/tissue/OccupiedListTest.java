package org.senesim.tissue;

import org.junit.jupiter.api.Test;
import org.senesim.lattice.Lattice;
import org.senesim.parallel.Workers;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sweep's kept occupied lists (last visit's list merged with the voxels divisions filled since)
 * visit exactly the cells a scan of every voxel would, in the same order: the whole patch state
 * after a run with wounds, senolytic kills, injected senescent cells and stem-cell clearance is
 * byte for byte that of a patch scanned every day, on one thread and on two.
 */
class OccupiedListTest {

    private static final Lattice LATTICE = new Lattice(20, 20, 24, 20);

    @Test
    void keptListsGiveTheStateOfADailyScan() throws Exception {
        String scanned = run(true, 1);
        assertThat(run(false, 1)).isEqualTo(scanned);
        assertThat(run(false, 2)).isEqualTo(scanned);
    }

    /** SHA-256 of the whole patch state after the run (a digest, so a failure prints two short lines). */
    private static String run(boolean alwaysScan, int threads) throws IOException, NoSuchAlgorithmException {
        try (Workers w = new Workers(threads)) {
            TissuePatch patch = new TissuePatch(TissueTestSupport.defaults(), TissueTestSupport.person(70), LATTICE, 11, w);
            patch.dermis().alwaysScan = alwaysScan;
            int[] column = IntStream.range(0, LATTICE.nz()).map(z -> LATTICE.index(10, 10, z)).toArray();
            int[] rim = IntStream.range(0, LATTICE.nz()).map(z -> LATTICE.index(11, 10, z)).toArray();
            for (int d = 0; d < 300; d++) {
                if (d == 40) {
                    patch.applyWound(new Wound(column, rim, 0.5, new int[] {10 * LATTICE.nx() + 10}, 2.0, 20));
                }
                if (d == 90) {
                    patch.killSenescent(0.5, 1);
                }
                if (d == 150) {
                    patch.injectSenescent(30, 2);
                }
                patch.step(w);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            patch.writeState(new DataOutputStream(bytes));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        }
    }
}
