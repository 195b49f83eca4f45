package org.senesim.tissue;

import org.senesim.lattice.Lattice;
import org.senesim.parallel.Workers;

/**
 * Mean of a signal field over each depth layer of the lattice (the growth factor's, which the
 * layers' occupancy ceilings read every day), kept until the field is solved again.
 *
 * <p>Each layer is summed on one thread in voxel order, so the means are the same for any number
 * of threads. A serial sum is bound by the adder's latency (one chain of dependent additions over
 * the whole patch was a sixth of the two-thread day, docs/performance.md "fourth round"), so four
 * layers are added side by side and the layers are spread over the team. Keeping the means saves
 * little on the default patch (its growth factor is re-solved on about nine days in ten) but costs
 * nothing.
 */
final class LayerMeans {

    /** Voxels per chunk of the sums to aim for, as the sweep's slabs: a thin section is one chunk. */
    private static final int CHUNK_VOXELS = 8192;

    private final SignalField field;
    private final int layers;
    private final int layerSize;
    private final int layersPerChunk;
    private final double[] mean;
    /** Solve number of the field the means belong to; -1 when they belong to nothing. */
    private long solve = -1;

    LayerMeans(SignalField field, Lattice lattice) {
        this.field = field;
        this.layers = lattice.nz();
        this.layerSize = lattice.layerSize();
        this.layersPerChunk = layersPerChunk(layerSize);
        this.mean = new double[layers];
    }

    /** Whole groups of four layers per chunk, at least {@link #CHUNK_VOXELS} voxels. */
    static int layersPerChunk(int layerSize) {
        int n = Math.max(4, (CHUNK_VOXELS + layerSize - 1) / layerSize);
        return (n + 3) / 4 * 4;
    }

    /** The means of the field as of its last solve (live array; do not write). */
    double[] now(Workers workers) {
        long now = field.solveCount();
        if (now != solve) {
            float[] value = field.value();
            int layer = layerSize;
            double[] out = mean;
            workers.forChunks(layers, layersPerChunk, (chunk, from, to) -> {
                int z = from;
                for (; z + 4 <= to; z += 4) {
                    fourLayerMeans(value, z, layer, out);
                }
                for (; z < to; z++) {
                    out[z] = layerMean(value, z, layer);
                }
            });
            solve = now;
        }
        return mean;
    }

    /** Forgets the means (the field's values were replaced without a solve: a checkpoint read). */
    void forget() {
        solve = -1;
    }

    /**
     * Means of layers z..z+3, each summed in voxel order exactly as {@link #layerMean} sums it: the
     * four chains of additions are independent, so the processor overlaps them instead of waiting
     * for each addition of one chain before the next (a serial sum is bound by the adder's latency).
     */
    private static void fourLayerMeans(float[] field, int z, int layer, double[] mean) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int b0 = z * layer;
        int b1 = b0 + layer;
        int b2 = b1 + layer;
        int b3 = b2 + layer;
        for (int i = 0; i < layer; i++) {
            s0 += field[b0 + i];
            s1 += field[b1 + i];
            s2 += field[b2 + i];
            s3 += field[b3 + i];
        }
        mean[z] = s0 / layer;
        mean[z + 1] = s1 / layer;
        mean[z + 2] = s2 / layer;
        mean[z + 3] = s3 / layer;
    }

    /** Lateral mean of a voxel field over depth layer z (the wound signal a layer's ceiling reads). */
    private static double layerMean(float[] field, int z, int layer) {
        double sum = 0;
        for (int i = z * layer, end = i + layer; i < end; i++) {
            sum += field[i];
        }
        return sum / layer;
    }
}
