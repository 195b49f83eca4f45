package org.senesim.calibration.abc;

import java.util.List;

/**
 * One completed ABC-SMC generation.
 *
 * @param index     0 for the prior draw, then 1, 2, …
 * @param epsilon   the acceptance threshold (infinite for generation 0)
 * @param proposed  candidates drawn (including those outside the prior's support, never run)
 * @param evaluated candidates run through the model
 * @param particles the accepted particles
 */
public record Generation(int index, double epsilon, int proposed, int evaluated, List<Particle> particles) {

    public Generation {
        particles = List.copyOf(particles);
    }

    /** Accepted over model evaluations. */
    public double acceptance() {
        return evaluated == 0 ? Double.NaN : particles.size() / (double) evaluated;
    }

    /** Kish's effective sample size of the weights, {@code 1 / Σ w²}. */
    public double ess() {
        double s = 0;
        for (Particle p : particles) {
            s += p.weight() * p.weight();
        }
        return s == 0 ? 0 : 1.0 / s;
    }

    /** Weighted mean of unit coordinate {@code i}. */
    public double mean(int i) {
        double m = 0;
        for (Particle p : particles) {
            m += p.weight() * p.u()[i];
        }
        return m;
    }

    /** The weighted {@code q}-quantile of the distances (the next generation's threshold). */
    public double distanceQuantile(double q) {
        return Weighted.quantile(particles.stream().mapToDouble(Particle::distance).toArray(),
                particles.stream().mapToDouble(Particle::weight).toArray(), q);
    }
}
