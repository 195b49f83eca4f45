package org.senesim.intervention;

import org.senesim.evidence.ParameterSet;
import org.senesim.lattice.Lattice;
import org.senesim.meanfield.LayerWound;
import org.senesim.random.CounterRandom;
import org.senesim.random.RandomStreams;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Course;
import org.senesim.scenario.Scenario;
import org.senesim.tissue.Wound;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mean field's wound shares count the voxels of each placement without building the session's
 * wounds; they must be, bit for bit, the shares of the wounds {@link WoundGeometry#plan} builds
 * (computed here the way {@link WoundShares} did before it counted directly).
 */
class WoundSharesTest {

    private static final String[] SESSIONS = {
        "{device: thulium-1927, start: 55, settings: {energy: 10 mJ, coverage: 30 %}}",
        "{device: erbium-glass-1550, start: 55, settings: {energy: 40 mJ}}",
        "{device: co2-fractional, start: 55}",
        "{device: co2-full-field, start: 55, settings: {fluence: 6 J/cm2, passes: 2}}",
        "{device: microneedling, start: 55}",
        "{device: rf-microneedling, start: 55}",
        "{device: micro-focused-ultrasound, start: 55}",
        "{device: ipl, start: 55}",
    };

    @Test
    void countedSharesAreThoseOfTheBuiltWoundsBitForBit() {
        String[] tissues = {
            "{dimension: 2D, size: [1 mm, 1.2 mm], voxel: 20 um}",
            "{dimension: 2D, size: [1 mm, 1.2 mm], voxel: 60 um}",
            "{dimension: 3D, size: [0.6 mm, 0.6 mm, 0.8 mm], voxel: 40 um}",
        };
        int compared = 0;
        for (String tissue : tissues) {
            for (String session : SESSIONS) {
                Scenario s = InterventionTestSupport.scenario("duration: 10 years\nperson: {age: 50 years}\ntissue: " + tissue
                        + "\nprotocol:\n  - " + session + "\n");
                Arm arm = s.protocol().arms().get(0);
                Course course = arm.courses().get(0);
                ParameterSet p = InterventionTestSupport.defaults();
                Responses r = new Responses(arm, Timeline.of(arm, p), p, new Effects());
                Lattice lattice = new Lattice(s.tissue().nx(), s.tissue().ny(), s.tissue().nz(), s.tissue().voxelUm());
                for (boolean replace : new boolean[] {true, false}) {
                    LayerWound counted = WoundShares.of(course, lattice, r, replace);
                    LayerWound built = builtShares(course, lattice, r, replace);
                    String what = session + " on " + tissue + ", replacing the epidermis " + replace;
                    assertThat(counted.ablated()).as(what).containsExactly(built.ablated());
                    assertThat(counted.coagulated()).as(what).containsExactly(built.coagulated());
                    assertThat(counted.tracks()).as(what).containsExactly(built.tracks());
                    assertThat(counted.epidermisReplaced()).as(what).isEqualTo(built.epidermisReplaced());
                    assertThat(counted.denaturedFraction()).as(what).isEqualTo(built.denaturedFraction());
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(tissues.length * SESSIONS.length * 2);
    }

    /** The shares from the wounds {@link WoundGeometry#plan} builds, placement by placement. */
    private static LayerWound builtShares(Course course, Lattice lattice, Responses r, boolean replaceEpidermis) {
        int nz = lattice.nz();
        int layer = lattice.layerSize();
        int placements = WoundShares.placements(layer);
        double[] ablated = new double[nz];
        double[] coagulated = new double[nz];
        double[] tracks = new double[nz];
        double footprint = 0;
        double denatured = 0;
        boolean sawDenatured = false;
        for (int k = 0; k < placements; k++) {
            long key = CounterRandom.key(WoundShares.STREAM_SEED, RandomStreams.INTERVENTION, k);
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
        return WoundShares.averaged(ablated, coagulated, tracks, footprint, sawDenatured ? denatured : 0.0, placements, layer, r);
    }
}
