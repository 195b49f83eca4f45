package org.senesim.intervention;

import org.senesim.lattice.Lattice;
import org.senesim.meanfield.LayerWound;
import org.senesim.random.CounterRandom;
import org.senesim.random.RandomStreams;
import org.senesim.scenario.Course;
import org.senesim.tissue.Wound;

/**
 * A device session's wound as a mean-field skin needs it: the expected share of each depth layer
 * ablated, coagulated and punctured, and of the basal units replaced, over where the session's
 * columns, needles or focal points fall.
 *
 * <p>The shares are those of the lattice's own {@link WoundGeometry} on a lattice of the skin's
 * geometry, averaged over many placements, so the mean field wounds exactly what the patch wounds on
 * average (overlaps of columns, a 2D section's cut through 3D features and the voxel grid included)
 * without a second description of every device. Placements are drawn from a fixed stream that
 * depends on nothing but the placement's number: the mean field stays deterministic and the same
 * for every seed. Enough placements are averaged that about {@value #UNITS} basal units are
 * covered (at least {@value #MIN_PLACEMENTS}), which puts the sampling error of a share well below
 * a percent of itself for the devices of the catalog.
 */
final class WoundShares {

    /** Basal units the averaged placements cover together. */
    static final int UNITS = 1 << 16;
    static final int MIN_PLACEMENTS = 16;
    private static final long STREAM_SEED = 0x5EED_F1E1DL;

    private WoundShares() {
    }

    /**
     * @param replaceEpidermis whether the column footprints replace the basal units (false when the
     *                         session clears AKs by its registry clearance instead)
     */
    static LayerWound of(Course course, Lattice lattice, Responses r, boolean replaceEpidermis) {
        int nz = lattice.nz();
        int layer = lattice.layerSize();
        int placements = Math.max(MIN_PLACEMENTS, (UNITS + layer - 1) / layer);
        double[] ablated = new double[nz];
        double[] coagulated = new double[nz];
        double[] tracks = new double[nz];
        double footprint = 0;
        double denatured = 0;
        boolean sawDenatured = false;
        for (int k = 0; k < placements; k++) {
            long key = CounterRandom.key(STREAM_SEED, RandomStreams.INTERVENTION, k);
            WoundGeometry.Plan plan = WoundGeometry.plan(course, lattice, r.epidermisUm, r.gfPulse, r.gfDays, key,
                    replaceEpidermis);
            for (Wound w : plan.wounds()) {
                boolean track = w.ablatedVoxels().length == 0 && w.denaturedFraction() == 0.0 && w.treatedColumns().length == 0
                        && plan.wounds().size() > 1;
                for (int v : w.ablatedVoxels()) {
                    ablated[v / layer]++;
                }
                for (int v : w.coagulatedVoxels()) {
                    (track ? tracks : coagulated)[v / layer]++;
                }
                if (!track) {
                    denatured = w.denaturedFraction();
                    sawDenatured = true;
                }
                footprint += w.treatedColumns().length;
            }
        }
        double per = 1.0 / ((double) placements * layer);
        for (int z = 0; z < nz; z++) {
            ablated[z] *= per;
            coagulated[z] *= per;
            tracks[z] *= per;
        }
        return new LayerWound(ablated, coagulated, tracks, sawDenatured ? denatured : 0.0,
                Math.min(1.0, footprint * per), r.gfPulse, r.gfDays, r.refillDays);
    }
}
