package org.senesim.calibration.targets;

import org.senesim.calibration.space.Evaluator;
import org.senesim.calibration.space.ParameterSpace;
import org.senesim.engine.Workers;
import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Scenario;

import java.util.List;

/**
 * Population figures ({@link Quantity}) of a cohort of a scenario's person at each point of a
 * parameter space: what {@code senesim sensitivity} measures. Each point is one cohort run on one
 * thread; points are spread over the threads. The point's values replace the scenario's.
 */
public final class CohortEvaluator implements Evaluator {

    private final Scenario scenario;
    private final ParameterSpace space;
    private final List<Quantity> quantities;
    private final int people;
    private final int threads;

    public CohortEvaluator(Scenario scenario, ParameterSpace space, List<Quantity> quantities, int people, int threads) {
        this.scenario = scenario;
        this.space = space;
        this.quantities = List.copyOf(quantities);
        this.people = people;
        this.threads = threads;
    }

    @Override
    public List<String> outputs() {
        return quantities.stream().map(Quantity::text).toList();
    }

    @Override
    public double[][] evaluate(double[][] points) {
        double[][] out = new double[points.length][];
        try (Workers workers = new Workers(threads)) {
            workers.forChunks(points.length, 1, (chunk, from, to) -> {
                for (int k = from; k < to; k++) {
                    ParameterSet p = scenario.parameterSet().with(space.overrides(points[k]), ParameterSet.Origin.SAMPLED);
                    out[k] = CohortFigures.compute(scenario, p, people, quantities);
                }
            });
        }
        return out;
    }
}
