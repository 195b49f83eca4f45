package org.senesim.cli;

import org.senesim.report.Numbers;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.Species;

import java.util.Locale;

/**
 * Refuses, before anything runs, a skin patch that cannot fit this Java's heap, with the memory it
 * needs and how to give it; otherwise the run dies of an {@code OutOfMemoryError} after minutes.
 *
 * <p>The figures are measured, not derived: a 3D patch of 1.35 M voxels (3 × 3 × 1.2 mm at 20 µm)
 * holds 74 bytes per voxel once built, ran 20 days within a 160 MB heap without snapshots and within
 * 200 MB (not 150 MB) with one snapshot. {@link #BYTES_PER_VOXEL}, {@link #SNAPSHOT_BYTES_PER_VOXEL}
 * and {@link #BASE_BYTES} reproduce those limits with a little to spare; they are an estimate of one
 * patch, so a comparison running several arms side by side can still need more.
 */
final class MemoryCheck {

    /** Patch, fields and the solver's work arrays, per voxel (measured, see above). */
    static final long BYTES_PER_VOXEL = 100;
    /** Each snapshot keeps copies of the patch's arrays until the report is written. */
    static final long SNAPSHOT_BYTES_PER_VOXEL = 24;
    /** The JVM, registry, time series and report, without any patch. */
    static final long BASE_BYTES = 40L << 20;

    private MemoryCheck() {
    }

    /** Bytes one run of the scenario's patch needs. */
    static long needed(Scenario scenario) {
        if (scenario.person().species() != Species.HUMAN) {
            return BASE_BYTES;
        }
        long voxels = scenario.tissue().voxelCount();
        long snapshots = scenario.outputs().snapshotAgesYears().size();
        return BASE_BYTES + voxels * (BYTES_PER_VOXEL + snapshots * SNAPSHOT_BYTES_PER_VOXEL);
    }

    /** Bad input when the scenario's patch cannot fit in {@code maxHeap} bytes. */
    static void requireFits(Scenario scenario, long maxHeap) {
        long need = needed(scenario);
        if (need <= maxHeap) {
            return;
        }
        long gib = (need + (1L << 30) - 1) >> 30;
        throw new InputException(CompareCommand.where(scenario) + "tissue: a patch of " + scenario.tissue().voxelCount()
                + " voxels needs about " + gib(need) + " of memory, but Java may use only " + gib(maxHeap)
                + ". Fix: give it more, e.g. SENESIM_JAVA_OPTS=-Xmx" + (gib + 1) + "g ./senesim … (or java -Xmx"
                + (gib + 1) + "g -jar senesim.jar …), or make tissue.size smaller or tissue.voxel larger.");
    }

    private static String gib(long bytes) {
        return Numbers.readable(bytes / (double) (1L << 30), 2).toLowerCase(Locale.ROOT) + " GiB";
    }
}
