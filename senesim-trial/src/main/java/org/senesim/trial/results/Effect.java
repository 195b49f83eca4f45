package org.senesim.trial.results;

/**
 * One effect of one arm against the reference arm on one endpoint, as the forest plot shows it.
 *
 * @param measure   "hazard ratio", "mean difference", "RMST difference", "NNT"
 * @param logScale  whether the forest plot draws it on a log axis (ratios)
 * @param evidence  what the effect rests on: the registry parameters of the arm's treatments and
 *                  their evidence tiers
 */
public record Effect(String endpoint, String arm, String reference, String measure, double value, double lower,
                     double upper, double p, boolean logScale, String detail, String evidence) {
}
