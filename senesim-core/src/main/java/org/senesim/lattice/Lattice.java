package org.senesim.lattice;

/**
 * The voxel lattice of a skin patch: nx × ny × nz voxels of edge {@code voxelUm}, x fastest, z
 * (depth below the basal epidermis, 0 = top of the dermis) slowest. Lateral boundaries are
 * periodic; depth is not. A 2D cross-section has ny = 1 and uses the x–z plane.
 */
public final class Lattice {

    private final int nx;
    private final int ny;
    private final int nz;
    private final int layer;
    private final int size;
    private final double voxelUm;

    public Lattice(int nx, int ny, int nz, double voxelUm) {
        if (nx < 2 || ny < 1 || nz < 2) {
            throw new IllegalArgumentException("lattice needs at least 2 × 1 × 2 voxels, got "
                    + nx + " × " + ny + " × " + nz);
        }
        long total = (long) nx * ny * nz;
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("lattice of " + total + " voxels is too large for one patch");
        }
        if (!(voxelUm > 0)) {
            throw new IllegalArgumentException("voxel edge must be positive, got " + voxelUm);
        }
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.layer = nx * ny;
        this.size = (int) total;
        this.voxelUm = voxelUm;
    }

    public int nx() {
        return nx;
    }

    public int ny() {
        return ny;
    }

    public int nz() {
        return nz;
    }

    /** Voxels in one depth layer. */
    public int layerSize() {
        return layer;
    }

    public int size() {
        return size;
    }

    public double voxelUm() {
        return voxelUm;
    }

    public boolean threeD() {
        return ny > 1;
    }

    /** Lateral neighbours plus the two depth neighbours: 6 in 3D, 4 in 2D. */
    public int neighbourCount() {
        return threeD() ? 6 : 4;
    }

    public int index(int x, int y, int z) {
        return x + nx * (y + ny * z);
    }

    public int depthOf(int index) {
        return index / layer;
    }

    /** Depth of a voxel centre below the top of the dermis, µm. */
    public double depthUm(int z) {
        return (z + 0.5) * voxelUm;
    }

    /** Patch surface area in cm². */
    public double areaCm2() {
        double cm = voxelUm * 1e-4;
        return nx * cm * ny * cm;
    }

    /** Patch volume in mm³. */
    public double volumeMm3() {
        double mm = voxelUm * 1e-3;
        return size * mm * mm * mm;
    }

    /**
     * The k-th neighbour of a voxel (k in [0, neighbourCount())), or -1 beyond the top or bottom.
     * Order: −x, +x, −z, +z, then −y, +y in 3D.
     */
    public int neighbour(int index, int k) {
        int x = index % nx;
        int rest = index / nx;
        int y = rest % ny;
        int z = rest / ny;
        switch (k) {
            case 0:
                return index(x == 0 ? nx - 1 : x - 1, y, z);
            case 1:
                return index(x == nx - 1 ? 0 : x + 1, y, z);
            case 2:
                return z == 0 ? -1 : index - layer;
            case 3:
                return z == nz - 1 ? -1 : index + layer;
            case 4:
                return index(x, y == 0 ? ny - 1 : y - 1, z);
            case 5:
                return index(x, y == ny - 1 ? 0 : y + 1, z);
            default:
                throw new IllegalArgumentException("neighbour " + k + " of " + neighbourCount());
        }
    }
}
