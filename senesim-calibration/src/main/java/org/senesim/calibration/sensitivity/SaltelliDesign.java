package org.senesim.calibration.sensitivity;

import org.hipparchus.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling for Sobol indices (Saltelli 2002; Saltelli et al. 2010, Comput Phys Commun
 * 181:259): two matrices A and B of N base points each, taken as the two halves of a 2k-dimensional
 * Sobol sequence (Hipparchus, Joe–Kuo direction numbers; the all-zero first point skipped), and for
 * every parameter i the matrix AB_i, A with column i taken from B. Rows in evaluation order: A
 * (N rows), B (N rows), then AB_1 … AB_k (N rows each): {@code N·(k + 2)} evaluations.
 *
 * <p>Deterministic: a Sobol sequence has no seed, so the same N and k give the same design.
 */
public final class SaltelliDesign {

    private final int dimensions;
    private final int base;
    private final double[][] a;
    private final double[][] b;

    /**
     * @param dimensions parameters (k ≥ 1)
     * @param base       base samples N (≥ 2; a power of two keeps the Sobol sequence balanced)
     */
    public SaltelliDesign(int dimensions, int base) {
        if (dimensions < 1 || base < 2) {
            throw new IllegalArgumentException("Saltelli sampling needs k >= 1 parameters and N >= 2 base samples;"
                    + " got k = " + dimensions + ", N = " + base);
        }
        this.dimensions = dimensions;
        this.base = base;
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * dimensions);
        sobol.nextVector();      // the first point is all zeros
        a = new double[base][dimensions];
        b = new double[base][dimensions];
        for (int j = 0; j < base; j++) {
            double[] v = sobol.nextVector();
            System.arraycopy(v, 0, a[j], 0, dimensions);
            System.arraycopy(v, dimensions, b[j], 0, dimensions);
        }
    }

    public int dimensions() {
        return dimensions;
    }

    public int base() {
        return base;
    }

    /** Model evaluations the design needs. */
    public int evaluations() {
        return base * (dimensions + 2);
    }

    /** Every point in evaluation order: A, B, AB_1, …, AB_k. */
    public double[][] points() {
        double[][] p = new double[evaluations()][];
        for (int j = 0; j < base; j++) {
            p[j] = a[j].clone();
            p[base + j] = b[j].clone();
        }
        for (int i = 0; i < dimensions; i++) {
            for (int j = 0; j < base; j++) {
                double[] x = a[j].clone();
                x[i] = b[j][i];
                p[(2 + i) * base + j] = x;
            }
        }
        return p;
    }
}
