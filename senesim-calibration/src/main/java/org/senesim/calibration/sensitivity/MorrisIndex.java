package org.senesim.calibration.sensitivity;

/**
 * Morris measures of one parameter for one output, in output units per whole plausible range of
 * the parameter (unit-cube elementary effects).
 *
 * @param output      output name
 * @param parameter   registry id
 * @param mu          mean elementary effect (signed: effects of opposite sign cancel)
 * @param muStar      mean absolute elementary effect (Campolongo 2007): the importance ranking
 * @param sigma       standard deviation of the effects: non-linearity or interactions
 * @param muStarLow   2.5th percentile of μ* over bootstrap resamples of the trajectories
 * @param muStarHigh  97.5th percentile
 * @param effects     trajectories whose effect was defined (not NaN)
 */
public record MorrisIndex(String output, String parameter, double mu, double muStar, double sigma,
                          double muStarLow, double muStarHigh, int effects) {
}
