package org.senesim.observe;

/**
 * A treatment session as a run applied it, on whichever skin: what reports and tests read of a
 * run's treatments. Counts are the lattice patch's (voxels, basal units, stem cells).
 *
 * @param day            simulated day
 * @param ageYears       age on that day
 * @param entry          catalog id
 * @param path           the protocol step
 * @param ablated        voxels ablated in the patch
 * @param coagulated     voxels coagulated or punctured in the patch
 * @param replacedUnits  basal-epidermis units replaced (column footprints plus the field clearance)
 * @param stemCells      stem cells added to the patch
 * @param doseUm         nominal wound dose (µm of wounded tissue per unit of surface)
 * @param responseScale  scale of the biological response (0..1 for wounds; dose ratio for light)
 */
public record AppliedSession(long day, double ageYears, String entry, String path, int ablated, int coagulated,
                             int replacedUnits, int stemCells, double doseUm, double responseScale) {
}
