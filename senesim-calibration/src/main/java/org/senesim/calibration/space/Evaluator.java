package org.senesim.calibration.space;

import org.senesim.parallel.Workers;

import java.util.List;
import java.util.function.Function;

/**
 * Runs the model at a batch of unit-cube points and returns each point's outputs. A design hands
 * over whole batches, so the evaluator decides how to spread them (local threads, the run layer's
 * executor); the result of point {@code k} must depend on point {@code k} alone, never on the batch
 * or its order, so designs are bit-identical on any number of threads.
 */
public interface Evaluator {

    /** Names of the outputs, in the order of each row of {@link #evaluate}. */
    List<String> outputs();

    /**
     * The outputs at each point: row {@code k} for {@code points[k]}, NaN where an output is not
     * defined at that point.
     */
    double[][] evaluate(double[][] points);

    /**
     * An evaluator over a plain function of the parameter values, spread over {@code threads}
     * local threads (analytic test functions, synthetic problems, cheap models).
     */
    static Evaluator of(ParameterSpace space, List<String> outputs, Function<double[], double[]> model, int threads) {
        List<String> names = List.copyOf(outputs);
        return new Evaluator() {
            @Override
            public List<String> outputs() {
                return names;
            }

            @Override
            public double[][] evaluate(double[][] points) {
                double[][] out = new double[points.length][];
                try (Workers workers = new Workers(threads)) {
                    workers.forChunks(points.length, 1, (chunk, from, to) -> {
                        for (int k = from; k < to; k++) {
                            out[k] = model.apply(space.values(points[k]));
                        }
                    });
                }
                return out;
            }
        };
    }
}
