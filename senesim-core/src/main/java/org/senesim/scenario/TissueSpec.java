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
    /**
     * Lateral width below which the lattice patch's senescent fraction reads high against the
     * mean-field skin and against wider patches. Measured (session 17; examples/plan-35.yaml's person,
     * 2D at 20 µm, untreated, 35 → 85, mean over the run, three seeds each): 0.2 mm 12.8–17.6 %,
     * 0.4 mm 9.1–9.5 %, 0.6 mm 8.1–9.7 %, 1 mm 8.0–9.2 %, 2 mm 8.9 %; the mean field 8.7 % at 0.2 and
     * at 1 mm. Numerical resolution of the patch, not biology (docs/model.md, "How wide a patch").
     */
    public static final double FAITHFUL_WIDTH_UM = 500;

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

    /** Whether a lateral side is narrower than {@link #FAITHFUL_WIDTH_UM}. */
    public boolean narrow() {
        return widthUm < FAITHFUL_WIDTH_UM || (threeD && lengthUm < FAITHFUL_WIDTH_UM);
    }

    /** The caveat for a {@link #narrow()} patch, one sentence for reports and the console; empty otherwise. */
    public String narrowNote() {
        return narrow() ? "Narrower than 0.5 mm: on the lattice patch a section this narrow reads the senescent fraction"
                + " high (about twice the mean field's and a 1 mm section's at 0.2 mm; docs/model.md, \"How wide a patch\");"
                + " the mean-field skin moves with the width only in its fourth or fifth digit. Widen tissue.size to 0.5 mm or more." : "";
    }

    /** Total voxels, as a long so that oversized requests can be reported rather than overflow. */
    public long voxelCount() {
        return (long) nx() * ny() * nz();
    }

    private int count(double sizeUm) {
        return (int) Math.min(Integer.MAX_VALUE, Math.round(sizeUm / voxelUm));
    }
}
