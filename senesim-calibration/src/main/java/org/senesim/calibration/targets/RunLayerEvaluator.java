package org.senesim.calibration.targets;

import org.senesim.calibration.space.Evaluator;
import org.senesim.calibration.space.ParameterSpace;
import org.senesim.engine.RunResult;
import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Arm;
import org.senesim.observe.SummaryItem;
import org.senesim.observe.TimeSeries;
import org.senesim.run.ArmRun;
import org.senesim.run.Design;
import org.senesim.run.Executor;
import org.senesim.run.RunSpec;
import org.senesim.run.Simulator;
import org.senesim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Cohort figures at each point of a parameter space, run through the run layer: each point is a
 * {@link RunSpec} (the scenario's person with the point's parameter values) and the
 * {@link Simulator} computes the cohort's figures as the run's summary, so any {@link Executor}
 * (local threads today, a cluster later) spreads a sensitivity design or an ABC batch. A point's
 * figures depend on its spec alone, so the result is the same on any executor.
 */
public final class RunLayerEvaluator implements Evaluator {

    private final Scenario scenario;
    private final ParameterSpace space;
    private final List<Quantity> quantities;
    private final int people;
    private final Executor executor;

    public RunLayerEvaluator(Scenario scenario, ParameterSpace space, List<Quantity> quantities, int people,
                             Executor executor) {
        this.scenario = scenario;
        this.space = space;
        this.quantities = List.copyOf(quantities);
        this.people = people;
        this.executor = executor;
    }

    /** The simulator of one cohort: its figures as summary items named by the quantities. */
    public static Simulator cohort(List<Quantity> quantities, int people) {
        return (spec, context) -> {
            double[] v = CohortFigures.compute(spec.scenario(), spec.parameters(), people, quantities);
            List<SummaryItem> items = new ArrayList<>();
            for (int i = 0; i < v.length; i++) {
                String id = quantities.get(i).text();
                items.add(new SummaryItem(id, id, v[i], "", "cohort of " + people + ": " + id));
            }
            return new ArmRun(spec, spec.scenario(), null, new RunResult(new TimeSeries(List.of()), List.of(), items));
        };
    }

    @Override
    public List<String> outputs() {
        return quantities.stream().map(Quantity::text).toList();
    }

    @Override
    public double[][] evaluate(double[][] points) {
        List<RunSpec> specs = new ArrayList<>();
        for (int k = 0; k < points.length; k++) {
            ParameterSet p = scenario.parameterSet().with(space.overrides(points[k]), ParameterSet.Origin.SAMPLED);
            specs.add(new RunSpec("point " + k, scenario, Arm.noTreatment(), p, org.senesim.run.Fidelity.PATCH, false));
        }
        double[][] out = new double[points.length][];
        executor.execute(Design.of(specs), cohort(quantities, people), (i, run) -> {
            List<SummaryItem> s = run.result().summary();
            double[] row = new double[s.size()];
            for (int j = 0; j < row.length; j++) {
                row[j] = s.get(j).value();
            }
            out[i] = row;
        });
        return out;
    }
}
