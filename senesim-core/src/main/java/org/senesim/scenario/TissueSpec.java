package org.senesim.scenario;

/**
 * Geometry of the simulated skin patch. Sizes are in micrometres. A 2D patch is a vertical
 * cross-section one voxel thick: {@code lengthUm} then equals {@code voxelUm} and {@link #ny()} is 1.
 *
 * @param threeD   true for a 3D block, false for a 2D cross-section
 * @param widthUm  lateral size along x, µm
 * @param lengthUm lateral size along y, µm (one voxel in 2D)
 * @param depthUm  depth of dermis below the basal epidermis, µm
 * @param voxelUm  voxel edge, µm
 */
public record TissueSpec(boolean threeD, double widthUm, double lengthUm, double depthUm, double voxelUm) {

    /** The largest grid a scenario may ask for. */
    public static final long MAX_VOXELS = 100_000_000L;
    /** The smallest number of voxels along any used axis. */
    public static final int MIN_VOXELS_PER_AXIS = 2;

    public TissueSpec {
        if (!(voxelUm > 0) || !(widthUm > 0) || !(lengthUm > 0) || !(depthUm > 0)) {
            throw new IllegalArgumentException("tissue sizes and voxel must be positive: " + widthUm + ", "
                    + lengthUm + ", " + depthUm + ", voxel " + voxelUm);
        }
    }

    /** Voxels along x. */
    public int nx() {
        return count(widthUm);
    }

    /** Voxels along y: 1 in 2D. */
    public int ny() {
        return threeD ? count(lengthUm) : 1;
    }

    /** Voxels along depth. */
    public int nz() {
        return count(depthUm);
    }

    /** Total voxels, as a long so that oversized requests can be reported rather than overflow. */
    public long voxelCount() {
        return (long) nx() * ny() * nz();
    }

    private int count(double sizeUm) {
        return (int) Math.min(Integer.MAX_VALUE, Math.round(sizeUm / voxelUm));
    }
}
