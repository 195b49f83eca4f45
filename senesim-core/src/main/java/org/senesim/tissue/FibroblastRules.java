package org.senesim.tissue;

import org.senesim.evidence.ParameterSet;

/**
 * What a dermal fibroblast does each day, as numbers read once from the registry.
 *
 * <ul>
 *   <li>Damage: {@code D ← (D + a0 + a_UV·UV(z) + a_ROS·ROS) / (1 + r(age))} — an implicit step of
 *       {@code dD/dt = inputs − r·D}, clamped to [0, 1]; repair r falls with age.</li>
 *   <li>Senescence hazard: {@code λ0 + λ_D·D + λ_rep·[divisions ≥ limit] + λ_para·c/(K + c)},
 *       with c the local plus blood SASP (bystander senescence).</li>
 *   <li>Apoptosis (healthy and, much lower, senescent).</li>
 *   <li>Division into an empty neighbour at a rate raised by growth factor and damped as the
 *       depth layer fills towards its set-point occupancy (contact inhibition).</li>
 *   <li>Clearance of senescent cells with Karin's saturating law {@code β·I/(κ + X)}.</li>
 * </ul>
 */
public final class FibroblastRules {

    final double damageBaseline;
    final double damageRepair;
    final double repairDeclinePerYear;
    final double damagePerSed;
    final double damagePerRos;
    final double senescenceIntrinsic;
    final double senescencePerDamage;
    final double senescenceReplicative;
    final int hayflickLimit;
    final double senescenceParacrine;
    final double paracrineHalf;
    final double divisionRate;
    final double growthFactorGain;
    final double apoptosisHealthy;
    final double apoptosisSenescent;
    final double divisionsUsedPerYear;
    final double occupancyPapillary;
    final double occupancyReticular;
    final double occupancyDeclinePerYear;
    final double woundRestoreLevel;
    final double papillaryDepthUm;
    final double referenceAge;
    final double progenitorRefill;
    final double reserveHalvingYears;
    final double clearanceBeta;
    final double clearanceKappa;
    final double referenceFraction;

    public FibroblastRules(ParameterSet p) {
        damageBaseline = p.get("fibroblast.damage.baseline");
        damageRepair = p.get("fibroblast.damage.repair");
        repairDeclinePerYear = p.get("fibroblast.damage.repair_decline");
        damagePerSed = p.get("fibroblast.damage.uv");
        damagePerRos = p.get("fibroblast.damage.ros");
        senescenceIntrinsic = p.get("fibroblast.senescence.intrinsic");
        senescencePerDamage = p.get("fibroblast.senescence.damage");
        senescenceReplicative = p.get("fibroblast.senescence.replicative");
        hayflickLimit = (int) Math.round(p.get("fibroblast.hayflick_limit"));
        senescenceParacrine = p.get("fibroblast.senescence.paracrine");
        paracrineHalf = p.get("fibroblast.senescence.paracrine_half");
        divisionRate = p.get("fibroblast.division.rate");
        growthFactorGain = p.get("fibroblast.division.growth_factor_gain");
        apoptosisHealthy = p.get("fibroblast.apoptosis.healthy");
        apoptosisSenescent = p.get("fibroblast.apoptosis.senescent");
        divisionsUsedPerYear = p.get("fibroblast.divisions_at_birth_per_year");
        occupancyPapillary = p.get("tissue.fibroblast_occupancy.papillary");
        occupancyReticular = p.get("tissue.fibroblast_occupancy.reticular");
        occupancyDeclinePerYear = p.get("tissue.fibroblast_occupancy.age_decline");
        woundRestoreLevel = p.get("tissue.fibroblast_occupancy.wound_restore_level");
        papillaryDepthUm = p.get("tissue.papillary_depth");
        referenceAge = p.get("tissue.reference_age");
        progenitorRefill = p.get("fibroblast.progenitor_refill");
        reserveHalvingYears = p.get("stem.halving_age");
        clearanceBeta = p.get("organism.clearance.beta");
        clearanceKappa = p.get("organism.clearance.kappa");
        referenceFraction = p.get("clearance.reference_fraction");
    }

    /** Damage repair rate at an age (falls linearly after 20, never below 10% of young). */
    public double repairAt(double ageYears) {
        double factor = 1.0 - repairDeclinePerYear * Math.max(0.0, ageYears - referenceAge);
        return damageRepair * Math.max(0.1, factor);
    }

    /** Replicative age a fibroblast lineage has used by an age (history before the run). */
    public double divisionsUsedBy(double ageYears) {
        return Math.max(0.0, ageYears * divisionsUsedPerYear);
    }

    /** Fraction of gaps refilled from progenitors at an age: falls with the stem-cell reserve. */
    public double progenitorFractionAt(double ageYears) {
        return progenitorRefill * StrictMath.pow(2.0, -Math.max(0.0, ageYears - referenceAge) / reserveHalvingYears);
    }

    /** Set-point occupancy of a depth: papillary above the papillary depth, reticular below. */
    public double setPointOccupancy(double depthUm) {
        return depthUm < papillaryDepthUm ? occupancyPapillary : occupancyReticular;
    }

    /**
     * Share of its young set-point occupancy a layer fills to at an age: contact inhibition stops
     * division at {@code setPoint·(1 − ρ_o·(age − a_ref))}, so the dermis holds fewer fibroblasts as
     * it ages (Varani 2006: fewer fibroblasts in sun-protected skin of people over 80), whatever
     * their senescence. Never below 0.
     */
    public double occupancyFactorAt(double ageYears) {
        return Math.max(0.0, 1.0 - occupancyDeclinePerYear * Math.max(0.0, ageYears - referenceAge));
    }

    /**
     * Share of the young set point a layer fills to at an age under a wound signal: the aged
     * ceiling {@link #occupancyFactorAt} lifted back towards the young set point in proportion to
     * the layer's growth factor, fully at {@code g ≥ g_w} (wound growth factors drive fibroblasts to
     * proliferate past the aged tissue's density: granulation tissue). Exactly 1 while the ceiling
     * does not fall with age.
     */
    public double occupancyCeiling(double agedFactor, double growthFactor) {
        if (agedFactor >= 1.0) {
            return 1.0;
        }
        return agedFactor + (1.0 - agedFactor) * Math.min(1.0, growthFactor / woundRestoreLevel);
    }

    /** Layer growth factor at which a wound lifts the occupancy ceiling fully to the young set point. */
    public double woundRestoreLevel() {
        return woundRestoreLevel;
    }

    /** Karin's per-cell removal hazard of a senescent cell at burden X and immune capacity I. */
    public double clearanceHazard(double immuneCapacity, double burden) {
        return clearanceBeta * immuneCapacity / (clearanceKappa + burden);
    }

    /** Young-adult age from which the tissue's declines are counted. */
    public double referenceAge() {
        return referenceAge;
    }

    public double referenceFraction() {
        return referenceFraction;
    }

    public int hayflickLimit() {
        return hayflickLimit;
    }

    public double papillaryDepthUm() {
        return papillaryDepthUm;
    }

    // The rates as numbers, for the mean-field skins, which apply the same rules to layer means
    // and must not read these registry ids a second time.

    /** Damage accrued per day without UV or oxidative stress. */
    public double damageBaseline() {
        return damageBaseline;
    }

    /** Damage per standard erythemal dose reaching the cell. */
    public double damagePerSed() {
        return damagePerSed;
    }

    /** Damage per unit of excess oxidative stress. */
    public double damagePerRos() {
        return damagePerRos;
    }

    /** Senescence hazard per day without damage, replicative exhaustion or SASP. */
    public double senescenceIntrinsic() {
        return senescenceIntrinsic;
    }

    /** Senescence hazard per day per unit of damage. */
    public double senescencePerDamage() {
        return senescencePerDamage;
    }

    /** Extra senescence hazard per day at or beyond the Hayflick limit. */
    public double senescenceReplicative() {
        return senescenceReplicative;
    }

    /** Largest paracrine (bystander) senescence hazard per day. */
    public double senescenceParacrine() {
        return senescenceParacrine;
    }

    /** SASP at which the paracrine hazard is half its largest. */
    public double paracrineHalf() {
        return paracrineHalf;
    }

    /** Division attempts per day of a fibroblast in an empty layer. */
    public double divisionRate() {
        return divisionRate;
    }

    /** Relative rise of the division rate per unit of growth factor. */
    public double growthFactorGain() {
        return growthFactorGain;
    }

    /** Apoptosis hazard per day of a healthy fibroblast. */
    public double apoptosisHealthy() {
        return apoptosisHealthy;
    }

    /** Apoptosis hazard per day of a senescent fibroblast. */
    public double apoptosisSenescent() {
        return apoptosisSenescent;
    }

    /** Karin's half-saturation burden of the clearance law. */
    public double clearanceKappa() {
        return clearanceKappa;
    }
}
