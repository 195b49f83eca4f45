package org.senesim.field;

/**
 * The voxel lattice of a tissue patch: {@code nx × ny × nz} cubic voxels of edge {@code voxelEdge}
 * micrometres, stored in flat arrays with index {@code x + nx*(y + ny*z)}.
 *
 * <p>{@code x} and {@code y} are the lateral axes (periodic), {@code z} is depth with {@code z = 0}
 * the top of the dermis under the epidermis and {@code z = nz-1} the bottom above the subcutis.
 * A grid with {@code ny == 1} is a 2D cross-section: a slab one voxel thick that is uniform along
 * {@code y} (its {@code y}-neighbours are itself).
 *
 * @param nx        voxels along x (lateral, periodic), at least 1
 * @param ny        voxels along y (lateral, periodic), at least 1; 1 means a 2D section
 * @param nz        voxels along z (depth, no-flux top and bottom), at least 1
 * @param voxelEdge edge length of one voxel in micrometres, positive and finite
 */
public record LatticeGeometry(int nx, int ny, int nz, double voxelEdge) {

    public LatticeGeometry {
        if (nx < 1 || ny < 1 || nz < 1) {
            throw new IllegalArgumentException(
                    "lattice sizes must be >= 1, got nx=" + nx + ", ny=" + ny + ", nz=" + nz);
        }
        if ((long) nx * ny * nz > Integer.MAX_VALUE - 8) {
            // Flat Java arrays are int-indexed.
            throw new IllegalArgumentException("lattice of " + nx + "×" + ny + "×" + nz
                    + " voxels does not fit in one flat array");
        }
        if (!(voxelEdge > 0) || !Double.isFinite(voxelEdge)) {
            throw new IllegalArgumentException("voxel edge must be positive and finite (µm), got " + voxelEdge);
        }
    }

    /** Number of voxels, {@code nx*ny*nz}. */
    public int voxelCount() {
        return nx * ny * nz;
    }

    /** True for a 2D cross-section ({@code ny == 1}). */
    public boolean is2D() {
        return ny == 1;
    }

    /** Volume of one voxel in µm³. */
    public double voxelVolume() {
        return voxelEdge * voxelEdge * voxelEdge;
    }

    /** Flat index of voxel (x, y, z); no bounds check beyond the array's own. */
    public int index(int x, int y, int z) {
        return x + nx * (y + ny * z);
    }

    /** x of the voxel with flat index {@code i}. */
    public int x(int i) {
        return i % nx;
    }

    /** y of the voxel with flat index {@code i}. */
    public int y(int i) {
        return (i / nx) % ny;
    }

    /** z (depth) of the voxel with flat index {@code i}. */
    public int z(int i) {
        return i / (nx * ny);
    }

    /** Centre of voxel column {@code x} (or y, z) in µm from the patch edge. */
    public double centre(int coordinate) {
        return (coordinate + 0.5) * voxelEdge;
    }

    /**
     * The lattice whose cells are blocks of {@code factor} voxels along every axis longer than one
     * voxel. A 2D section stays one voxel thick in y: its coarse {@code voxelEdge} is the edge in
     * x and z, while the slab keeps the original thickness.
     *
     * @throws IllegalArgumentException if the factor is below 1 or does not divide a size
     */
    public LatticeGeometry coarsen(int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("coarsening factor must be >= 1, got " + factor);
        }
        if (factor == 1) {
            return this;
        }
        if (nx % factor != 0 || (ny > 1 && ny % factor != 0) || nz % factor != 0) {
            throw new IllegalArgumentException("coarsening factor " + factor + " must divide every lattice size > 1"
                    + " (nx=" + nx + ", ny=" + ny + ", nz=" + nz + ")");
        }
        return new LatticeGeometry(nx / factor, ny > 1 ? ny / factor : 1, nz / factor, voxelEdge * factor);
    }
}
