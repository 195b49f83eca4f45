package org.senesim.systemic.sde;

/**
 * An SDE whose drift is written component by component as {@code a_i = f_i − k_i·x_i}, a forcing
 * minus a per-capita decay rate. Both may depend on the state; {@link ExponentialEuler} freezes
 * them over a step and integrates the linear part exactly, which stays stable and keeps the right
 * stationary variance even when {@code k·dt} is large (weekly steps of a process that relaxes in
 * days).
 */
public interface SemiLinearSde extends SdeEquations {

    /** Writes the forcing {@code f(t, x)} and the decay rates {@code k(t, x) ≥ 0}. */
    void split(double t, double[] x, double[] forcing, double[] rate);

    /** The drift {@code f − k·x}, from {@link #split}. */
    @Override
    default void drift(double t, double[] x, double[] out) {
        double[] rate = new double[x.length];
        split(t, x, out, rate);
        for (int i = 0; i < out.length; i++) {
            out[i] -= rate[i] * x[i];
        }
    }
}
