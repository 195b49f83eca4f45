package org.senesim.intervention;

import org.senesim.lattice.Lattice;
import org.senesim.random.CounterRandom;
import org.senesim.scenario.Course;
import org.senesim.scenario.Scenario;
import org.senesim.tissue.Wound;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Device settings become the wound geometry the device literature describes. */
class WoundGeometryTest {

    private static final double EPIDERMIS = 80;

    private static Course course(String step, String tissue) {
        Scenario s = InterventionTestSupport.scenario("duration: 10 years\nperson: {age: 50 years}\ntissue: " + tissue
                + "\nprotocol:\n  - " + step + "\n");
        return s.protocol().arms().get(0).courses().get(0);
    }

    private static WoundGeometry.Plan plan(Course c, Lattice lat, long key) {
        return WoundGeometry.plan(c, lat, EPIDERMIS, 0.5, 14, CounterRandom.key(7, 10, key), true);
    }

    @Test
    void fractionalColumnsCoverTheSetFractionOfTheSurfaceIn3D() {
        Lattice lat = new Lattice(100, 100, 40, 20);
        Course c = course("{device: thulium-1927, start: 55, settings: {energy: 10 mJ, coverage: 30 %}}",
                "{dimension: 3D, size: [2 mm, 2 mm, 0.8 mm], voxel: 20 um}");
        double covered = 0;
        for (long k = 0; k < 5; k++) {
            covered += plan(c, lat, k).footprint().length / (double) lat.layerSize();
        }
        // Random columns overlap: the covered fraction is 1 - exp(-0.3).
        assertThat(covered / 5).isCloseTo(1 - Math.exp(-0.3), within(0.05));
    }

    @Test
    void columnDepthFollowsPulseEnergyAsInHistology() {
        Lattice lat = new Lattice(200, 1, 60, 20);
        String tissue = "{dimension: 2D, size: [4 mm, 1.2 mm], voxel: 20 um}";
        int shallow = deepestLayer(plan(course("{device: erbium-glass-1550, start: 55, settings: {energy: 5 mJ}}", tissue), lat, 1), lat);
        int deep = deepestLayer(plan(course("{device: erbium-glass-1550, start: 55, settings: {energy: 40 mJ}}", tissue), lat, 1), lat);
        // Manstein 2004: about 300 um from the surface at 5 mJ; Bedi 2007: over 1 mm at 40 mJ.
        assertThat(EPIDERMIS + (shallow + 1) * 20.0).isCloseTo(340, within(30.0));
        assertThat(EPIDERMIS + (deep + 1) * 20.0).isGreaterThan(1000);
    }

    @Test
    void ablativeColumnsAreEmptiedAndSleevedNonAblativeOnesCoagulated() {
        Lattice lat = new Lattice(200, 1, 60, 20);
        String tissue = "{dimension: 2D, size: [4 mm, 1.2 mm], voxel: 20 um}";
        WoundGeometry.Plan co2 = plan(course("{device: co2-fractional, start: 55}", tissue), lat, 3);
        Wound w = co2.wounds().get(0);
        assertThat(w.ablatedVoxels()).isNotEmpty();
        assertThat(w.coagulatedVoxels()).isNotEmpty();
        assertThat(w.denaturedFraction()).isGreaterThan(0);
        WoundGeometry.Plan thulium = plan(course("{device: thulium-1927, start: 55}", tissue), lat, 3);
        assertThat(thulium.wounds().get(0).ablatedVoxels()).isEmpty();
        assertThat(thulium.wounds().get(0).coagulatedVoxels()).isNotEmpty();
    }

    @Test
    void fullFieldResurfacingTakesWholeLayersAndTheWholeEpidermis() {
        Lattice lat = new Lattice(50, 1, 30, 20);
        Course c = course("{device: co2-full-field, start: 55, settings: {fluence: 6 J/cm2, passes: 2}}",
                "{dimension: 2D, size: [1 mm, 0.6 mm], voxel: 20 um}");
        WoundGeometry.Plan p = plan(c, lat, 1);
        // 10 um per J/cm2 above 2 J/cm2, two passes: 80 um ablated (the epidermis), 80 um coagulated below.
        assertThat(p.footprint()).hasSize(lat.layerSize());
        assertThat(p.wounds().get(0).ablatedVoxels()).isEmpty();
        assertThat(p.wounds().get(0).coagulatedVoxels()).hasSize(4 * lat.layerSize());
        assertThat(WoundGeometry.nominalDose(c, EPIDERMIS)).isEqualTo(160.0);
    }

    @Test
    void needlesLeaveTracksAndRadiofrequencyCoagulatesAtTheTips() {
        Lattice lat = new Lattice(150, 1, 100, 20);
        String tissue = "{dimension: 2D, size: [3 mm, 2 mm], voxel: 20 um}";
        WoundGeometry.Plan rf = plan(course("{device: rf-microneedling, start: 55, settings: {depth: 1.5 mm}}", tissue), lat, 2);
        assertThat(rf.wounds()).hasSize(2);
        int[] tips = rf.wounds().get(0).coagulatedVoxels();
        int[] tracks = rf.wounds().get(1).coagulatedVoxels();
        assertThat(tips).isNotEmpty();
        assertThat(tracks).isNotEmpty();
        assertThat(rf.wounds().get(1).denaturedFraction()).isZero();
        double meanTipDepth = Arrays.stream(tips).map(lat::depthOf).average().orElseThrow() * 20 + EPIDERMIS;
        assertThat(meanTipDepth).isCloseTo(1500 - 200, within(100.0));
        assertThat(rf.footprint()).isEmpty();
        WoundGeometry.Plan mech = plan(course("{device: microneedling, start: 55}", tissue), lat, 2);
        assertThat(mech.wounds()).hasSize(1);
        assertThat(mech.wounds().get(0).denaturedFraction()).isZero();
    }

    @Test
    void focusedUltrasoundMakesPointsAtTheFocalDepthOnly() {
        Lattice lat = new Lattice(150, 1, 100, 20);
        WoundGeometry.Plan p = plan(course("{device: micro-focused-ultrasound, start: 55}",
                "{dimension: 2D, size: [3 mm, 2 mm], voxel: 20 um}"), lat, 1);
        int[] points = p.woundedVoxels();
        assertThat(points).isNotEmpty();
        for (int v : points) {
            double depth = EPIDERMIS + (lat.depthOf(v) + 0.5) * 20;
            assertThat(depth).isBetween(1500 - 300.0, 1500 + 300.0);
        }
        assertThat(p.footprint()).isEmpty();
    }

    @Test
    void lightDevicesMakeNoWound() {
        Lattice lat = new Lattice(50, 1, 30, 20);
        WoundGeometry.Plan p = plan(course("{device: pulsed-dye-595, start: 55}", "{dimension: 2D, size: [1 mm, 0.6 mm], voxel: 20 um}"), lat, 1);
        assertThat(p.wounds()).isEmpty();
        assertThat(p.doseUm()).isZero();
    }

    private static int deepestLayer(WoundGeometry.Plan p, Lattice lat) {
        return Arrays.stream(p.woundedVoxels()).map(lat::depthOf).max().orElse(-1);
    }
}
