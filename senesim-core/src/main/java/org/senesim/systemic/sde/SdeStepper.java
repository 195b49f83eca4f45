package org.senesim.systemic.sde;

/**
 * One fixed step of an SDE scheme. Steppers keep scratch buffers, so one instance serves one
 * thread; they hold no random state: the normals of the step are passed in.
 */
public interface SdeStepper {

    /**
     * Advances {@code x} in place from time {@code t} to {@code t + dt}.
     *
     * @param normals {@code equations.noiseDimension()} independent standard normal numbers
     */
    void step(SdeEquations equations, double t, double dt, double[] x, double[] normals);

    /** Name for logs and documentation. */
    String name();
}
