package org.senesim.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatticeGeometryTest {

    @Test
    void indexRoundTripsAndDepthIsSlowest() {
        LatticeGeometry g = new LatticeGeometry(5, 4, 3, 20.0);
        assertThat(g.voxelCount()).isEqualTo(60);
        assertThat(g.index(1, 2, 0)).isEqualTo(1 + 5 * 2);
        assertThat(g.index(0, 0, 1)).isEqualTo(20);
        for (int i = 0; i < g.voxelCount(); i++) {
            assertThat(g.index(g.x(i), g.y(i), g.z(i))).isEqualTo(i);
        }
        assertThat(g.is2D()).isFalse();
        assertThat(g.voxelVolume()).isEqualTo(8000.0);
        assertThat(g.centre(0)).isEqualTo(10.0);
    }

    @Test
    void twoDimensionalSectionHasOneVoxelInY() {
        LatticeGeometry g = new LatticeGeometry(50, 1, 60, 20.0);
        assertThat(g.is2D()).isTrue();
        LatticeGeometry c = g.coarsen(5);
        assertThat(c).isEqualTo(new LatticeGeometry(10, 1, 12, 100.0));
    }

    @Test
    void coarsenDividesEveryAxis() {
        LatticeGeometry g = new LatticeGeometry(50, 50, 60, 20.0);
        assertThat(g.coarsen(1)).isSameAs(g);
        assertThat(g.coarsen(2)).isEqualTo(new LatticeGeometry(25, 25, 30, 40.0));
        assertThatThrownBy(() -> g.coarsen(4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coarsening factor 4 must divide");
        assertThatThrownBy(() -> g.coarsen(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be >= 1");
    }

    @Test
    void rejectsBadSizesWithAClearMessage() {
        assertThatThrownBy(() -> new LatticeGeometry(0, 1, 1, 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nx=0");
        assertThatThrownBy(() -> new LatticeGeometry(4, -1, 1, 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ny=-1");
        assertThatThrownBy(() -> new LatticeGeometry(4, 4, 0, 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nz=0");
        assertThatThrownBy(() -> new LatticeGeometry(4, 4, 4, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("voxel edge");
        assertThatThrownBy(() -> new LatticeGeometry(4, 4, 4, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("voxel edge");
        assertThatThrownBy(() -> new LatticeGeometry(100_000, 100_000, 1, 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
    }
}
