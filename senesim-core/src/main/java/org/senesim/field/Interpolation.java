package org.senesim.field;

/**
 * How a field solved on a coarser field grid is read back at the voxels of the lattice.
 * Both preserve the total amount of the field exactly (in exact arithmetic), so mass balance holds
 * on every path.
 */
public enum Interpolation {
    /** Every voxel takes the value of the field cell that contains it (piecewise constant). */
    NEAREST,
    /**
     * Trilinear between field-cell centres: periodic in x and y, constant beyond the outermost
     * cell centres in z (the mirror image of a no-flux boundary). Smoother and, on clustered
     * sources, about half the error of {@link #NEAREST} for a few percent more time.
     */
    LINEAR
}
