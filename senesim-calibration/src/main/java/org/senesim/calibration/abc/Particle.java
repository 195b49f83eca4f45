package org.senesim.calibration.abc;

/**
 * One accepted parameter set of an ABC-SMC generation.
 *
 * @param u        unit-cube coordinates (map to values through the {@code ParameterSpace})
 * @param weight   normalised importance weight (the weights of a generation sum to 1)
 * @param distance distance of its simulated targets to the published ones
 * @param outputs  the simulated value of every target, in target order
 */
public record Particle(double[] u, double weight, double distance, double[] outputs) {
}
