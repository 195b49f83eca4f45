package org.senesim.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.senesim.parallel.Workers;

class SteadyFieldTest {

    // Test fixture, not model parameters.
    private static final double D = 50.0;
    private static final double K = D / (250.0 * 250.0);

    /** Scatters sources over about {@code fraction} of the voxels, amounts in [0.5, 1.5) per day. */
    private static void scatter(float[] source, double fraction, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < source.length; i++) {
            source[i] = rnd.nextDouble() < fraction ? (float) (0.5 + rnd.nextDouble()) : 0f;
        }
    }

    private static void solve(SteadyField field, int threads) {
        try (Workers w = new Workers(threads)) {
            field.solve(w);
        }
    }

    static Stream<Arguments> exactGrids() {
        return Stream.of(
                Arguments.of(new LatticeGeometry(12, 10, 9, 20.0)),
                Arguments.of(new LatticeGeometry(7, 5, 6, 20.0)),   // odd periodic sizes, no Nyquist mode
                Arguments.of(new LatticeGeometry(3, 2, 4, 15.0)),   // radius-2 source weighting wraps onto itself
                Arguments.of(new LatticeGeometry(11, 1, 8, 20.0)),  // 2D section
                Arguments.of(new LatticeGeometry(1, 1, 6, 20.0)));  // one column: only depth matters
    }

    @ParameterizedTest
    @MethodSource("exactGrids")
    void exactPathSolvesTheCompactStencilEquationsToRounding(LatticeGeometry g) {
        SteadyField field = new SteadyField(g, D, K, SteadyField.Options.exact());
        scatter(field.source(), 0.2, 7);
        field.source()[0] = 2f; // at the top face, where the mirror ghosts are used
        solve(field, 1);
        double[] c = Stencils.toDouble(field.value());
        double[] r = Stencils.residual(g, D, K, c, Stencils.toDouble(field.source()), true);
        // Rounding c to float leaves ~6e-8 relative in c, amplified by the stencil's weight sum.
        double scale = D / (g.voxelEdge() * g.voxelEdge()) * 8.6 * Stencils.maxAbs(c);
        assertThat(Stencils.maxAbs(r)).isLessThan(1e-6 * scale);
    }

    @Test
    void coarsePathSolvesTheSevenPointEquationsOnTheFieldGrid() {
        LatticeGeometry g = new LatticeGeometry(20, 15, 10, 20.0);
        SteadyField field = new SteadyField(g, D, K, SteadyField.Options.coarse(5));
        scatter(field.source(), 0.05, 11);
        solve(field, 2);
        LatticeGeometry cg = field.fieldGrid();
        assertThat(cg).isEqualTo(new LatticeGeometry(4, 3, 2, 100.0));
        double[] gathered = new double[cg.voxelCount()];
        for (int i = 0; i < g.voxelCount(); i++) {
            gathered[cg.index(g.x(i) / 5, g.y(i) / 5, g.z(i) / 5)] += field.source()[i];
        }
        double[] c = Stencils.toDouble(field.fieldValues());
        double[] r = Stencils.residual(cg, D, K, c, gathered, false);
        double scale = D / (cg.voxelEdge() * cg.voxelEdge()) * 12 * Stencils.maxAbs(c);
        assertThat(Stencils.maxAbs(r)).isLessThan(1e-6 * scale);
    }

    static Stream<Arguments> allPaths() {
        LatticeGeometry g3 = new LatticeGeometry(24, 18, 30, 20.0);
        LatticeGeometry g2 = new LatticeGeometry(24, 1, 30, 20.0);
        return Stream.of(
                Arguments.of(g3, SteadyField.Options.exact()),
                Arguments.of(g3, SteadyField.Options.coarse(2)),
                Arguments.of(g3, SteadyField.Options.coarse(3).withInterpolation(Interpolation.NEAREST)),
                Arguments.of(g3, SteadyField.Options.coarse(6)),
                Arguments.of(g2, SteadyField.Options.exact()),
                Arguments.of(g2, SteadyField.Options.coarse(3)));
    }

    @ParameterizedTest
    @MethodSource("allPaths")
    void steadyStateBalancesSecretionAgainstDecay(LatticeGeometry g, SteadyField.Options options) {
        SteadyField field = new SteadyField(g, D, K, options);
        scatter(field.source(), 0.03, 3);
        solve(field, 2);
        double secreted = 0;
        double held = 0;
        for (int i = 0; i < g.voxelCount(); i++) {
            secreted += field.source()[i] / SteadyField.SECONDS_PER_DAY; // amount per s
            held += field.value()[i] * g.voxelVolume();                  // amount
        }
        // No flux leaves the patch, so everything secreted decays: Σ s = k Σ c (per second).
        assertThat(K * held / secreted - 1).isBetween(-1e-5, 1e-5);
    }

    @ParameterizedTest
    @MethodSource("allPaths")
    void uniformSourceGivesTheWellMixedConcentrationEverywhere(LatticeGeometry g, SteadyField.Options options) {
        SteadyField field = new SteadyField(g, D, K, options);
        Arrays.fill(field.source(), 2f);
        solve(field, 1);
        double expected = 2.0 / (SteadyField.SECONDS_PER_DAY * g.voxelVolume() * K);
        for (float v : field.value()) {
            assertThat(v / expected - 1).isBetween(-1e-5, 1e-5);
        }
    }

    @ParameterizedTest
    @MethodSource("threadCases")
    void oneAndTwoThreadsGiveBitIdenticalFieldsDayAfterDay(LatticeGeometry g, SteadyField.Options options) {
        SteadyField one = new SteadyField(g, D, K, options);
        SteadyField two = new SteadyField(g, D, K, options);
        SteadyField other = new SteadyField(g, D, 2 * K, options);
        SteadyField pair = new SteadyField(g, D, K, options);
        SplittableRandom rnd = new SplittableRandom(5);
        scatter(one.source(), 0.03, 9);
        try (Workers w1 = new Workers(1); Workers w2 = new Workers(2)) {
            for (int day = 0; day < 4; day++) {
                for (int s = 0; s < 50; s++) {
                    int i = rnd.nextInt(g.voxelCount());
                    one.source()[i] = one.source()[i] == 0f ? (float) rnd.nextDouble() : 0f;
                }
                System.arraycopy(one.source(), 0, two.source(), 0, g.voxelCount());
                System.arraycopy(one.source(), 0, pair.source(), 0, g.voxelCount());
                System.arraycopy(one.source(), 0, other.source(), 0, g.voxelCount());
                one.solve(w1);
                two.solve(w2);
                SteadyField.solveAll(w2, other, pair);
                assertThat(two.value()).isEqualTo(one.value());
                assertThat(pair.value()).isEqualTo(one.value());
                assertThat(Arrays.equals(one.value(), new float[g.voxelCount()])).isFalse();
            }
        }
    }

    static Stream<Arguments> threadCases() {
        return Stream.of(
                // Above the million voxels from which solve() splits every stage over threads, and
                // the 32k field cells from which the spectral solve is split too.
                Arguments.of(new LatticeGeometry(100, 100, 110, 20.0), SteadyField.Options.coarse(2)),
                Arguments.of(new LatticeGeometry(128, 1, 8200, 20.0), SteadyField.Options.coarse(4)
                        .withInterpolation(Interpolation.NEAREST)),
                // Large enough that the spectral stage is split over threads too.
                Arguments.of(new LatticeGeometry(40, 40, 24, 20.0), SteadyField.Options.exact()),
                Arguments.of(new LatticeGeometry(50, 50, 60, 20.0), SteadyField.Options.coarse(2)),
                Arguments.of(new LatticeGeometry(50, 50, 60, 20.0), SteadyField.Options.coarse(5)
                        .withResolveTolerance(0.01)),
                Arguments.of(new LatticeGeometry(60, 1, 40, 20.0), SteadyField.Options.coarse(2)));
    }

    @Test
    void unchangedSourceIsNotSolvedAgain() {
        LatticeGeometry g = new LatticeGeometry(20, 20, 20, 20.0);
        SteadyField field = new SteadyField(g, D, K, SteadyField.Options.coarse(2));
        try (Workers w = new Workers(1)) {
            field.solve(w); // an all-zero source is still solved once
            assertThat(field.solveCount()).isEqualTo(1);
            field.solve(w);
            assertThat(field.skipCount()).isEqualTo(1);
            field.source()[5] = 1f;
            field.solve(w);
            assertThat(field.solveCount()).isEqualTo(2);
            float[] before = field.value().clone();
            field.solve(w);
            assertThat(field.skipCount()).isEqualTo(2);
            assertThat(field.value()).isEqualTo(before);
        }
    }

    @Test
    void resolveToleranceSkipsSmallChangesAndBoundsTheirDrift() {
        LatticeGeometry g = new LatticeGeometry(20, 20, 20, 20.0);
        SteadyField field = new SteadyField(g, D, K, SteadyField.Options.coarse(2).withResolveTolerance(0.05));
        Arrays.fill(field.source(), 1f); // Σ|s| = 8000
        try (Workers w = new Workers(1)) {
            field.solve(w);
            field.source()[0] = 101f;   // +100: 1.25% of the total
            field.solve(w);
            field.source()[1] = 201f;   // +200 more: 3.75% since the last solve
            field.solve(w);
            assertThat(field.solveCount()).isEqualTo(1);
            assertThat(field.skipCount()).isEqualTo(2);
            field.source()[2] = 201f;   // 6.25%: beyond 5%, solved again
            field.solve(w);
            assertThat(field.solveCount()).isEqualTo(2);
        }
    }

    @Test
    void coarseFieldsStayCloseToTheExactPathOnScatteredSecretors() {
        LatticeGeometry g = new LatticeGeometry(50, 50, 60, 20.0);
        SteadyField exact = new SteadyField(g, D, K, SteadyField.Options.exact());
        scatter(exact.source(), 0.03, 1);
        solve(exact, 2);
        for (int f : new int[] {2, 5}) {
            SteadyField coarse = new SteadyField(g, D, K, SteadyField.Options.coarse(f));
            System.arraycopy(exact.source(), 0, coarse.source(), 0, g.voxelCount());
            solve(coarse, 2);
            double sum2 = 0;
            double max = 0;
            for (int i = 0; i < g.voxelCount(); i++) {
                double rel = coarse.value()[i] / exact.value()[i] - 1;
                sum2 += rel * rel;
                max = Math.max(max, Math.abs(rel));
            }
            double rms = Math.sqrt(sum2 / g.voxelCount());
            System.out.printf("coarsening %d vs exact on 3%% secretors: rms %.4f, max %.4f%n", f, rms, max);
            // Documented in SteadyField and docs/performance.md; bounds leave room for the random pattern.
            assertThat(rms).isLessThan(f == 2 ? 0.01 : 0.02);
            assertThat(max).isLessThan(f == 2 ? 0.08 : 0.12);
        }
    }

    @Test
    void nanSourceIsReported() {
        LatticeGeometry g = new LatticeGeometry(8, 8, 8, 20.0);
        SteadyField field = new SteadyField(g, D, K, SteadyField.Options.exact());
        field.source()[17] = Float.NaN;
        assertThatThrownBy(() -> solve(field, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NaN");
    }

    @Test
    void rejectsBadArgumentsWithAClearMessage() {
        LatticeGeometry g = new LatticeGeometry(10, 10, 10, 20.0);
        SteadyField.Options exact = SteadyField.Options.exact();
        assertThatThrownBy(() -> new SteadyField(g, 0, K, exact))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("diffusivity D must be positive");
        assertThatThrownBy(() -> new SteadyField(g, -1, K, exact))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("diffusivity D");
        assertThatThrownBy(() -> new SteadyField(g, Double.POSITIVE_INFINITY, K, exact))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("diffusivity D");
        assertThatThrownBy(() -> new SteadyField(g, D, 0, exact))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decay rate k must be positive");
        assertThatThrownBy(() -> new SteadyField(g, D, Double.NaN, exact))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decay rate k");
        assertThatThrownBy(() -> new SteadyField(g, D, K, SteadyField.Options.coarse(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must divide");
        assertThatThrownBy(() -> new SteadyField(null, D, K, exact))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SteadyField.Options.coarse(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coarsening must be >= 1");
        assertThatThrownBy(() -> exact.withResolveTolerance(-0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resolveTolerance");
        assertThatThrownBy(() -> exact.withInterpolation(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interpolation");
        SteadyField field = new SteadyField(g, D, K, exact);
        try (Workers w = new Workers(1)) {
            assertThatThrownBy(() -> SteadyField.solveAll(w, field, field))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct");
        }
        assertThatThrownBy(() -> field.solve(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workers");
    }

    @Test
    void reportsRangeAndGrid() {
        LatticeGeometry g = new LatticeGeometry(50, 1, 60, 20.0);
        SteadyField field = new SteadyField(g, D, K, SteadyField.Options.coarse(5));
        assertThat(field.range()).isCloseTo(250.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(field.fieldGrid()).isEqualTo(new LatticeGeometry(10, 1, 12, 100.0));
        assertThat(field.lattice()).isSameAs(g);
        assertThat(field.source()).hasSize(3000);
        assertThat(field.value()).hasSize(3000);
    }
}
