package org.senesim.systemic;

import org.hipparchus.ode.OrdinaryDifferentialEquation;

/**
 * The drift of the organism equations as a Hipparchus ODE: the deterministic skeleton (noise
 * switched off), solved by any Hipparchus integrator. Time in days since the start age. It is the
 * path the SBML export describes, and the test of the stochastic stepper with zero noise.
 *
 * <p>Note: it is not the mean of the stochastic model; with noise the burden's mean is higher
 * (the noise is reflected at zero and removal saturates).
 */
public final class DeterministicSkeleton implements OrdinaryDifferentialEquation {

    private final OrganismEquations equations;

    public DeterministicSkeleton(OrganismEquations equations) {
        this.equations = equations;
    }

    @Override
    public int getDimension() {
        return equations.dimension();
    }

    @Override
    public double[] computeDerivatives(double t, double[] y) {
        double[] out = new double[y.length];
        equations.drift(t, y, out);
        return out;
    }
}
