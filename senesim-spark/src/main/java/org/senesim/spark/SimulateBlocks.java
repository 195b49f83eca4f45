package org.senesim.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.senesim.trial.design.Endpoint;
import org.senesim.trial.simulate.PersonBlock;
import org.senesim.trial.simulate.Unit;

/**
 * The task Spark runs on a partition of person blocks: rebuilds each block's units and follows
 * them with the local executor's {@code PersonSimulator}, one unit after another (a task is one
 * core), yielding one row per unit. Rows are produced lazily, a block at a time.
 */
final class SimulateBlocks implements FlatMapFunction<Iterator<PersonBlock>, Row> {

    private static final long serialVersionUID = 1L;

    private final TrialSource source;

    SimulateBlocks(TrialSource source) {
        this.source = source;
    }

    @Override
    public Iterator<Row> call(Iterator<PersonBlock> blocks) {
        TrialSource.Loaded t = source.loaded();
        List<String> arms = t.trial().arms().stream().map(a -> a.name()).toList();
        List<Endpoint> endpoints = t.trial().endpoints();
        return new Iterator<>() {
            private Iterator<Row> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && blocks.hasNext()) {
                    List<Row> rows = new ArrayList<>();
                    for (Unit u : t.allocation().units(blocks.next())) {
                        rows.add(PersonRows.row(t.simulator().simulate(u), arms, endpoints));
                    }
                    current = rows.iterator();
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
