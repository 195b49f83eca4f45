package org.senesim.field;

/**
 * Orthonormal eigenbasis of the 1D second difference on one lattice axis.
 *
 * <p>Every stencil the field solver uses is a polynomial in the three 1D second differences
 * {@code δx², δy², δz²}, so a basis that diagonalises each of them diagonalises the whole 3D
 * operator ("fast diagonalisation"). For a periodic axis the basis is the real Fourier basis
 * (constant, cos/sin pairs, the alternating Nyquist mode when n is even); for a no-flux axis with
 * cell-centred values and mirror ghost cells it is the DCT-II basis. {@code eigen[m]} is
 * {@code s_m = -(δ² eigenvalue) = 2 - 2 cos θ_m ≥ 0}.
 */
final class AxisBasis {

    final int n;
    /** {@code modes[m*n + i]}: value of mode m at cell i (rows are orthonormal). */
    final double[] modes;
    /** {@code transposed[i*n + m] = modes[m*n + i]}, so both transform directions stream rows. */
    final double[] transposed;
    /** {@code 2 - 2 cos θ_m} for each mode. */
    final double[] eigen;

    private AxisBasis(int n, double[] modes, double[] eigen) {
        this.n = n;
        this.modes = modes;
        this.eigen = eigen;
        this.transposed = new double[n * n];
        for (int m = 0; m < n; m++) {
            for (int i = 0; i < n; i++) {
                transposed[i * n + m] = modes[m * n + i];
            }
        }
    }

    /** Real Fourier basis of a periodic axis of n cells. */
    static AxisBasis periodic(int n) {
        double[] modes = new double[n * n];
        double[] eigen = new double[n];
        int m = 0;
        fill(modes, m, n, i -> 1.0 / Math.sqrt(n));
        eigen[m++] = 0.0;
        for (int j = 1; 2 * j < n; j++) {
            final int f = j;
            double theta = 2.0 * Math.PI * j / n;
            fill(modes, m, n, i -> Math.sqrt(2.0 / n) * Math.cos(2.0 * Math.PI * f * i / n));
            eigen[m++] = 2.0 - 2.0 * Math.cos(theta);
            fill(modes, m, n, i -> Math.sqrt(2.0 / n) * Math.sin(2.0 * Math.PI * f * i / n));
            eigen[m++] = 2.0 - 2.0 * Math.cos(theta);
        }
        if (n % 2 == 0 && n > 1) {
            fill(modes, m, n, i -> (i % 2 == 0 ? 1.0 : -1.0) / Math.sqrt(n));
            eigen[m++] = 4.0;
        }
        assert m == n;
        return new AxisBasis(n, modes, eigen);
    }

    /** DCT-II basis of a no-flux axis of n cells (mirror ghost cells beyond both ends). */
    static AxisBasis noFlux(int n) {
        double[] modes = new double[n * n];
        double[] eigen = new double[n];
        for (int m = 0; m < n; m++) {
            final int f = m;
            double norm = Math.sqrt((m == 0 ? 1.0 : 2.0) / n);
            fill(modes, m, n, i -> norm * Math.cos(Math.PI * f * (i + 0.5) / n));
            eigen[m] = 2.0 - 2.0 * Math.cos(Math.PI * m / n);
        }
        return new AxisBasis(n, modes, eigen);
    }

    private interface Mode {
        double at(int i);
    }

    private static void fill(double[] modes, int m, int n, Mode mode) {
        for (int i = 0; i < n; i++) {
            modes[m * n + i] = mode.at(i);
        }
    }
}
