package org.senesim.calibration.space;

/**
 * Random streams of the sensitivity and calibration designs. They sit far above the model's own
 * {@code org.senesim.random.RandomStreams} (1, 2, …) so that the model's list can grow without
 * meeting them; like those, a number here is never changed, only added.
 */
public final class CalibrationStreams {
    /** Morris trajectories: start points and the order of the moves. */
    public static final int MORRIS = 1001;
    /** Bootstrap resamples of the Sobol estimators. */
    public static final int SOBOL_BOOTSTRAP = 1002;
    /** ABC-SMC: prior draws, particle choice and kernel moves. */
    public static final int ABC = 1003;
    /** ABC-SMC: the seed each candidate's model evaluation runs with. */
    public static final int ABC_EVALUATION = 1004;
    /** Draws from a posterior ensemble for uncertainty bands. */
    public static final int POSTERIOR_DRAW = org.senesim.scenario.Posterior.DRAW_STREAM;

    private CalibrationStreams() {
    }
}
