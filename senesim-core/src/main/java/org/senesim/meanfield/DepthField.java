package org.senesim.meanfield;

/**
 * The lateral mean of a steady field in depth alone, for the mean-field skin (see {@link MeanFieldSkin}):
 * {@code c_z − a·(c_{z+1} − 2c_z + c_{z−1}) = s_z} with mirror (no-flux) ends, {@code a = (λ/h)²},
 * the patch's steady field averaged over each layer. A uniform source gives c = s.
 */
final class DepthField {

    private final double a;
    /** The Thomas algorithm's eliminated diagonal and upper coefficient: they depend on a and the depth only, not on the day. */
    private final double[] diag;
    private final double[] upper;

    DepthField(double a, int nz) {
        this.a = a;
        this.diag = new double[nz];
        this.upper = new double[nz];
        // diagonal 1 + 2a inside, 1 + a at the ends, off-diagonals −a
        diag[0] = nz == 1 ? 1.0 : 1.0 + a;
        upper[0] = -a / diag[0];
        for (int z = 1; z < nz; z++) {
            diag[z] = (z == nz - 1 ? 1.0 + a : 1.0 + 2 * a) + a * upper[z - 1];
            upper[z] = -a / diag[z];
        }
    }

    /**
     * {@link #solve} of two fields at once, {@code f} for {@code sf} into {@code outF} and {@code g}
     * for {@code sg} into {@code outG}, each with exactly its own operations. Each elimination is a
     * chain of divisions, one layer waiting for the one before; interleaving two independent chains
     * lets one run while the other waits.
     */
    static void solve(DepthField f, double[] sf, double[] outF, DepthField g, double[] sg, double[] outG) {
        int nz = f.diag.length;
        if (g.diag.length != nz) {
            throw new IllegalArgumentException("fields of " + nz + " and " + g.diag.length + " layers");
        }
        double[] df = f.diag;
        double[] dg = g.diag;
        double af = f.a;
        double ag = g.a;
        outF[0] = sf[0] / df[0];
        outG[0] = sg[0] / dg[0];
        for (int z = 1; z < nz; z++) {
            outF[z] = (sf[z] + af * outF[z - 1]) / df[z];
            outG[z] = (sg[z] + ag * outG[z - 1]) / dg[z];
        }
        double[] uf = f.upper;
        double[] ug = g.upper;
        for (int z = nz - 2; z >= 0; z--) {
            outF[z] -= uf[z] * outF[z + 1];
            outG[z] -= ug[z] * outG[z + 1];
        }
    }

    /** Solves for the source {@code s} into {@code out}; the same operations, in the same order, every day. */
    void solve(double[] s, double[] out) {
        int nz = diag.length;
        out[0] = s[0] / diag[0];
        for (int z = 1; z < nz; z++) {
            out[z] = (s[z] + a * out[z - 1]) / diag[z];
        }
        for (int z = nz - 2; z >= 0; z--) {
            out[z] -= upper[z] * out[z + 1];
        }
    }
}
