package org.senesim.validation.tissue;

import org.senesim.engine.RunResult;
import org.senesim.lattice.CellState;
import org.senesim.observe.Snapshot;
import org.senesim.observe.TimeSeries;
import org.senesim.run.ArmRun;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Course;
import org.senesim.scenario.Scenario;
import org.senesim.validation.ReproductionException;
import org.senesim.validation.ReproductionRunner;

import java.util.List;

/**
 * How the tissue reproductions read figures from runs: means over age windows, pooled over seeds;
 * treated against untreated paired by seed; healthy papillary fibroblasts from a snapshot; a
 * half-life from a decaying series. A window no run reached gives NaN, which fails its verdict.
 */
final class TissueFigures {

    private TissueFigures() {
    }

    /** Mean of a column over the rows with {@code fromAge <= age <= toAge}; NaN when there are none. */
    static double windowMean(TimeSeries series, String column, double fromAge, double toAge) {
        int c = column(series, column);
        double sum = 0;
        int n = 0;
        for (int row = 0; row < series.rows(); row++) {
            double age = series.age(row);
            if (age >= fromAge && age <= toAge) {
                sum += series.value(row, c);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * The window mean averaged over the runs that reached the window (a run ends when the person
     * dies, so the oldest windows are means over the survivors); NaN when none did.
     */
    static double survivorMean(List<RunResult> runs, String column, double fromAge, double toAge) {
        double sum = 0;
        int n = 0;
        for (RunResult run : runs) {
            double m = windowMean(run.series(), column, fromAge, toAge);
            if (!Double.isNaN(m)) {
                sum += m;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** How many runs reached the window (the person was alive at some age in it). */
    static int reached(List<RunResult> runs, String column, double fromAge, double toAge) {
        int n = 0;
        for (RunResult run : runs) {
            n += Double.isNaN(windowMean(run.series(), column, fromAge, toAge)) ? 0 : 1;
        }
        return n;
    }

    /**
     * Relative change of a column's window mean in arm {@code arm} against arm {@code reference},
     * pooled over the replicates in which both arms reached the window: Σ treated / Σ reference − 1.
     */
    static double relativeChange(List<List<ArmRun>> runs, int arm, int reference, String column,
                                 double fromAge, double toAge) {
        double treated = 0;
        double untreated = 0;
        int n = 0;
        for (List<ArmRun> replicate : runs) {
            double t = windowMean(replicate.get(arm).result().series(), column, fromAge, toAge);
            double u = windowMean(replicate.get(reference).result().series(), column, fromAge, toAge);
            if (!Double.isNaN(t) && !Double.isNaN(u)) {
                treated += t;
                untreated += u;
                n++;
            }
        }
        return n == 0 ? Double.NaN : treated / untreated - 1.0;
    }

    /**
     * Stops with bad input naming {@code file} unless every course of every arm of the scenario starts
     * at {@code ageYears}: the reproduction reads its windows relative to that session, so a session
     * moved in the file alone would silently read the wrong weeks.
     */
    static void requireSessionsAt(Scenario scenario, double ageYears, String file) {
        for (Arm arm : scenario.protocol().comparisonArms()) {
            for (Course course : arm.courses()) {
                if (course.startAgeYears() != ageYears) {
                    throw new ReproductionException(ReproductionRunner.FOLDER_LABEL + file, course.line(),
                            "arm '" + arm.name() + "' starts at " + course.startAgeYears() + " years, but this"
                            + " reproduction reads its figures in windows after a session at " + ageYears + " years."
                            + " Fix: start it at " + ageYears + " years, or move the windows in the reproduction's code too");
                }
            }
        }
    }

    /** Index of an arm by name; {@code file} is the scenario that should define it (for the message). */
    static int arm(List<List<ArmRun>> runs, String name, String file) {
        List<ArmRun> first = runs.get(0);
        for (int i = 0; i < first.size(); i++) {
            if (first.get(i).arm().name().equals(name)) {
                return i;
            }
        }
        throw new ReproductionException(ReproductionRunner.FOLDER_LABEL + file, 0, "the protocol has no arm named '" + name
                + "', which this reproduction reads. Fix: keep an arm called '" + name + "' under protocol.arms");
    }

    /** Index of a column, failing loudly if the engine no longer records it. */
    static int column(TimeSeries series, String column) {
        int c = series.indexOf(column);
        if (c < 0) {
            throw new IllegalStateException("the run has no column '" + column + "'");
        }
        return c;
    }

    /**
     * Healthy (non-senescent) fibroblasts per voxel in the top {@code layers} layers of a snapshot:
     * the papillary fibroblasts that supply IGF-1 to the epidermis.
     */
    static double healthyOccupancy(Snapshot snapshot, int layers) {
        float[] state = snapshot.arrays().get("cell_state");
        if (state == null) {
            throw new IllegalStateException("the snapshot has no cell_state");
        }
        int layer = snapshot.nx() * snapshot.ny();
        int voxels = Math.min(layers, snapshot.nz()) * layer;
        int healthy = 0;
        for (int i = 0; i < voxels; i++) {
            if (CellState.isHealthy((byte) state[i])) {
                healthy++;
            }
        }
        return (double) healthy / voxels;
    }

    /** The run's snapshot nearest to {@code age}; {@code file} is the scenario that should ask for it. */
    static Snapshot snapshotAt(RunResult run, double age, String file) {
        Snapshot best = null;
        for (Snapshot s : run.snapshots()) {
            if (best == null || Math.abs(s.ageYears() - age) < Math.abs(best.ageYears() - age)) {
                best = s;
            }
        }
        if (best == null) {
            throw new ReproductionException(ReproductionRunner.FOLDER_LABEL + file, 0, "the run took no snapshot, which"
                    + " this reproduction reads. Fix: ask for one at age " + age + " under outputs.snapshots");
        }
        return best;
    }

    /**
     * Half-life of a decaying positive quantity: ln 2 over the slope of a least-squares line through
     * ln(value) against age, over the points with {@code fromAge <= age <= toAge}. NaN with fewer than
     * two points or no decay.
     */
    static double halfLife(double[] ages, double[] values, double fromAge, double toAge) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int n = 0;
        for (int i = 0; i < ages.length; i++) {
            if (ages[i] >= fromAge && ages[i] <= toAge && values[i] > 0) {
                double y = Math.log(values[i]);
                sx += ages[i];
                sy += y;
                sxx += ages[i] * ages[i];
                sxy += ages[i] * y;
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return slope < 0 ? Math.log(2.0) / -slope : Double.NaN;
    }
}
