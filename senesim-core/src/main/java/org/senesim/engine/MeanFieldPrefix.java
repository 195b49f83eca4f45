package org.senesim.engine;

import org.senesim.meanfield.MeanFieldSkin;
import org.senesim.observe.TimeSeries;
import org.senesim.systemic.OrganismSimulation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The untreated life of one scenario, parameter set and seed on the mean-field skin, kept at the
 * start of every year, so that treated lives of the same person go on from the last checkpoint at
 * or before their first event instead of living the same days again (the planner's candidates share
 * everything up to their first session: common random numbers). Exact: until its first event a
 * treated life is the untreated one bit for bit (its schedule leaves the modifiers neutral and the
 * organism's blood factor 1), the organism's random streams are keyed by its step counter, which
 * the checkpoint restores, and the skin has no random numbers; {@code MeanFieldPrefixTest} holds
 * resumed lives to whole ones.
 *
 * <p>Recorded once by {@link MeanFieldSimulation#run} with no schedule, then only read: one
 * instance may serve any number of threads. The caller promises that every run given it has the
 * scenario (apart from its protocol), the parameters and the seed of the recorded life.
 */
public final class MeanFieldPrefix {

    /** Days between checkpoints: a year (on average half a year, 1 % of a 50-year life, is lived again; about 0.2 MB each). */
    static final long EVERY_DAYS = 365;

    /** The state at the start of {@code day}, before that day's output row. */
    record Checkpoint(long day, MeanFieldSkin skin, byte[] organism, int rows, double[] first, int nextExperiment) {

        void restore(MeanFieldSkin into, OrganismSimulation body) {
            into.copyStateFrom(skin);
            try {
                body.readState(new DataInputStream(new ByteArrayInputStream(organism)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private TimeSeries series;

    /** True once the untreated life has been lived into it. */
    public synchronized boolean recorded() {
        return series != null;
    }

    /** Checkpoints kept (for tests and the bench). */
    public synchronized int size() {
        return checkpoints.size();
    }

    synchronized void keep(long day, MeanFieldSkin copy, OrganismSimulation body, int rows, double[] first, int nextExperiment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            body.writeState(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checkpoints.add(new Checkpoint(day, copy, bytes.toByteArray(), rows, first.clone(), nextExperiment));
    }

    synchronized void finish(TimeSeries untreated) {
        this.series = untreated;
    }

    /** The last checkpoint at or before {@code day}; null when there is none (or nothing recorded). */
    synchronized Checkpoint before(long day) {
        Checkpoint out = null;
        for (Checkpoint c : checkpoints) {
            if (c.day() <= day) {
                out = c;
            }
        }
        return out;
    }

    /** Appends the untreated life's output rows before the checkpoint to {@code into}. */
    void copyRows(Checkpoint c, TimeSeries into) {
        TimeSeries s;
        synchronized (this) {
            s = series;
        }
        double[] row = new double[s.columns().size()];
        for (int r = 0; r < c.rows(); r++) {
            for (int k = 0; k < row.length; k++) {
                row[k] = s.value(r, k);
            }
            into.append(s.day(r), s.age(r), row);
        }
    }
}
