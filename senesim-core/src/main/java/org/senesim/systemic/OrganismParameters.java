package org.senesim.systemic;

import org.senesim.scenario.Species;
import org.senesim.scenario.Sex;
import org.senesim.evidence.ParameterSet;
import org.senesim.random.CounterRandom;
import org.senesim.random.RandomStreams;
import org.senesim.systemic.sde.ZigguratNormal;

/**
 * The organism model's numbers for one species, sex and set of exposures, resolved once from a
 * {@link ParameterSet} into plain fields (nothing is looked up on the hot path). Registry ids are
 * listed in {@code organism.yaml} and explained in {@code docs/organism.md}.
 *
 * <p>Units: time in days inside the equations, ages in years; burdens in organism units, where a
 * whole-body burden {@code T = Σ w_o·X_o} is Karin's {@code X} (death at {@code T ≥ X_c}).
 */
public final class OrganismParameters {

    /** Days per year used to turn step days into ages (Julian year). */
    public static final double DAYS_PER_YEAR = 365.25;

    final ParameterSet set;
    final Species species;
    final Sex sex;
    final boolean noise;

    // Karin et al. 2019 saturating-removal model
    final double beta;
    final double kappa;
    final double eta;
    final double epsilon;
    final double threshold;
    final double extrinsicPerYear;
    final double sharedNoise;

    // organs
    final double[] weight = new double[Organ.COUNT];
    final double[] secretion = new double[Organ.COUNT];
    final double[] productionMultiplier = new double[Organ.COUNT];
    final double[] alpha = new double[Organ.COUNT];
    /** 1 / (1 + α_o·S_ref): production is Karin's at the reference blood SASP. */
    final double[] couplingNorm = new double[Organ.COUNT];
    final double saspReference;
    /**
     * Systemic share {@code λ} of the burden that saturates immune removal: each organ's removal
     * saturates on {@code X_o + λ·(T − X_o)} (1: the whole-body burden, Karin's X; 0: its own).
     */
    final double systemicSaturation;
    /** Noise loading of the shared Wiener process on each organ: σ_o·√ρ. */
    final double[] noiseShared = new double[Organ.COUNT];
    /** Noise loading of the organ's own Wiener process: σ_o·√(1−ρ). */
    final double[] noiseOwn = new double[Organ.COUNT];
    /** Variance per day of the noise of the weighted total, Σ_j (Σ_o w_o·G_oj)². */
    final double totalNoiseVariance;

    /** Persistent senescence-like burden per unit of chronic blood SASP, φ_o (0 for the skin). */
    final double[] persistentShare = new double[Organ.COUNT];
    /** Turnover rate of the cells holding the persistent burden, 1/τ_o, per day (0 for the skin). */
    final double[] persistentRate = new double[Organ.COUNT];
    /**
     * Share {@code ν_o} of an organ's clearable burden held by the senescent cell types that oral
     * senolytics kill ({@code intervention.senolytic.reachable_share.<species>.<organ>}; 1, the whole
     * burden, for an organ the registry gives none; 0, nothing reachable, is the evidence filter's
     * neutral value). A course removes its kill fraction of that share only, and the share re-forms as
     * new cells are produced ({@link OrganismEquations#REACHABLE}).
     */
    final double[] reachableShare = new double[Organ.COUNT];

    // exposures (per unit exposure)
    final double uvSkin;
    final double smokingPerPack;
    final double alcoholLiverPer10;
    final double dietLiver;

    // immune capacity I(age) = max(floor, 1 − decline·max(0, age − onset))
    final double immuneDecline;
    final double immuneOnset;
    final double immuneFloor;

    // stem-cell reserve dR/dt = −lossRate·(1 + q·S)·R, extra clearance ζ·R
    final double stemLossPerYear;
    final double stemSaspLoss;
    final double stemClearance;
    final double referenceAge;

    // outcomes
    final double loadTimeDays;
    final double referenceLoad;
    final double referenceLoadBrain;
    final double referenceLoadTotal;
    final double gripPeak;
    final double gripLoss;
    final double gripFloor;
    /** Between-person standard deviation of peak grip strength, kg (0 without noise). */
    final double gripPeakSd;
    /** Between-person standard deviation of the log production factor (0 without noise). */
    final double productionSd;
    /** Between-person standard deviation of the biological-age offset, years (0 without noise). */
    final double ageOffsetSd;
    /** Between-person SD of the log noise amplitude ε ({@code organism.heterogeneity.noise_sd}); 0 without noise. */
    final double noiseSd;
    /**
     * Rate at which a person's log production factor reverts to the population's, per year
     * (Ornstein-Uhlenbeck, stationary SD {@link #productionSd}); 0: the factor is lifelong.
     */
    final double productionReversionPerYear;
    final double memoryLoss;
    final double memoryFloor;
    final double frailtyBaseline;
    final double frailtyCeiling;
    final double frailtyRate;
    final double frailtyCutoff;

    // experiments
    final double cellsPerUnit;
    final double skinFractionPerUnit;

    /** Resolves the parameters with noise on. */
    public static OrganismParameters resolve(ParameterSet set, Species species, Sex sex) {
        return new OrganismParameters(set, species, sex, true);
    }

    /** Registry prefix of the organs' senolytic-reachable shares ({@link #reachableShare}). */
    public static final String REACHABLE_SHARE = "intervention.senolytic.reachable_share";

    /** Registry id of an organ's senolytic-reachable share in a species (which may be absent: then 1). */
    public static String reachableShareId(Species species, Organ organ) {
        return REACHABLE_SHARE + "." + species.id() + "." + organ.id();
    }

    OrganismParameters(ParameterSet p, Species species, Sex sex, boolean noise) {
        this.set = p;
        this.species = species;
        this.sex = sex;
        this.noise = noise;
        String sp = species.id();
        beta = p.get("organism.clearance.beta");
        kappa = p.get("organism.clearance.kappa");
        systemicSaturation = p.get("organism.clearance.systemic_share");
        if (!(systemicSaturation >= 0 && systemicSaturation <= 1)) {
            throw new IllegalArgumentException("organism.clearance.systemic_share must lie in [0, 1], got " + systemicSaturation);
        }
        // women and men differ in production (calibrated to a national life table by sex), humans only
        eta = p.get("organism.production.eta." + sp)
                * (species == Species.HUMAN ? p.get("organism.production.sex." + sex.id()) : 1.0);
        epsilon = noise ? p.get("organism.noise.epsilon." + sp) : 0.0;
        threshold = p.get("organism.death.threshold");
        extrinsicPerYear = p.get("organism.mortality.extrinsic." + sp);
        sharedNoise = p.get("organism.noise.shared_fraction");
        if (!(sharedNoise >= 0 && sharedNoise <= 1)) {
            throw new IllegalArgumentException("organism.noise.shared_fraction must lie in [0, 1], got " + sharedNoise);
        }
        double sum = 0;
        for (Organ o : Organ.values()) {
            int i = o.ordinal();
            if (o != Organ.REST) {
                weight[i] = p.get("organism.weight." + o.id());
                sum += weight[i];
            }
            secretion[i] = p.get("organism.sasp.secretion." + o.id());
            productionMultiplier[i] = p.get("organism.production.multiplier." + o.id());
            alpha[i] = p.get("organism.sasp.alpha." + o.id());
        }
        if (sum > 1.0) {
            throw new IllegalArgumentException("organ weights of skin, liver, muscle and brain add up to " + sum
                    + " > 1; the rest of the body takes 1 minus their sum");
        }
        weight[Organ.REST.ordinal()] = 1.0 - sum;
        for (Organ o : Organ.values()) {
            if (o != Organ.SKIN) {
                int i = o.ordinal();
                persistentShare[i] = p.get("organism.persistent.share." + o.id());
                persistentRate[i] = 1.0 / (p.get("organism.persistent.turnover." + o.id() + "." + sp) * DAYS_PER_YEAR);
            }
        }
        for (Organ o : Organ.values()) {
            String id = reachableShareId(species, o);
            double phi = p.values().containsKey(id) ? p.get(id) : 1.0;
            if (!(phi >= 0 && phi <= 1)) {
                throw new IllegalArgumentException(id + " must lie in [0, 1], got " + phi);
            }
            reachableShare[o.ordinal()] = phi;
        }
        saspReference = p.get("organism.sasp.reference");
        for (int i = 0; i < Organ.COUNT; i++) {
            couplingNorm[i] = 1.0 / (1.0 + alpha[i] * saspReference);
        }
        // Noise compensation: with a shared fraction ρ of the noise common to all organs and the
        // rest independent, the weighted total T = Σ w_o X_o gets variance
        // 2ε'·[ρ·(Σw)² + (1−ρ)·Σw²] per day; choosing ε' = ε / [ρ + (1−ρ)·Σw²] (Σw = 1) gives the
        // total exactly Karin's noise 2ε, so Karin's mortality fit carries over to the sum.
        double sumW2 = 0;
        for (double w : weight) {
            sumW2 += w * w;
        }
        double organEpsilon = epsilon / (sharedNoise + (1.0 - sharedNoise) * sumW2);
        double sigma = Math.sqrt(2.0 * organEpsilon);
        double sharedLoad = 0;
        double ownVar = 0;
        for (int i = 0; i < Organ.COUNT; i++) {
            noiseShared[i] = sigma * Math.sqrt(sharedNoise);
            noiseOwn[i] = sigma * Math.sqrt(1.0 - sharedNoise);
            sharedLoad += weight[i] * noiseShared[i];
            ownVar += weight[i] * noiseOwn[i] * weight[i] * noiseOwn[i];
        }
        totalNoiseVariance = sharedLoad * sharedLoad + ownVar;

        uvSkin = p.get("organism.exposure.uv.skin");
        smokingPerPack = p.get("organism.exposure.smoking");
        alcoholLiverPer10 = p.get("organism.exposure.alcohol.liver");
        dietLiver = p.get("organism.exposure.diet.liver");

        immuneDecline = p.get("organism.immune.decline." + sp);
        immuneOnset = p.get("organism.immune.onset." + sp);
        immuneFloor = p.get("organism.immune.floor");

        stemLossPerYear = p.get("organism.stem.loss_rate." + sp);
        stemSaspLoss = p.get("organism.stem.sasp_loss");
        stemClearance = p.get("organism.stem.clearance");
        referenceAge = p.get("organism.reference_age." + sp);

        loadTimeDays = p.get("organism.function.load_time." + sp);
        referenceLoad = p.get("organism.function.reference_load." + sp);
        referenceLoadBrain = p.get("organism.function.reference_load.brain." + sp);
        referenceLoadTotal = p.get("organism.function.reference_load.total." + sp);
        gripPeak = p.get("organism.grip.peak." + sex.id());
        gripLoss = p.get("organism.grip.loss." + sex.id());
        gripFloor = p.get("organism.grip.floor");
        gripPeakSd = noise ? p.get("organism.grip.peak_sd." + sex.id()) : 0.0;
        productionSd = noise ? p.get("organism.heterogeneity.production_sd." + sp) : 0.0;
        ageOffsetSd = noise ? p.get("organism.heterogeneity.age_offset_sd." + sp) : 0.0;
        noiseSd = noise ? p.get("organism.heterogeneity.noise_sd." + sp) : 0.0;
        productionReversionPerYear = noise ? p.get("organism.heterogeneity.production_reversion_rate." + sp) : 0.0;
        memoryLoss = p.get("organism.memory.loss");
        memoryFloor = p.get("organism.memory.floor");
        frailtyBaseline = p.get("organism.frailty.baseline");
        frailtyCeiling = p.get("organism.frailty.ceiling");
        frailtyRate = p.get("organism.frailty.rate");
        frailtyCutoff = p.get("organism.frailty.cutoff");

        cellsPerUnit = p.get("organism.injection.cells_per_unit." + sp);
        skinFractionPerUnit = p.get("organism.skin.fraction_per_unit");
    }

    /** The same parameters with the noise switched off: the deterministic skeleton. */
    public OrganismParameters withoutNoise() {
        return new OrganismParameters(set, species, sex, false);
    }

    /**
     * Production multiplier of each organ for the given exposures, {@code E_o·P_o}: UV on the skin,
     * smoking on every organ, alcohol and diet on the liver.
     */
    double[] productionScale(Exposures e) {
        double[] scale = new double[Organ.COUNT];
        double smoking = 1.0 + smokingPerPack * e.cigarettesPerDay() / 20.0;
        for (int i = 0; i < Organ.COUNT; i++) {
            scale[i] = productionMultiplier[i] * smoking;
        }
        scale[Organ.SKIN.ordinal()] *= Math.max(0.0, 1.0 + uvSkin * (e.uvRelative() - 1.0));
        scale[Organ.LIVER.ordinal()] *= (1.0 + alcoholLiverPer10 * e.alcoholDrinksPerWeek() / 10.0)
                * (1.0 + dietLiver * e.dietRisk());
        return scale;
    }

    /** Immune capacity (1 = young adult) at an age in years. */
    public double immuneCapacity(double ageYears) {
        double over = ageYears - immuneOnset;
        if (over <= 0 || immuneDecline == 0.0) {
            return 1.0;
        }
        return Math.max(immuneFloor, 1.0 - immuneDecline * over);
    }

    /**
     * The person's production factor {@code h = exp(σ_h·z)} (median 1), {@code z} the normal draw
     * {@code (seed, ORGANISM_EVENTS, 0, entity, 2)}; 1 without noise.
     */
    public double productionFactor(long seed, long entity) {
        if (productionSd == 0.0) {
            return 1.0;
        }
        double z = ZigguratNormal.sample(CounterRandom.key(seed, RandomStreams.ORGANISM_EVENTS, 0), entity, 2);
        return StrictMath.exp(productionSd * z);
    }

    /**
     * Whether a person's production factor wanders (an Ornstein-Uhlenbeck log factor with a finite
     * correlation time) rather than being drawn once for life.
     */
    public boolean productionWanders() {
        return productionSd != 0.0 && productionReversionPerYear > 0.0;
    }

    /**
     * The exact Ornstein-Uhlenbeck coefficients of the log production factor over a step of
     * {@code dtDays}: {@code ln h' = a·ln h + b·z} with {@code a = exp(−r·dt)} and
     * {@code b = σ_h·√(1 − a²)}, so {@code ln h} keeps its stationary SD {@code σ_h} at any step;
     * {@code null} when the factor is lifelong ({@link #productionWanders} false), so steppers skip it.
     */
    public double[] productionWander(double dtDays) {
        if (!productionWanders()) {
            return null;
        }
        double rdt = productionReversionPerYear * dtDays / DAYS_PER_YEAR;
        double a = StrictMath.exp(-rdt);
        double b = productionSd * StrictMath.sqrt(-StrictMath.expm1(-2.0 * rdt));
        return new double[] {a, b};
    }

    /**
     * The production factor after step {@code step} of a person whose factor was {@code h}: one
     * exact Ornstein-Uhlenbeck step of {@code ln h} ({@link #productionWander}), {@code z} the
     * normal draw {@code (seed, ORGANISM_TRAIT, step, entity, 0)} — its own stream, so no other
     * draw moves. Shared by every stepper, so they stay bit-identical.
     */
    static double wanderedProductionFactor(double h, double a, double b, long seed, long step, long entity) {
        double z = ZigguratNormal.sample(CounterRandom.key(seed, RandomStreams.ORGANISM_TRAIT, step), entity, 0);
        return StrictMath.exp(a * StrictMath.log(h) + b * z);
    }

    /**
     * The person's biological-age offset {@code δ = σ_δ·z} in years (mean 0), with the same draw
     * {@code z} as {@link #productionFactor}: one latent ageing draw per person, which acts on the
     * rate of aging, on its offset, or on both as the two standard deviations say; 0 without noise.
     */
    public double ageOffset(long seed, long entity) {
        if (ageOffsetSd == 0.0) {
            return 0.0;
        }
        double z = ZigguratNormal.sample(CounterRandom.key(seed, RandomStreams.ORGANISM_EVENTS, 0), entity, 2);
        return ageOffsetSd * z;
    }

    /**
     * The person's noise loading factor {@code m = exp(σ_ε·z/2)} (median 1): the person's burden
     * fluctuates with amplitude {@code ε·m²}, {@code ε·exp(σ_ε·z)}, with the same draw {@code z} as
     * {@link #productionFactor} (one latent draw per person: a person drawn to produce more also
     * fluctuates more when both standard deviations are set); 1 without noise.
     */
    public double noiseFactor(long seed, long entity) {
        if (noiseSd == 0.0) {
            return 1.0;
        }
        double z = ZigguratNormal.sample(CounterRandom.key(seed, RandomStreams.ORGANISM_EVENTS, 0), entity, 2);
        return StrictMath.exp(0.5 * noiseSd * z);
    }

    /**
     * The person's peak grip strength, kg: the sex-specific median plus {@code sd·z} (Dodds 2014
     * centiles), {@code z} the normal draw {@code (seed, ORGANISM_EVENTS, 0, entity, 3)}, never below
     * the grip floor; NaN for mice.
     */
    public double gripPeak(long seed, long entity) {
        if (species != Species.HUMAN) {
            return Double.NaN;
        }
        if (gripPeakSd == 0.0) {
            return gripPeak;
        }
        double z = ZigguratNormal.sample(CounterRandom.key(seed, RandomStreams.ORGANISM_EVENTS, 0), entity, 3);
        return Math.max(gripFloor * gripPeak, gripPeak + gripPeakSd * z);
    }

    /**
     * Per-cell immune removal rate of an organ's senescent cells, per day:
     * {@code I·β/(κ + X_o + λ·(T − X_o))}, with {@code T} the whole-body burden (see
     * {@code organism.clearance.systemic_share}).
     */
    public double removalPerCell(double immune, double organBurden, double wholeBodyBurden) {
        return immune * beta / (kappa + OrganismEquations.saturating(systemicSaturation, organBurden, wholeBodyBurden));
    }

    /** Weight of an organ in the whole-body burden (its share of the body). */
    public double weight(Organ o) {
        return weight[o.ordinal()];
    }

    /** Whole-body burden {@code T = Σ w_o·X_o} of organ burdens indexed by organ ordinal. */
    public double totalBurden(double[] x) {
        double t = 0;
        for (int i = 0; i < Organ.COUNT; i++) {
            t += weight[i] * x[i];
        }
        return t;
    }

    /**
     * Whole-body persistent senescence-like burden {@code Σ w_o·Y_o} of a state vector (see
     * {@link OrganismEquations#PERSISTENT}).
     */
    public double persistentTotal(double[] x) {
        double t = 0;
        for (int i = 0; i < Organ.COUNT; i++) {
            t += weight[i] * x[OrganismEquations.PERSISTENT + i];
        }
        return t;
    }

    /** Blood SASP {@code S = Σ w_o·s_o·X_o} (burden units; equals T when all secretions are 1). */
    public double bloodSasp(double[] x) {
        double s = 0;
        for (int i = 0; i < Organ.COUNT; i++) {
            s += weight[i] * secretion[i] * x[i];
        }
        return s;
    }

    /** Burden units added to the whole body by injecting {@code cells} senescent cells. */
    public double unitsPerCells(double cells) {
        return cells / cellsPerUnit;
    }

    /**
     * Skin burden in organism units from a senescent fraction of dermal fibroblasts (for a tissue
     * patch behind a {@link SkinSource}).
     */
    public double skinBurdenFromFraction(double senescentFraction) {
        return senescentFraction / skinFractionPerUnit;
    }

    /** Senescent fraction of dermal fibroblasts that a skin burden in organism units stands for. */
    public double skinFractionFromBurden(double burden) {
        return burden * skinFractionPerUnit;
    }

    /** The parameter set these values were resolved from. */
    public ParameterSet parameterSet() {
        return set;
    }

    public Species species() {
        return species;
    }

    public Sex sex() {
        return sex;
    }

    public boolean noise() {
        return noise;
    }

    /** Death threshold X_c of the whole-body burden. */
    public double threshold() {
        return threshold;
    }

    /** Extrinsic (age-independent) mortality, per year. */
    public double extrinsicPerYear() {
        return extrinsicPerYear;
    }

    /** Young-adult reference age in years (organ loads and stem-cell reserve are referred to it). */
    public double referenceAge() {
        return referenceAge;
    }
}
