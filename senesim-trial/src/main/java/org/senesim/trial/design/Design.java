package org.senesim.trial.design;

import java.util.List;

/**
 * How people are allocated and followed.
 *
 * @param type        parallel arms (each person randomised to one arm), split-body (each person
 *                    lives every arm on a different body site, within-person), or counterfactual
 *                    (each person lives every arm: the in-silico ideal, paired by construction)
 * @param stratifyBy  traits whose combinations form randomisation strata (parallel only)
 * @param block       size of the permuted blocks within a stratum, a multiple of the arm count
 * @param minAge      eligibility: youngest age at enrolment
 * @param maxAge      eligibility: oldest age at enrolment
 * @param toAge       follow-up ends at this age (NaN: use {@code years})
 * @param years       follow-up ends this many years after enrolment (NaN: use {@code toAge})
 * @param lossPerYear hazard of loss to follow-up per year (constant)
 */
public record Design(Type type, List<String> stratifyBy, int block, double minAge, double maxAge,
                     double toAge, double years, double lossPerYear) {

    /** Allocation types. */
    public enum Type { PARALLEL, SPLIT_BODY, COUNTERFACTUAL }

    /** Follow-up years of a person enrolled at {@code enrolmentAge}. */
    public double followUpYears(double enrolmentAge) {
        return Double.isNaN(toAge) ? years : toAge - enrolmentAge;
    }
}
