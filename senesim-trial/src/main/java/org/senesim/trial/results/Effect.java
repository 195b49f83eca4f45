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

    /**
     * An NNT whose interval runs through infinity (Altman 1998, BMJ 317:1309): the survival
     * difference's interval includes 0, so the bounds are the NNT to benefit ({@link #lower}, positive)
     * and minus the NNT to harm ({@link #upper}, negative), and the interval is read
     * "NNT(benefit) lower to ∞ to NNT(harm) −upper", not as the range between them.
     */
    public boolean throughInfinity() {
        return "NNT".equals(measure) && lower > 0 && upper < 0;
    }
}
