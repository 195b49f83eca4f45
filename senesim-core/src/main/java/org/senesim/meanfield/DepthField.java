package org.senesim.meanfield;

/** The lateral mean of a steady field in depth alone, for the mean-field skin (see {@link MeanFieldSkin}). */
final class DepthField {

    private DepthField() {
    }

    /**
     * Solves {@code c_z − a·(c_{z+1} − 2c_z + c_{z−1}) = s_z} with mirror (no-flux) ends, {@code a =
     * (λ/h)²}: the patch's steady field averaged over each layer. A uniform source gives c = s.
     */
    static void solve(double[] s, double a, double[] out, double[] cp) {
        int nz = s.length;
        // Thomas algorithm; diagonal 1 + 2a inside, 1 + a at the ends, off-diagonals −a
        double diag0 = nz == 1 ? 1.0 : 1.0 + a;
        cp[0] = -a / diag0;
        out[0] = s[0] / diag0;
        for (int z = 1; z < nz; z++) {
            double diag = (z == nz - 1 ? 1.0 + a : 1.0 + 2 * a) + a * cp[z - 1];
            cp[z] = -a / diag;
            out[z] = (s[z] + a * out[z - 1]) / diag;
        }
        for (int z = nz - 2; z >= 0; z--) {
            out[z] -= cp[z] * out[z + 1];
        }
    }
}
