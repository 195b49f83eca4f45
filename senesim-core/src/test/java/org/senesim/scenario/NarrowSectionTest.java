package org.senesim.scenario;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A lattice section narrower than 0.5 mm reads senescence high (docs/model.md, "How wide a patch"); it is named. */
class NarrowSectionTest {

    @Test
    void aSideUnderHalfAMillimetreIsNarrowAndSaysSo() {
        TissueSpec narrow2d = new TissueSpec(false, 200, 20, 1200, 20);
        TissueSpec wide2d = new TissueSpec(false, 1000, 20, 1200, 20);
        TissueSpec edge = new TissueSpec(false, 500, 20, 1200, 20);
        TissueSpec thin3d = new TissueSpec(true, 1000, 300, 1200, 20);
        assertThat(narrow2d.narrow()).isTrue();
        assertThat(narrow2d.narrowNote()).contains("0.5 mm").contains("How wide a patch");
        assertThat(wide2d.narrow()).isFalse();
        assertThat(wide2d.narrowNote()).isEmpty();
        assertThat(edge.narrow()).isFalse();
        // in 2D the length is one voxel and does not count; in 3D both sides do
        assertThat(thin3d.narrow()).isTrue();
    }
}
