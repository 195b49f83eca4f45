package org.senesim.intervention;

import org.senesim.lattice.Lattice;
import org.senesim.meanfield.LayerWound;
import org.senesim.random.CounterRandom;
import org.senesim.random.RandomStreams;
import org.senesim.scenario.Course;
import org.senesim.tissue.Wound;

import java.util.BitSet;

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
    static final long STREAM_SEED = 0x5EED_F1E1DL;

    private WoundShares() {
    }

    /**
     * @param replaceEpidermis whether the column footprints replace the basal units (false when the
     *                         session clears AKs by its registry clearance instead)
     */
    static LayerWound of(Course course, Lattice lattice, Responses r, boolean replaceEpidermis) {
        return of(course, lattice, r, replaceEpidermis, UNITS);
    }

    /** As above, placements averaged until about {@code units} basal units are covered (a screening's fewer). */
    static LayerWound of(Course course, Lattice lattice, Responses r, boolean replaceEpidermis, int units) {
        int nz = lattice.nz();
        int layer = lattice.layerSize();
        int placements = placements(layer, units);
        double[] ablated = new double[nz];
        double[] coagulated = new double[nz];
        double[] tracks = new double[nz];
        double footprint = 0;
        double denatured = 0;
        boolean sawDenatured = false;
        boolean checked = false;
        for (int k = 0; k < placements; k++) {
            long key = CounterRandom.key(STREAM_SEED, RandomStreams.INTERVENTION, k);
            // the wounds WoundGeometry.plan makes of these voxels, counted without building them:
            // the main wound, then a second one of needle tracks; a wound with nothing ablated, no
            // denaturing and no footprint is counted as tracks when the session has two
            WoundGeometry.Voxels v = WoundGeometry.voxels(course, lattice, r.epidermisUm, key);
            boolean main = v.hasMainWound();
            boolean second = v.hasTrackWound();
            if (!checked && (main || second)) {
                // the checks a Wound makes of these numbers (the same for every placement)
                new Wound(NONE, NONE, main ? v.denatured : 0.0, NONE, r.gfPulse, r.gfDays);
                checked = true;
            }
            boolean two = main && second;
            if (main) {
                int treated = replaceEpidermis ? v.footprint.cardinality() : 0;
                boolean track = v.ablated.isEmpty() && v.denatured == 0.0 && treated == 0 && two;
                countByLayer(v.ablated, ablated, layer);
                countByLayer(v.coagulated, track ? tracks : coagulated, layer);
                if (!track) {
                    denatured = v.denatured;
                    sawDenatured = true;
                }
                footprint += treated;
            }
            if (second) {
                countByLayer(v.tracks, two ? tracks : coagulated, layer);
                if (!two) {
                    denatured = 0.0;
                    sawDenatured = true;
                }
            }
        }
        return averaged(ablated, coagulated, tracks, footprint, sawDenatured ? denatured : 0.0, placements, layer, r);
    }

    /** The counts over all placements (voxels per layer, footprint columns) as shares of a layer per placement. */
    static LayerWound averaged(double[] ablated, double[] coagulated, double[] tracks, double footprint, double denatured,
                               int placements, int layer, Responses r) {
        double per = 1.0 / ((double) placements * layer);
        for (int z = 0; z < ablated.length; z++) {
            ablated[z] *= per;
            coagulated[z] *= per;
            tracks[z] *= per;
        }
        return new LayerWound(ablated, coagulated, tracks, denatured, Math.min(1.0, footprint * per), r.gfPulse, r.gfDays,
                r.refillDays);
    }

    private static final int[] NONE = new int[0];

    /** Placements averaged on a lattice of {@code layer} voxels a layer: about {@link #UNITS} basal units, at least {@link #MIN_PLACEMENTS}. */
    static int placements(int layer) {
        return placements(layer, UNITS);
    }

    private static int placements(int layer, int units) {
        return Math.max(MIN_PLACEMENTS, (units + layer - 1) / layer);
    }

    /** Adds one to {@code counts[layer of v]} for every voxel v of the set (whole numbers: exact in any order). */
    private static void countByLayer(BitSet voxels, double[] counts, int layer) {
        for (int v = voxels.nextSetBit(0); v >= 0; v = voxels.nextSetBit(v + 1)) {
            counts[v / layer]++;
        }
    }
}
