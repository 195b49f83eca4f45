package org.senesim.systemic;

/**
 * What the organism tells the skin at each step (see {@link SkinSource}).
 *
 * @param seed             run seed, for sources that draw counter-based random numbers
 * @param entity           the person's entity number in the random streams
 * @param step             step index since the start of the simulation (0, 1, 2, ...)
 * @param ageYears         age at the start of the step, years
 * @param dtDays           length of the step, days
 * @param bloodSasp        blood SASP {@code S} at the start of the step, burden units
 * @param immuneCapacity   immune capacity {@code I} (1 = young adult), scales clearance
 * @param stemCellReserve  stem-cell reserve {@code R} (1 = young adult)
 * @param senolyticPerDay  continuous senolytic removal rate aimed at the skin, per day
 * @param exposures        current exposures (UV, smoking, ...)
 * @param productionFactor the person's production factor {@code h} during the step (1 for the median
 *                         person; it wanders when {@code organism.heterogeneity.production_reversion_rate} > 0)
 * @param wholeBodyBurden  whole-body burden {@code T = Σ w_o·X_o} at the start of the step: the
 *                         senescent cells that occupy the shared immune capacity, on which removal
 *                         saturates for {@code organism.clearance.systemic_share} > 0
 */
public record SkinStep(long seed, long entity, long step, double ageYears, double dtDays, double bloodSasp,
                       double immuneCapacity, double stemCellReserve, double senolyticPerDay, Exposures exposures,
                       double productionFactor, double wholeBodyBurden) {
}
