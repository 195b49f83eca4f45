package org.senesim.epidermis;

import org.senesim.evidence.ParameterSet;
import org.senesim.lattice.Hazards;

/**
 * The basal epidermis's rate laws and their registry numbers, read once: what the lattice's
 * {@link Epidermis} (one keratinocyte unit per voxel column) and the mean-field skin's epidermis
 * (the expected unit) both step, so no registry id of the epidermis is read in two places.
 *
 * <p>A unit's damage index follows {@code D ← (D + a·UV_basal)/(1 + r)} each day; it takes its next
 * driver mutation with probability {@link #mutationStep} per day, which falls to a protected share
 * where healthy papillary fibroblasts supply IGF-1 (Lewis 2010; Spandau 2012). Clones at or above
 * the AK threshold regress to one hit short of it at {@link #regressionPerDay}. IGF-1 induction by
 * a wound follows {@code dI/dt = k·g·(1 − I) − I/τ}.
 */
public final class KeratinocyteRules {

    /** Driver hits of an actinic keratosis, of a carcinoma (above the AK's), and of a basal cell carcinoma. */
    public final int akHits;
    public final int carcinomaHits;
    public final int bccHits;
    /** Depth of the papillary dermis, µm (the fibroblasts that supply IGF-1 to the basal layer). */
    public final double papillaryUm;
    public final double igf1Threshold;
    public final double inductionGain;
    public final double inductionRate;
    public final double inductionLifeDays;
    public final double damagePerSed;
    /** {@code 1/(1 + repair)}: the share of damage kept from one day to the next. */
    public final double repairInverse;
    public final double mutationRate;
    public final double intrinsicDamage;
    public final double sccConversion;
    public final double bccConversion;
    /** Daily probability that an AK clone regresses (immune clearance). */
    public final double regressionPerDay;
    public final double protectedFraction;
    /** Basal units per lesion (an AK clone spans many units). */
    public final double lesionUnits;
    /** Epidermal thinning per unit senescent-melanocyte fraction (Victorelli 2019). */
    public final double melanocyteThinning;

    public KeratinocyteRules(ParameterSet p) {
        this.akHits = (int) Math.round(p.get("epidermis.hits.actinic_keratosis"));
        this.carcinomaHits = Math.max(akHits + 1, (int) Math.round(p.get("epidermis.hits.carcinoma")));
        this.bccHits = Math.max(1, Math.min(akHits, (int) Math.round(p.get("epidermis.hits.bcc"))));
        this.papillaryUm = p.get("tissue.papillary_depth");
        this.igf1Threshold = p.get("epidermis.igf1.threshold");
        this.inductionGain = p.get("epidermis.igf1.wound_induction_gain");
        this.inductionRate = p.get("epidermis.igf1.wound_induction_rate");
        this.inductionLifeDays = p.get("epidermis.igf1.wound_induction_life");
        this.damagePerSed = p.get("epidermis.damage.uv");
        this.repairInverse = 1.0 / (1.0 + p.get("epidermis.damage.repair"));
        this.mutationRate = p.get("epidermis.mutation.rate");
        this.intrinsicDamage = p.get("epidermis.mutation.intrinsic_damage");
        this.sccConversion = p.get("epidermis.progression.scc_conversion");
        this.bccConversion = p.get("epidermis.progression.bcc_conversion");
        this.regressionPerDay = Hazards.probability(p.get("epidermis.ak.regression") / 365.25);
        this.protectedFraction = p.get("epidermis.mutation.protected_fraction");
        this.lesionUnits = p.get("epidermis.lesion.units");
        this.melanocyteThinning = p.get("melanocyte.epidermal_thinning");
    }

    /** Papillary depth layers of a lattice with voxel edge {@code voxelUm} and {@code nz} layers (at least one). */
    public int papillaryLayers(int nz, double voxelUm) {
        return Math.max(1, Math.min(nz, (int) Math.round(papillaryUm / voxelUm)));
    }

    /** Share of a unit's probability moved up one mutation class today, at damage {@code d} and IGF-1 response {@code response}. */
    public double mutationStep(double d, double response) {
        double rate = mutationRate * (d + intrinsicDamage) * (protectedFraction + (1.0 - protectedFraction) * (1.0 - response));
        return Math.min(1.0, rate);
    }

    /**
     * Wound-induced IGF-1 expression after {@code days} at mean papillary growth factor {@code g}
     * from {@code before}: {@code dI/dt = k·g·(1 − I) − I/τ} stepped exactly for constant {@code g}.
     */
    public double induction(double before, double g, double days) {
        double on = inductionRate * g;
        double rate = on + 1.0 / inductionLifeDays;
        double equilibrium = on / rate;
        return equilibrium + (before - equilibrium) * StrictMath.exp(-rate * days);
    }
}
