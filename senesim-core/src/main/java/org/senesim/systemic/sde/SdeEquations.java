package org.senesim.systemic.sde;

/**
 * A system of Itô stochastic differential equations {@code dx = a(t, x) dt + G(t, x) dW}, with
 * {@code x} of {@link #dimension()} components and {@code W} a vector of {@link #noiseDimension()}
 * independent standard Wiener processes.
 *
 * <p>Like Hipparchus' {@code OrdinaryDifferentialEquation}, this only states the equations; how
 * they are solved lives in an {@link SdeStepper}, where the random numbers come from lives in a
 * {@link NoiseSource}. Time is whatever unit the equations use (the organism model uses days).
 */
public interface SdeEquations {

    /** Number of state components. */
    int dimension();

    /** Number of independent Wiener processes driving the system. */
    int noiseDimension();

    /** Writes the drift {@code a(t, x)} into {@code out}. */
    void drift(double t, double[] x, double[] out);

    /**
     * Writes the diffusion matrix {@code G(t, x)} into {@code out[i][j]}: the loading of Wiener
     * process {@code j} on component {@code i}.
     */
    void diffusion(double t, double[] x, double[][] out);

    /**
     * Whether {@link #diffusion} depends on neither time nor state, so a stepper may evaluate it
     * once. The default says no.
     */
    default boolean constantDiffusion() {
        return false;
    }

    /**
     * Projects a state back into the domain after a step (for example reflection at a boundary).
     * The default leaves the state untouched.
     */
    default void constrain(double[] x) {
    }
}
