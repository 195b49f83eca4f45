package org.senesim.calibration.abc;

import org.senesim.calibration.space.CalibrationStreams;
import org.senesim.calibration.space.Evaluator;
import org.senesim.random.CounterRandom;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Approximate Bayesian computation by sequential Monte Carlo (Toni et al. 2009, J R Soc Interface
 * 6:187; Beaumont et al. 2009), in the unit-cube coordinates of the parameters so that the prior is
 * uniform on the cube and equals the registry distributions in value.
 *
 * <p>Generation 0 draws the prior and accepts every candidate whose targets are defined. Generation
 * g draws a particle of g − 1 by weight, moves it with {@link Kernel}, runs the model and accepts
 * it when its distance is at most ε_g, the {@code quantile} of g − 1's weighted distances; weights
 * are {@code 1 / Σ_j W_j K(u | u_j)} (the prior density is 1 on the cube), normalised. Candidates
 * outside the cube have prior density 0 and are never run.
 *
 * <p>Reproducible: candidate k of generation g draws from {@link CounterRandom} keyed by (seed,
 * {@link CalibrationStreams#ABC}, step g) with entity k; the model runs in batches of
 * {@code settings.batch()} candidates whatever the thread count, and particles are accepted in
 * candidate order, so the result is the same on any machine. Interrupted, a run continues from its
 * last completed generation ({@link GenerationStore}) with exactly the numbers it would have drawn.
 */
public final class AbcSmc {

    /** What the calibration reports while it runs. */
    public interface Listener {
        /** After each batch: candidates run and accepted so far in this generation. */
        default void batch(int generation, double epsilon, int evaluated, int accepted, int particles) {
        }

        /** After each completed (and stored) generation. */
        default void generation(Generation g) {
        }

        Listener SILENT = new Listener() {
        };
    }

    /** Why the run stopped. */
    public enum Stop { GENERATIONS, EPSILON, ACCEPTANCE, CAP }

    /** The generations (the last is the posterior) and why it stopped. */
    public record Result(List<Generation> generations, Stop stop) {
        public Generation posterior() {
            return generations.get(generations.size() - 1);
        }
    }

    private final int dimensions;
    private final Evaluator evaluator;
    private final ToDoubleFunction<double[]> distance;
    private final AbcSettings settings;

    /**
     * @param dimensions parameters calibrated
     * @param evaluator  the model at unit-cube points; its outputs are the targets' simulated values
     * @param distance   distance of one point's outputs to the published figures (NaN or infinite: reject)
     * @param settings   population, thresholds, batch and seed
     */
    public AbcSmc(int dimensions, Evaluator evaluator, ToDoubleFunction<double[]> distance, AbcSettings settings) {
        this.dimensions = dimensions;
        this.evaluator = evaluator;
        this.distance = distance;
        this.settings = settings;
    }

    /** Runs (or resumes, from {@code store}'s generations) until a stopping rule fires. */
    public Result run(GenerationStore store, Listener listener) {
        List<Generation> done = new ArrayList<>(store.load());
        Stop stop = null;
        if (!done.isEmpty()) {
            stop = stopAfter(done);
        }
        while (stop == null) {
            int g = done.size();
            Generation next = g == 0 ? generation(0, Double.POSITIVE_INFINITY, null, listener)
                    : generation(g, done.get(g - 1).distanceQuantile(settings.quantile()), done.get(g - 1), listener);
            if (next == null) {
                stop = Stop.CAP;
                break;
            }
            store.save(next);
            done.add(next);
            listener.generation(next);
            stop = stopAfter(done);
        }
        return new Result(List.copyOf(done), stop);
    }

    private Stop stopAfter(List<Generation> done) {
        Generation last = done.get(done.size() - 1);
        if (last.index() >= settings.generations()) {
            return Stop.GENERATIONS;
        }
        if (last.epsilon() <= settings.finalEpsilon()) {
            return Stop.EPSILON;
        }
        if (last.index() > 0 && last.acceptance() < settings.minAcceptance()) {
            return Stop.ACCEPTANCE;
        }
        return null;
    }

    /** One generation, or null when the evaluation cap is reached before enough particles are accepted. */
    private Generation generation(int g, double epsilon, Generation previous, Listener listener) {
        long key = CounterRandom.key(settings.seed(), CalibrationStreams.ABC, g);
        Kernel kernel = previous == null ? null : new Kernel(covariance(previous));
        double[] cumulative = previous == null ? null : cumulativeWeights(previous);
        List<double[]> acceptedU = new ArrayList<>();
        List<double[]> acceptedY = new ArrayList<>();
        List<Double> acceptedD = new ArrayList<>();
        int proposed = 0;
        int evaluated = 0;
        int cap = settings.evaluationCap();
        while (acceptedU.size() < settings.particles()) {
            if (g > 0 && evaluated >= cap) {
                return null;
            }
            List<double[]> batch = new ArrayList<>();
            while (batch.size() < settings.batch()) {
                double[] u = previous == null ? priorDraw(key, proposed) : move(key, proposed, previous, cumulative, kernel);
                proposed++;
                if (inside(u)) {
                    batch.add(u);
                }
            }
            double[][] y = evaluator.evaluate(batch.toArray(new double[0][]));
            evaluated += batch.size();
            for (int k = 0; k < batch.size() && acceptedU.size() < settings.particles(); k++) {
                double d = distance.applyAsDouble(y[k]);
                if (!Double.isNaN(d) && d <= epsilon && !Double.isInfinite(d)) {
                    acceptedU.add(batch.get(k));
                    acceptedY.add(y[k]);
                    acceptedD.add(d);
                }
            }
            listener.batch(g, epsilon, evaluated, acceptedU.size(), settings.particles());
        }
        double[] w = new double[acceptedU.size()];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = previous == null ? 1.0 : 1.0 / mixture(acceptedU.get(i), previous, kernel);
            sum += w[i];
        }
        List<Particle> particles = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            particles.add(new Particle(acceptedU.get(i), w[i] / sum, acceptedD.get(i), acceptedY.get(i)));
        }
        return new Generation(g, epsilon, proposed, evaluated, particles);
    }

    private double[] priorDraw(long key, int candidate) {
        double[] u = new double[dimensions];
        for (int i = 0; i < dimensions; i++) {
            u[i] = CounterRandom.uniform(key, candidate, i);
        }
        return u;
    }

    private double[] move(long key, int candidate, Generation previous, double[] cumulative, Kernel kernel) {
        double r = CounterRandom.uniform(key, candidate, 0);
        int j = 0;
        while (j < cumulative.length - 1 && cumulative[j] <= r) {
            j++;
        }
        double[] z = new double[dimensions];
        for (int i = 0; i < dimensions; i++) {
            z[i] = CounterRandom.normal(key, candidate, 1 + i);
        }
        return kernel.move(previous.particles().get(j).u(), z);
    }

    private static boolean inside(double[] u) {
        for (double v : u) {
            if (!(v >= 0 && v < 1)) {
                return false;
            }
        }
        return true;
    }

    private static double mixture(double[] u, Generation previous, Kernel kernel) {
        double s = 0;
        for (Particle p : previous.particles()) {
            s += p.weight() * kernel.density(p.u(), u);
        }
        return s;
    }

    private static double[] cumulativeWeights(Generation g) {
        double[] c = new double[g.particles().size()];
        double s = 0;
        for (int i = 0; i < c.length; i++) {
            s += g.particles().get(i).weight();
            c[i] = s;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= s;
        }
        return c;
    }

    private static double[][] covariance(Generation g) {
        double[][] x = new double[g.particles().size()][];
        double[] w = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = g.particles().get(i).u();
            w[i] = g.particles().get(i).weight();
        }
        return Weighted.covariance(x, w);
    }
}
