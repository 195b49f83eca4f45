package org.senesim.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.senesim.engine.RunResult;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.observe.SummaryItem;
import org.senesim.observe.TimeSeries;
import org.senesim.run.ArmRun;
import org.senesim.run.Design;
import org.senesim.run.Executor;
import org.senesim.run.RunContext;
import org.senesim.run.RunSink;
import org.senesim.run.RunSpec;
import org.senesim.run.RunSpecCodec;
import org.senesim.run.Simulator;
import scala.Tuple2;

/**
 * The run layer's {@link Executor} on Spark, for designs whose runs are judged by their summary (the
 * design points of a sensitivity analysis or a calibration batch): each spec travels as its text
 * ({@link RunSpecCodec}), an executor JVM rebuilds the simulator from a {@link Recipe} and runs the
 * spec, and only the run's summary items come back. A run is a pure function of its spec, so the
 * results are the ones {@link org.senesim.run.LocalExecutor} gives, bit for bit, in the design's order.
 *
 * <p>A {@link Simulator} is code with captured state and cannot travel; the recipe that builds it
 * can. The simulator handed to {@link #execute} must therefore be the one the recipe builds: this
 * executor runs the recipe's, on the executors. Time series stay on the executors (a returned run's
 * series is empty).
 */
public final class SparkRunExecutor implements Executor {

    /** How an executor JVM builds the simulator of the design's runs. */
    @FunctionalInterface
    public interface Recipe extends Serializable {
        Simulator simulator();
    }

    /** One summary item on its way back to the driver (a {@link SummaryItem} is not serializable). */
    record Item(String id, String label, double value, String unit, String description) implements Serializable {
    }

    private final JavaSparkContext context;
    private final Recipe recipe;

    public SparkRunExecutor(SparkSession spark, Recipe recipe) {
        this.context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.recipe = recipe;
    }

    @Override
    public void execute(Design design, Simulator simulator, RunSink sink) {
        List<RunSpec> specs = design.specs();
        List<Tuple2<Integer, String>> texts = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            texts.add(new Tuple2<>(i, RunSpecCodec.write(specs.get(i))));
        }
        // a few tasks per slot, so an expensive point does not hold the others back
        int slices = Math.max(1, Math.min(specs.size(), 4 * context.defaultParallelism()));
        Recipe r = recipe;
        List<List<Item>> results = context.parallelize(texts, slices).mapPartitions(part -> {
            // one simulator per task: building it may read files (a calibration's targets)
            Simulator built = r.simulator();
            List<List<Item>> done = new ArrayList<>();
            while (part.hasNext()) {
                done.add(run(built, part.next()._2()));
            }
            return done.iterator();
        }).collect();
        for (int i = 0; i < specs.size(); i++) {
            List<SummaryItem> items = new ArrayList<>();
            for (Item it : results.get(i)) {
                items.add(new SummaryItem(it.id(), it.label(), it.value(), it.unit(), it.description()));
            }
            RunSpec spec = specs.get(i);
            sink.accept(i, new ArmRun(spec, spec.scenario(), null,
                    new RunResult(new TimeSeries(List.of()), List.of(), items)));
        }
    }

    /** On an executor: the spec read back, run with the recipe's simulator, its summary kept. */
    private static List<Item> run(Simulator simulator, String text) {
        RunSpec spec = RunSpecCodec.read(text, ParameterRegistry.builtIn());
        ArmRun run = simulator.run(spec, RunContext.single());
        List<Item> out = new ArrayList<>();
        for (SummaryItem s : run.result().summary()) {
            out.add(new Item(s.id(), s.label(), s.value(), s.unit(), s.description()));
        }
        return out;
    }
}
