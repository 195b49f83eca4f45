package org.senesim.calibration.abc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senesim.calibration.space.Dimension;
import org.senesim.calibration.space.Evaluator;
import org.senesim.calibration.space.ParameterSpace;
import org.senesim.random.CounterRandom;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AbcSmcTest {

    /**
     * A conjugate problem with a known posterior: θ uniform on [−5, 5], data the mean of 25 normal
     * draws around θ with s.d. 1 (so the mean has s.d. 0.2), observed 1.3. The exact posterior is
     * N(1.3, 0.2²) (the prior is flat there). The simulator's noise is keyed by the point, so the
     * evaluation of a point is the same on any thread.
     */
    private static final double OBSERVED = 1.3;
    private static final double SD = 0.2;

    private static ParameterSpace space() {
        return new ParameterSpace(List.of(Dimension.uniform("theta", -5, 5)));
    }

    private static Evaluator simulator(int threads) {
        return Evaluator.of(space(), List.of("mean"), x -> {
            long entity = Double.doubleToLongBits(x[0]);
            double s = 0;
            for (int i = 0; i < 25; i++) {
                s += x[0] + CounterRandom.normal(CounterRandom.key(77, 1, i), entity, 0);
            }
            return new double[] {s / 25};
        }, threads);
    }

    private static final ToDoubleFunction<double[]> DISTANCE = y -> Math.abs(y[0] - OBSERVED) / SD;

    @Test
    void recoversAKnownPosterior() {
        AbcSettings settings = new AbcSettings(400, 8, 0.5, 0.02, 0.1, 100, 5);
        AbcSmc.Result r = new AbcSmc(1, simulator(2), DISTANCE, settings).run(GenerationStore.none(),
                AbcSmc.Listener.SILENT);
        Generation post = r.posterior();
        ParameterSpace space = space();
        double mean = 0;
        double sq = 0;
        for (Particle p : post.particles()) {
            double t = space.get(0).value(p.u()[0]);
            mean += p.weight() * t;
            sq += p.weight() * t * t;
        }
        double sd = Math.sqrt(sq - mean * mean);
        // ABC at a finite threshold is the posterior of a slightly blurred observation: its s.d. is
        // at least the exact one and not much more once ε is below one noise s.d.
        assertThat(mean).isBetween(OBSERVED - 0.1, OBSERVED + 0.1);
        assertThat(sd).isBetween(0.8 * SD, 1.6 * SD);
        assertThat(post.ess()).isGreaterThan(100);
        // the thresholds fall generation by generation
        for (int g = 2; g < r.generations().size(); g++) {
            assertThat(r.generations().get(g).epsilon()).isLessThan(r.generations().get(g - 1).epsilon());
        }
    }

    @Test
    void sameSeedSameParticlesOnAnyThreadCountAndAfterAResume(@TempDir Path dir) throws Exception {
        AbcSettings settings = new AbcSettings(60, 4, 0.5, 0.02, 0.0, 25, 9);
        AbcSmc.Result whole = new AbcSmc(1, simulator(1), DISTANCE, settings).run(GenerationStore.none(),
                AbcSmc.Listener.SILENT);

        // interrupted after generation 2: the store keeps 0..2, a new run on 2 threads continues
        DirectoryStore store = new DirectoryStore(dir, "fp-1");
        AbcSettings shortRun = new AbcSettings(60, 2, 0.5, 0.02, 0.0, 25, 9);
        new AbcSmc(1, simulator(1), DISTANCE, shortRun).run(store, AbcSmc.Listener.SILENT);
        assertThat(Files.list(dir).filter(f -> f.toString().endsWith(".tmp"))).isEmpty();
        List<Integer> resumedFrom = new ArrayList<>();
        AbcSmc.Result resumed = new AbcSmc(1, simulator(2), DISTANCE, settings).run(store, new AbcSmc.Listener() {
            @Override
            public void generation(Generation g) {
                resumedFrom.add(g.index());
            }
        });
        assertThat(resumedFrom).containsExactly(3, 4);
        assertThat(resumed.generations()).hasSameSizeAs(whole.generations());
        for (int g = 0; g < whole.generations().size(); g++) {
            List<Particle> a = whole.generations().get(g).particles();
            List<Particle> b = resumed.generations().get(g).particles();
            for (int i = 0; i < a.size(); i++) {
                assertThat(b.get(i).u()).containsExactly(a.get(i).u());
                assertThat(b.get(i).weight()).isEqualTo(a.get(i).weight());
            }
        }
        assertThatThrownBy(() -> new DirectoryStore(dir, "fp-2").load())
                .isInstanceOf(DirectoryStore.MismatchException.class).hasMessageContaining("Fix:");
    }
}
