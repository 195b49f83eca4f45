package org.senesim.calibration.targets;

import org.senesim.calibration.space.Evaluator;
import org.senesim.calibration.space.ParameterSpace;
import org.senesim.engine.RunResult;
import org.senesim.scenario.Arm;
import org.senesim.observe.SummaryItem;
import org.senesim.observe.TimeSeries;
import org.senesim.run.ArmRun;
import org.senesim.run.Design;
import org.senesim.run.Executor;
import org.senesim.run.Fidelity;
import org.senesim.run.LocalExecutor;
import org.senesim.run.RunSpec;
import org.senesim.run.Simulator;
import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Scenario;
import org.senesim.validation.Reproduction;
import org.senesim.validation.ReproductionContext;
import org.senesim.validation.ReproductionRunner;
import org.senesim.validation.Reproductions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The model as a calibration sees it: at a point of the parameter space, the model's value of every
 * target of a {@link TargetsFile}, in target order. Targets on the same scenario and cohort size
 * share one cohort run; targets of the same reproduction share one run of it. The candidate's
 * values replace the registry values of every scenario (origin SAMPLED); a scenario's own
 * {@code parameters:} are replaced too, since the candidate is what is being tested.
 */
public final class TargetModel implements Evaluator {

    private final TargetsFile targets;
    private final ParameterSpace space;
    private final int threads;
    private final List<String> outputs;
    private final boolean holdOuts;

    /**
     * @param targets  the targets file
     * @param threads  threads the points are spread over
     * @param holdOuts whether hold-out targets are computed too; the search needs only the
     *                 calibration targets (hold-outs come out NaN), the posterior-predictive check all
     */
    public TargetModel(TargetsFile targets, int threads, boolean holdOuts) {
        this.targets = targets;
        this.space = targets.space();
        this.threads = threads;
        this.outputs = targets.targets().stream().map(Target::id).toList();
        this.holdOuts = holdOuts;
    }

    /** The same model computing every target (for the posterior-predictive check). */
    public TargetModel withHoldOuts() {
        return new TargetModel(targets, threads, true);
    }

    @Override
    public List<String> outputs() {
        return outputs;
    }

    /**
     * Runs the points through the run layer: each point is a {@link RunSpec} whose parameters carry
     * the point's values, and the simulator computes every target from them (as summary items, in
     * target order), so any {@link Executor} can spread a batch. {@link LocalExecutor} on the
     * model's threads here.
     */
    @Override
    public double[][] evaluate(double[][] points) {
        return evaluate(points, new LocalExecutor(threads));
    }

    /** This model on another executor (e.g. a cluster's): the same values at every point. */
    public Evaluator on(Executor executor) {
        return new Evaluator() {
            @Override
            public List<String> outputs() {
                return outputs;
            }

            @Override
            public double[][] evaluate(double[][] points) {
                return TargetModel.this.evaluate(points, executor);
            }
        };
    }

    /** As {@link #evaluate(double[][])} on the given executor. */
    public double[][] evaluate(double[][] points, Executor executor) {
        Scenario carrier = firstScenario();
        ParameterSet base = carrier.parameterSet();
        List<RunSpec> specs = new ArrayList<>();
        for (int k = 0; k < points.length; k++) {
            specs.add(new RunSpec("calibration point " + k, carrier, Arm.noTreatment(),
                    base.with(space.overrides(points[k]), ParameterSet.Origin.SAMPLED), Fidelity.PATCH, false));
        }
        double[][] out = new double[points.length][];
        executor.execute(Design.of(specs), simulator(), (i, run) -> out[i] =
                run.result().summary().stream().mapToDouble(SummaryItem::value).toArray());
        return out;
    }

    /**
     * The simulator of a point's spec: every target computed from the spec's parameter values, as
     * summary items in target order. A remote executor rebuilds it from the targets file.
     */
    public Simulator simulator() {
        return (spec, context) -> {
            Map<String, Double> values = new LinkedHashMap<>();
            for (String id : space.ids()) {
                values.put(id, spec.parameters().get(id));
            }
            double[] y = at(values);
            List<SummaryItem> items = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                items.add(new SummaryItem(outputs.get(i), outputs.get(i), y[i], "", "calibration target"));
            }
            return new ArmRun(spec, spec.scenario(), null, new RunResult(new TimeSeries(List.of()), List.of(), items));
        };
    }

    /** A scenario to carry the points' parameters in their specs: the first target's, or the built-in default. */
    private Scenario firstScenario() {
        for (Target t : targets.targets()) {
            if (t.computation() instanceof Target.Cohort c) {
                return c.scenario();
            }
        }
        return org.senesim.scenario.ScenarioLoader.builtInDefault();
    }

    /** Every target's model value with these parameter values (registry ids to values). */
    public double[] at(Map<String, Double> values) {
        List<Target> list = targets.targets();
        double[] y = new double[list.size()];
        java.util.Arrays.fill(y, Double.NaN);
        Map<String, List<Integer>> cohorts = new LinkedHashMap<>();
        Map<String, List<Integer>> reproductions = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Target.Computation c = list.get(i).computation();
            if (!holdOuts && list.get(i).use() == Target.Use.HOLD_OUT) {
                continue;
            }
            if (c instanceof Target.Cohort co) {
                cohorts.computeIfAbsent(co.scenarioFile() + "#" + co.people(), k -> new ArrayList<>()).add(i);
            } else if (c instanceof Target.Reproduction r) {
                reproductions.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : cohorts.values()) {
            Target.Cohort first = (Target.Cohort) list.get(group.get(0)).computation();
            List<Quantity> qs = new ArrayList<>();
            for (int i : group) {
                qs.add(((Target.Cohort) list.get(i).computation()).quantity());
            }
            ParameterSet p = first.scenario().parameterSet().with(values, ParameterSet.Origin.SAMPLED);
            double[] v = CohortFigures.compute(first.scenario(), p, first.people(), qs);
            for (int j = 0; j < group.size(); j++) {
                y[group.get(j)] = v[j];
            }
        }
        for (Map.Entry<String, List<Integer>> e : reproductions.entrySet()) {
            Map<String, Double> figures = reproduction(e.getKey(), values);
            for (int i : e.getValue()) {
                Double v = figures.get(list.get(i).id());
                y[i] = v == null ? Double.NaN : v;
            }
        }
        return y;
    }

    private static Map<String, Double> reproduction(String name, Map<String, Double> values) {
        Reproduction r = Reproductions.byName(name);
        return r.run(new ReproductionContext() {
            @Override
            public Scenario scenario(String fileName) {
                return ReproductionRunner.scenario(fileName);
            }

            @Override
            public ParameterSet parameters(Scenario scenario) {
                return scenario.parameterSet().with(values, ParameterSet.Origin.SAMPLED);
            }

            @Override
            public int threads() {
                return 1;
            }

            @Override
            public void progress(String message) {
            }
        });
    }

    /**
     * The ABC distance of one point's outputs: the root mean square, over the {@code calibrate}
     * targets, of (model − centre) / scale, so 1 means "on average one standard uncertainty off".
     * Infinite when a calibrate target is not defined (NaN), so such a point is never accepted.
     */
    public ToDoubleFunction<double[]> distance() {
        List<Target> list = targets.targets();
        return y -> {
            double s = 0;
            int n = 0;
            for (int i = 0; i < list.size(); i++) {
                Target t = list.get(i);
                if (t.use() != Target.Use.CALIBRATE) {
                    continue;
                }
                if (Double.isNaN(y[i])) {
                    return Double.POSITIVE_INFINITY;
                }
                double z = (y[i] - t.centre()) / t.scale();
                s += z * z;
                n++;
            }
            return Math.sqrt(s / n);
        };
    }
}
