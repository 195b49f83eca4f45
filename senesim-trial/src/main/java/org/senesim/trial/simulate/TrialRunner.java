package org.senesim.trial.simulate;

import java.util.List;
import java.util.function.LongConsumer;
import org.senesim.evidence.ParameterSet;
import org.senesim.parallel.Workers;
import org.senesim.trial.design.Trial;

/**
 * Runs a trial: screens people in index order, allocates them, simulates their units in batches on
 * the worker threads and hands the records to a sink in person order, batch by batch, so memory
 * holds one batch whatever the trial's size and the sink's rows are the same for any thread count.
 */
public final class TrialRunner {

    /** People screened per batch. */
    public static final int BATCH = 2048;

    /** Receives records in person order. */
    public interface Sink {
        void accept(UnitRecord r) throws Exception;
    }

    /** Counts of the participant flow. */
    public record Flow(long screened, long eligible, long[] allocated, long[] died, long[] lost, long[] completed) {
    }

    private TrialRunner() {
    }

    /**
     * @param progress told the number of people screened so far after each batch
     */
    public static Flow run(Trial trial, ParameterSet base, Workers workers, Sink sink, LongConsumer progress) throws Exception {
        Allocation allocation = new Allocation(trial);
        PersonSimulator simulator = new PersonSimulator(trial, base);
        int arms = trial.arms().size();
        long[] allocated = new long[arms];
        long[] died = new long[arms];
        long[] lost = new long[arms];
        long[] completed = new long[arms];
        long screened = 0;
        long eligible = 0;
        int size = trial.population().size();
        for (int from = 0; from < size; from += BATCH) {
            int to = Math.min(size, from + BATCH);
            PersonBlock block = allocation.screen(from, to);
            screened += block.size();
            eligible += block.eligible();
            List<Unit> units = allocation.units(block);
            UnitRecord[] records = new UnitRecord[units.size()];
            simulator.prepare(units, workers);
            workers.forChunks(units.size(), simulator.grain(units.size(), workers.threads()), (chunk, a, b) -> simulator.simulate(units, a, b, records));
            for (UnitRecord r : records) {
                int a = r.unit().arm();
                allocated[a]++;
                if (!Double.isNaN(r.deathAge())) {
                    died[a]++;
                } else if (r.lost()) {
                    lost[a]++;
                } else {
                    completed[a]++;
                }
                sink.accept(r);
            }
            progress.accept(screened);
        }
        return new Flow(screened, eligible, allocated, died, lost, completed);
    }
}
