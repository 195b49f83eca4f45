package org.senesim.calibration.sensitivity;

import org.senesim.calibration.space.CalibrationStreams;
import org.senesim.random.CounterRandom;

/**
 * Morris's one-at-a-time trajectories (Morris 1991, Technometrics 33:161; Campolongo, Cariboni &
 * Saltelli 2007) on a {@code p}-level grid of the unit cube. A trajectory starts at a grid point and
 * moves each of the {@code k} coordinates once, in a random order, by {@code Δ = p / (2(p − 1))};
 * with an even {@code p} exactly one of {@code +Δ} and {@code −Δ} stays on the grid, so each move's
 * direction follows from where the coordinate stands. Each trajectory is {@code k + 1} points;
 * the unit-cube coordinates map to values through the registry distributions.
 *
 * <p>Reproducible: trajectory {@code t}'s start and order come from {@link CounterRandom} keyed by
 * (seed, {@link CalibrationStreams#MORRIS}, step t).
 */
public final class MorrisDesign {

    private final int dimensions;
    private final int trajectories;
    private final int levels;
    private final double delta;
    private final double[][] points;
    /** moved[t][j]: the coordinate changed between point j and j + 1 of trajectory t. */
    private final int[][] moved;

    /**
     * @param dimensions   parameters varied (k ≥ 1)
     * @param trajectories trajectories (r ≥ 2; 10–50 is usual)
     * @param levels       grid levels (p, even, ≥ 2; 4 is usual)
     * @param seed         design seed
     */
    public MorrisDesign(int dimensions, int trajectories, int levels, long seed) {
        if (dimensions < 1 || trajectories < 2 || levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("Morris needs k >= 1 parameters, r >= 2 trajectories and an even"
                    + " number of levels >= 2; got k = " + dimensions + ", r = " + trajectories + ", p = " + levels);
        }
        this.dimensions = dimensions;
        this.trajectories = trajectories;
        this.levels = levels;
        this.delta = levels / (2.0 * (levels - 1));
        this.points = new double[trajectories * (dimensions + 1)][];
        this.moved = new int[trajectories][dimensions];
        for (int t = 0; t < trajectories; t++) {
            build(t, seed);
        }
    }

    private void build(int t, long seed) {
        long key = CounterRandom.key(seed, CalibrationStreams.MORRIS, t);
        int[] level = new int[dimensions];
        for (int i = 0; i < dimensions; i++) {
            level[i] = (int) Math.floor(CounterRandom.uniform(key, i, 0) * levels);
        }
        // Fisher–Yates on the move order, draws keyed by position so k does not shift other draws
        int[] order = new int[dimensions];
        for (int i = 0; i < dimensions; i++) {
            order[i] = i;
        }
        for (int i = dimensions - 1; i > 0; i--) {
            int j = (int) Math.floor(CounterRandom.uniform(key, i, 1) * (i + 1));
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        int step = levels / 2;    // Δ in grid steps
        double[] x = new double[dimensions];
        for (int i = 0; i < dimensions; i++) {
            x[i] = level[i] / (double) (levels - 1);
        }
        int base = t * (dimensions + 1);
        points[base] = x.clone();
        for (int j = 0; j < dimensions; j++) {
            int i = order[j];
            level[i] = level[i] + step < levels ? level[i] + step : level[i] - step;
            x[i] = level[i] / (double) (levels - 1);
            points[base + j + 1] = x.clone();
            moved[t][j] = i;
        }
    }

    /** Every point of every trajectory, trajectory by trajectory ({@code r·(k + 1)} rows of k unit coordinates). */
    public double[][] points() {
        double[][] copy = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            copy[i] = points[i].clone();
        }
        return copy;
    }

    public int dimensions() {
        return dimensions;
    }

    public int trajectories() {
        return trajectories;
    }

    public int levels() {
        return levels;
    }

    public double delta() {
        return delta;
    }

    /** Model evaluations the design needs: {@code r·(k + 1)}. */
    public int evaluations() {
        return points.length;
    }

    /**
     * The elementary effects of one output: {@code ee[i][t]} for parameter {@code i} in trajectory
     * {@code t}, {@code (y_after − y_before) / (u_after − u_before)} in unit-cube coordinates (the
     * change of the output per whole plausible range of the parameter, linearly). NaN where an
     * output of either point is NaN.
     *
     * @param y the output at every point, in the order of {@link #points()}
     */
    public double[][] elementaryEffects(double[] y) {
        if (y.length != points.length) {
            throw new IllegalArgumentException("need " + points.length + " outputs, got " + y.length);
        }
        double[][] ee = new double[dimensions][trajectories];
        for (int t = 0; t < trajectories; t++) {
            int base = t * (dimensions + 1);
            for (int j = 0; j < dimensions; j++) {
                int i = moved[t][j];
                double du = points[base + j + 1][i] - points[base + j][i];
                ee[i][t] = (y[base + j + 1] - y[base + j]) / du;
            }
        }
        return ee;
    }
}
