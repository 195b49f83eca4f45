package org.senesim.field;

/** The voxel-pass kernels of {@link SteadyField} and its read-back maps. */
final class FieldKernels {

    private FieldKernels() {
    }

    /**
     * Fills the read-back map of one axis. Voxel centres sit at (v + ½)/f − ½ in field-cell units;
     * beyond the outermost cell centres a periodic axis wraps and a no-flux axis holds the end value
     * (its mirror image).
     */
    static void readBackMap(int f, int cn, boolean periodic, boolean linear, int[] lo, int[] hi, float[] w) {
        for (int v = 0; v < lo.length; v++) {
            if (!linear || f == 1) {
                lo[v] = v / f;
                hi[v] = v / f;
                w[v] = 0f;
                continue;
            }
            double pos = (v + 0.5) / f - 0.5;
            int i = (int) Math.floor(pos);
            double frac = pos - i;
            if (periodic) {
                lo[v] = Math.floorMod(i, cn);
                hi[v] = Math.floorMod(i + 1, cn);
                w[v] = (float) frac;
            } else if (i < 0 || i + 1 > cn - 1) {
                int end = i < 0 ? 0 : cn - 1;
                lo[v] = end;
                hi[v] = end;
                w[v] = 0f;
            } else {
                lo[v] = i;
                hi[v] = i + 1;
                w[v] = (float) frac;
            }
        }
    }

    // Kernels for the hot loops. C2 in JDK 17 vectorises a loop only when all its arrays are
    // indexed alike (a[i], b[i]); with different offsets (a[i], b[s+i]) it runs scalar, about 4×
    // slower, which is why the voxel passes copy planes to offset 0 first.

    /** {@code acc[0..n) += src[0..n)}. */
    static void addTo(float[] acc, float[] src, int n) {
        for (int i = 0; i < n; i++) {
            acc[i] += src[i];
        }
    }

    /** {@code acc[0..n) += src[s..s+n)}; for short rows, where vectorising would gain little. */
    static void addTo(float[] acc, float[] src, int s, int n) {
        for (int i = 0; i < n; i++) {
            acc[i] += src[s + i];
        }
    }

    /** {@code dst[0..n) = u · a[0..n) + w · b[0..n)}. */
    static void blend(float u, float[] a, float w, float[] b, float[] dst, int n) {
        for (int i = 0; i < n; i++) {
            dst[i] = u * a[i] + w * b[i];
        }
    }
}
