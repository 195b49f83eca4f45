package org.senesim.meanfield;

import org.senesim.matrix.MatrixRates;
import org.senesim.evidence.ParameterSet;
import org.senesim.exposure.OxidativeStress;
import org.senesim.exposure.UvExposure;
import org.senesim.scenario.Person;
import org.senesim.systemic.OrganismModel;
import org.senesim.systemic.OrganismParameters;
import org.senesim.systemic.SkinSource;
import org.senesim.systemic.SkinStep;
import org.senesim.tissue.FibroblastRules;
import org.senesim.tissue.Hazards;
import org.senesim.tissue.ImmuneCapacity;
import org.senesim.tissue.Lattice;
import org.senesim.tissue.StemCells;

import java.util.Arrays;
import java.util.function.Function;

/**
 * The expected state of a tissue patch, per depth layer, stepped day by day with the patch's own
 * rules and registry parameters: a deterministic mean-field skin for large cohorts, and a
 * {@link SkinSource} for the organism model.
 *
 * <p>State per depth layer {@code z} (all per voxel of the layer): the healthy and the senescent
 * fibroblasts as histograms of their division counts (0 … 127, as the patch's byte), the mean DNA
 * damage of the healthy ones, collagen, intact elastin, elastin fragments and hyaluronan, the
 * expected number of stem cells, and the lateral means of the SASP and growth-factor fields. Plus
 * the senescent fraction of the melanocytes. A day runs in the patch's order (see
 * {@code TissuePatch.step}):
 * <ol>
 *   <li>exposure: the same UV day and depth profile ({@link UvExposure}) and oxidative stress;</li>
 *   <li>fibroblasts: implicit damage step on the layer mean; per-day event probability
 *       {@code 1 − e^{−H}} split in proportion to the senescence, apoptosis and division hazards
 *       (what the patch's hazard budgets give per day); the Hayflick term acts on the histogram
 *       bins at or above the limit; a division lands in the first empty neighbour of a cyclic scan
 *       from a random start, each neighbour empty with its layer's vacancy (lateral ones in the
 *       same layer, the two depth ones in the layers above and below), with the progenitor refill
 *       share; senescent cells leave with Karin's saturating hazard from yesterday's burden;</li>
 *   <li>melanocytes as a two-state Markov chain;</li>
 *   <li>stem cells: leave, arrive in the bottom layer, random walk in depth, and kill or reprogram
 *       the senescent cells of the voxels they touch (their own and its neighbours);</li>
 *   <li>matrix on the patch's schedule with the same backward-Euler update on layer means;</li>
 *   <li>SASP and growth factor: lateral means solved exactly in depth (see below).</li>
 * </ol>
 *
 * <p>SASP: the patch's steady field equation is linear and its lateral boundaries periodic, so the
 * lateral mean of the field obeys the same equation in depth alone with the lateral mean of the
 * sources: {@code c_z − (λ/h)²·(c_{z+1} − 2c_z + c_{z−1}) = s_z}, no flux at top and bottom. Only the
 * scatter of the field within a layer is lost, which matters through the saturating paracrine
 * term ({@code docs/model.md}, "Mean-field skin").
 *
 * <p>Not a model of its own: no new parameter, only the patch's. What the mean field cannot carry
 * (spatial clustering of cells, chemotaxis of stem cells, scatter of damage within a layer) is
 * listed with its measured effect in {@code docs/model.md}, section "Mean-field skin", with the
 * agreement against patch averages. Cost: about 9 ms per simulated year for 60 layers, whatever the
 * patch's lateral size.
 *
 * <p>Used as a {@link SkinSource}, the organism's immune capacity replaces the patch's own, its
 * senolytic rate adds to the removal of senescent cells, and its blood SASP reaches the patch
 * through a {@link BloodSasp} conversion (the organism's burden units into the patch's
 * secreting-cell equivalents per voxel), given at construction. Exposures come from the
 * {@link Person} as in the patch, not from the organism's exposure multipliers. Not thread-safe:
 * one instance per simulated person.
 */
public final class MeanFieldSkin implements SkinSource {

    /** Division-count classes: the patch stores counts in a byte capped at 127. */
    public static final int DIVISION_CLASSES = 128;

    private static final double DAYS_PER_YEAR = 365.25;
    /** Share of a voxel below which a division class is treated as empty (range bookkeeping only). */
    private static final double NEGLIGIBLE = 1e-13;

    /**
     * Blood SASP seen by the patch, in its units (secreting-cell equivalents per voxel), from the
     * organism's blood SASP (burden units). The organism model itself has no such conversion; the
     * caller chooses one: the coupling's ({@link #asPatchSkin}, what {@code coupling.PatchSkin} applies to
     * the live patch), a fixed background, or its own.
     */
    @FunctionalInterface
    public interface BloodSasp {
        double patchUnits(double organismBloodSasp, double ageYears);

        /** The patch's own registry background {@code field.sasp.blood_background}, whatever the organism says. */
        static BloodSasp registryBackground(ParameterSet p) {
            double background = p.get("field.sasp.blood_background");
            return (organism, age) -> background;
        }

        /**
         * {@code background × S / S_ref}: the registry background at the organism's young-adult
         * blood SASP {@code S_ref}, proportional to the organism's blood SASP {@code S} otherwise.
         */
        static BloodSasp proportional(ParameterSet p, double referenceBloodSasp) {
            if (!(referenceBloodSasp > 0)) {
                throw new IllegalArgumentException("reference blood SASP must be positive, got " + referenceBloodSasp);
            }
            double perUnit = p.get("field.sasp.blood_background") / referenceBloodSasp;
            return (organism, age) -> perUnit * organism;
        }

        /**
         * The conversion the live patch gets in a coupled run ({@code TissueSimulation}): proportional,
         * with {@code S_ref} the organism's quasi-stationary blood SASP at its reference age for this
         * seed.
         */
        static BloodSasp asPatchSkin(ParameterSet p, OrganismModel model, long seed) {
            double reference = model.start(seed, 0, model.parameters().referenceAge(), 1.0).bloodSasp();
            return proportional(p, reference);
        }
    }

    // ---- geometry
    private final int nz;
    private final int layerSize;
    private final int neighbours;
    private final double voxelUm;
    private final double[] setPoint;

    // ---- rules (the patch's registry ids; see FibroblastRules, DermalMatrix, StemCells, Epidermis)
    private final FibroblastRules rules;
    private final ParameterSet parameters;
    private final double damageBaseline;
    private final double damagePerSed;
    private final double damagePerRos;
    private final double senescenceIntrinsic;
    private final double senescencePerDamage;
    private final double senescenceReplicative;
    private final int hayflickLimit;
    private final double senescenceParacrine;
    private final double paracrineHalf;
    private final double divisionRate;
    private final double divisionGrowthFactorGain;
    private final double apoptosisHealthy;
    private final double apoptosisSenescent;
    private final double referenceFraction;

    private final StemCells stemTarget;
    private final double stemLifetimeDays;
    private final double stemLeave;
    private final double stemMove;
    private final double stemKill;
    private final double stemReprogram;
    private final double stemSecretion;

    private final double saspCoupling;
    private final double growthFactorCoupling;
    private final double saspSecretion;
    private final double defaultBloodSasp;

    private final MatrixRates matrixRates;
    private final int matrixInterval;

    private final int melanocytes;
    private final double melanocyteIntrinsic;
    private final double melanocytePerSed;
    private final double melanocyteSecretion;
    private final double melanocyteClearance;

    private final ImmuneCapacity immuneDefault;
    private final OrganismParameters organism;
    private final BloodSasp bloodConversion;

    private UvExposure uv;
    private double[] dermalProfile;
    private double rosExcess;

    // ---- state
    private final double[][] healthy;
    private final double[][] senescent;
    private final double[] damage;
    private final double[] collagen;
    private final double[] elastin;
    private final double[] fragments;
    private final double[] hyaluronan;
    private final double[] stem;
    private final double[] sasp;
    private final double[] growthFactor;
    private final double[] healthyTotal;
    private final double[] senescentTotal;
    private final double[] sweptOccupied;
    private final double[] sweptSenescent;
    private final double[] uvSum;
    private double melanocyteSenescent;
    private int daysSinceMatrix;
    private double startAgeYears;
    private long day;
    private double elapsedTargetDays;
    private int lowClass;
    private int highClass;

    private double bloodOverride = Double.NaN;
    private double immuneOverride = Double.NaN;
    private double senolyticHazard;

    // ---- scratch
    /** Daughters of the day per source layer and division class. */
    private final double[][] incoming;
    private final double[] toSame;
    private final double[] toAbove;
    private final double[] toBelow;
    private final double[] bornTotal;
    private final double[] stayTotal;
    private final double[] dayDamage;
    private final double[] vacancy;
    private final double[] source;
    private final double[] tridiagonal;
    private final double[] daySplit = new double[3];

    // ---- the day's per-layer record for ReducedMeanFieldSkin (filled only while recording)
    private DayObserver observer;
    /** Healthy and senescent fibroblasts per voxel at the start of the day. */
    final double[] dayHealthy;
    final double[] daySenescent;
    /** Local SASP (without blood) used today, and its part from the senescent melanocytes. */
    final double[] daySaspLocal;
    final double[] daySaspMelanocyte;
    /**
     * Senescence induction of the day apart from the paracrine term, {@code Σ_b H_b·λ'_b·q_b},
     * with {@code λ'_b} the hazard without the paracrine term and {@code q_b = (1 − e^{−Λ_b})/Λ_b}
     * the day's share of the total hazard {@code Λ_b}; and its weight {@code Σ_b H_b·q_b}, which
     * multiplies the paracrine hazard.
     */
    final double[] dayInductionBase;
    final double[] dayInductionWeight;
    /** Share of the senescent cells killed or reprogrammed by stem cells today. */
    final double[] dayStemRemoval;
    private final double[] saspMelanocyte;
    private final double[] shares = new double[3];

    /**
     * A mean-field patch of the given geometry for a person, stepping alone (the patch's own
     * immune capacity and blood background), started at the person's age.
     */
    public MeanFieldSkin(ParameterSet p, Person person, Lattice lattice) {
        this(p, person, lattice, null, BloodSasp.registryBackground(p));
    }

    /**
     * A mean-field patch that can serve the organism model as its {@link SkinSource}.
     *
     * @param organism the organism's parameters (for burden units); may be null when stepping alone
     * @param blood    converts the organism's blood SASP into the patch's units
     */
    public MeanFieldSkin(ParameterSet p, Person person, Lattice lattice, OrganismParameters organism,
                         BloodSasp blood) {
        this.parameters = p;
        this.organism = organism;
        this.bloodConversion = blood;
        this.nz = lattice.nz();
        this.layerSize = lattice.layerSize();
        this.neighbours = lattice.neighbourCount();
        this.voxelUm = lattice.voxelUm();
        this.rules = new FibroblastRules(p);
        this.setPoint = new double[nz];
        for (int z = 0; z < nz; z++) {
            setPoint[z] = rules.setPointOccupancy(lattice.depthUm(z));
        }
        damageBaseline = p.get("fibroblast.damage.baseline");
        damagePerSed = p.get("fibroblast.damage.uv");
        damagePerRos = p.get("fibroblast.damage.ros");
        senescenceIntrinsic = p.get("fibroblast.senescence.intrinsic");
        senescencePerDamage = p.get("fibroblast.senescence.damage");
        senescenceReplicative = p.get("fibroblast.senescence.replicative");
        hayflickLimit = rules.hayflickLimit();
        senescenceParacrine = p.get("fibroblast.senescence.paracrine");
        paracrineHalf = p.get("fibroblast.senescence.paracrine_half");
        divisionRate = p.get("fibroblast.division.rate");
        divisionGrowthFactorGain = p.get("fibroblast.division.growth_factor_gain");
        apoptosisHealthy = p.get("fibroblast.apoptosis.healthy");
        apoptosisSenescent = p.get("fibroblast.apoptosis.senescent");
        referenceFraction = rules.referenceFraction();

        stemTarget = new StemCells(p, lattice);
        stemLifetimeDays = p.get("stem.lifetime");
        stemLeave = Hazards.probability(1.0 / stemLifetimeDays);
        stemMove = p.get("stem.move_probability");
        stemKill = p.get("stem.kill_probability");
        stemReprogram = p.get("stem.reprogram_probability");
        stemSecretion = p.get("stem.growth_factor_secretion");

        saspCoupling = square(p.get("field.sasp.range") / voxelUm);
        growthFactorCoupling = square(p.get("field.growth_factor.range") / voxelUm);
        saspSecretion = p.get("field.sasp.senescent_secretion");
        defaultBloodSasp = p.get("field.sasp.blood_background");

        matrixRates = MatrixRates.of(p);
        matrixInterval = Math.max(1, (int) Math.round(p.get("matrix.update_interval")));

        int ratio = (int) Math.round(p.get("melanocyte.keratinocyte_ratio"));
        melanocytes = Math.max(1, layerSize / ratio);
        melanocyteIntrinsic = p.get("melanocyte.senescence.intrinsic");
        melanocytePerSed = p.get("melanocyte.senescence.uv");
        melanocyteSecretion = p.get("melanocyte.sasp_secretion");
        melanocyteClearance = p.get("melanocyte.clearance_factor");

        immuneDefault = new ImmuneCapacity(p);

        healthy = new double[nz][DIVISION_CLASSES];
        senescent = new double[nz][DIVISION_CLASSES];
        damage = new double[nz];
        collagen = new double[nz];
        elastin = new double[nz];
        fragments = new double[nz];
        hyaluronan = new double[nz];
        stem = new double[nz];
        sasp = new double[nz];
        growthFactor = new double[nz];
        healthyTotal = new double[nz];
        senescentTotal = new double[nz];
        sweptOccupied = new double[nz];
        sweptSenescent = new double[nz];
        uvSum = new double[nz];
        incoming = new double[nz][DIVISION_CLASSES];
        toSame = new double[nz];
        toAbove = new double[nz];
        toBelow = new double[nz];
        bornTotal = new double[nz];
        stayTotal = new double[nz];
        dayDamage = new double[nz];
        vacancy = new double[nz];
        source = new double[nz];
        tridiagonal = new double[nz];
        dayHealthy = new double[nz];
        daySenescent = new double[nz];
        daySaspLocal = new double[nz];
        daySaspMelanocyte = new double[nz];
        dayInductionBase = new double[nz];
        dayInductionWeight = new double[nz];
        dayStemRemoval = new double[nz];
        saspMelanocyte = new double[nz];

        setExposure(person);
        start(person.ageYears());
    }

    /**
     * A factory for {@code OrganismModel.Builder.skin}: one mean-field skin per simulated person,
     * with the given tissue parameters, person, geometry and blood-SASP conversion.
     */
    public static Function<OrganismParameters, SkinSource> factory(ParameterSet tissue, Person person,
                                                                   Lattice lattice, BloodSasp blood) {
        return organismParameters -> new MeanFieldSkin(tissue, person, lattice, organismParameters, blood);
    }

    private static double square(double x) {
        return x * x;
    }

    /** Changes the lifestyle exposures from today on, as {@code TissuePatch.setExposure}. */
    public void setExposure(Person person) {
        this.uv = new UvExposure(parameters, person.latitudeDegrees(), person.outdoorHoursPerDay(),
                person.sunscreenSpf(), person.sunscreenAdherence(), person.fitzpatrick());
        this.dermalProfile = uv.dermalProfile(nz, voxelUm);
        this.rosExcess = new OxidativeStress(parameters).excess(person.smokingPacksPerDay(),
                person.alcoholDrinksPerWeek(), person.diet());
    }

    /** Called after each day while recording (see {@link ReducedMeanFieldSkin}). */
    interface DayObserver {
        void dayDone(MeanFieldSkin skin);
    }

    /**
     * Records each day's per-layer quantities ({@code day*} arrays) and calls the observer after
     * the day; null stops recording. Recording does not change the results.
     */
    void observe(DayObserver dayObserver) {
        this.observer = dayObserver;
        if (dayObserver != null) {
            solveSasp();
        }
    }

    // ------------------------------------------------------------------ start

    /**
     * (Re)starts at an age with the expected state of a freshly seeded patch: each voxel holds a
     * fibroblast with its layer's set-point probability, senescent with the reference fraction,
     * division counts {@code ⌊age·rate + 4U⌋}, baseline damage, young matrix, stem cells on target.
     */
    public void start(double ageYears) {
        this.startAgeYears = ageYears;
        this.day = 0;
        this.elapsedTargetDays = 0;
        this.daysSinceMatrix = 0;
        this.melanocyteSenescent = 0;
        double used = divisionsUsedBy(ageYears);
        int first = (int) Math.floor(used);
        double frac = used - first;
        double[] classShare = new double[5];
        classShare[0] = (1 - frac) / 4;
        classShare[1] = 0.25;
        classShare[2] = 0.25;
        classShare[3] = 0.25;
        classShare[4] = frac / 4;
        double baselineDamage = damageBaseline / repairAt(ageYears);
        double stemPerLayer = stemTarget.target(ageYears) / nz;
        for (int z = 0; z < nz; z++) {
            Arrays.fill(healthy[z], 0.0);
            Arrays.fill(senescent[z], 0.0);
            for (int k = 0; k < 5; k++) {
                int b = Math.min(DIVISION_CLASSES - 1, first + k);
                healthy[z][b] += setPoint[z] * (1 - referenceFraction) * classShare[k];
                senescent[z][b] += setPoint[z] * referenceFraction * classShare[k];
            }
            damage[z] = baselineDamage;
            collagen[z] = 1;
            elastin[z] = 1;
            fragments[z] = 0;
            hyaluronan[z] = 1;
            stem[z] = stemPerLayer;
            sweptOccupied[z] = setPoint[z];
            sweptSenescent[z] = setPoint[z] * referenceFraction;
            growthFactor[z] = 0;
            uvSum[z] = 0;
        }
        lowClass = Math.min(DIVISION_CLASSES - 1, first);
        highClass = Math.min(DIVISION_CLASSES - 1, first + 4);
        retotal();
        solveSasp();
    }

    // ------------------------------------------------------------------ the patch's own rules, called, not copied

    private double repairAt(double ageYears) {
        return rules.repairAt(ageYears);
    }

    private double divisionsUsedBy(double ageYears) {
        return rules.divisionsUsedBy(ageYears);
    }

    private double progenitorFractionAt(double ageYears) {
        return rules.progenitorFractionAt(ageYears);
    }

    // ------------------------------------------------------------------ one day

    /** Advances one day (the patch's {@code step}). */
    public void step() {
        double age = ageYears();
        double surface = uv.surfaceDoseSed(day);
        double immune = Double.isNaN(immuneOverride) ? immuneDefault.at(age) : immuneOverride;
        double blood = bloodSasp();
        double clearance = rules.clearanceHazard(immune, sweptBurden());
        double removal = clearance + apoptosisSenescent + senolyticHazard;
        double repairInverse = 1.0 / (1.0 + repairAt(age));
        double inputBase = damageBaseline + damagePerRos * rosExcess;
        double progenitor = progenitorFractionAt(age);
        int progenitorClass = (int) Math.min(127, Math.round(divisionsUsedBy(age)));

        if (observer != null) {
            for (int z = 0; z < nz; z++) {
                dayHealthy[z] = healthyTotal[z];
                daySenescent[z] = senescentTotal[z];
                daySaspLocal[z] = sasp[z];
                daySaspMelanocyte[z] = saspMelanocyte[z];
            }
        }
        sweep(surface, blood, removal, repairInverse, inputBase, progenitor, progenitorClass);
        melanocytes(uv.basalDose(surface), clearance);
        stemCells(age);

        daysSinceMatrix++;
        if (daysSinceMatrix >= matrixInterval) {
            updateMatrix(daysSinceMatrix, age, blood);
            Arrays.fill(uvSum, 0.0);
            daysSinceMatrix = 0;
        }
        solveSasp();
        solveGrowthFactor();
        day++;
        if (observer != null) {
            observer.dayDone(this);
        }
    }

    private void sweep(double surface, double blood, double removal, double repairInverse, double inputBase,
                       double progenitor, int progenitorClass) {
        double keepSenescent = 1.0 - Hazards.probability(removal);
        for (int z = 0; z < nz; z++) {
            vacancy[z] = Math.max(0.0, 1.0 - healthyTotal[z] - senescentTotal[z]);
        }
        int lo = lowClass;
        int hi = highClass;
        // the histograms grow by one class only when the top class holds more than a negligible
        // share (the tail beyond the front falls off faster than geometrically)
        boolean extend = false;
        for (int z = 0; z < nz && !extend; z++) {
            extend = healthy[z][hi] > NEGLIGIBLE;
        }
        int cap = extend ? Math.min(DIVISION_CLASSES - 1, hi + 1) : hi;
        int newLo = Math.min(lo, progenitorClass);
        int newHi = Math.max(cap, progenitorClass);
        int limit = Math.max(lo, Math.min(hi + 1, hayflickLimit));
        double[] shares = this.shares;
        // Pass 1, per layer: fates of the day's cells; parents that divided move up one class in
        // place, their daughters are kept per source layer (born[z][class]) for pass 2.
        for (int z = 0; z < nz; z++) {
            double uvHere = surface * dermalProfile[z];
            uvSum[z] += uvHere;
            double input = inputBase + damagePerSed * uvHere;
            double crowding = sweptOccupied[z] / setPoint[z];
            double rDiv = divisionRate * Math.max(0.0, 1.0 - crowding) * (1.0 + divisionGrowthFactorGain * growthFactor[z]);
            double d = Math.min(1.0, (damage[z] + input) * repairInverse);
            double c = sasp[z] + blood;
            double base = senescenceIntrinsic + senescencePerDamage * d + senescenceParacrine * c / (paracrineHalf + c);
            divisionTargets(z, shares);
            double success = shares[0] + shares[1] + shares[2];
            if (success > 0) {
                toSame[z] = shares[0] / success;
                toAbove[z] = shares[1] / success;
                toBelow[z] = shares[2] / success;
            } else {
                toSame[z] = 0;
                toAbove[z] = 0;
                toBelow[z] = 0;
            }
            double[] h = healthy[z];
            double[] s = senescent[z];
            double[] born = incoming[z];
            Arrays.fill(born, newLo, newHi + 1, 0.0);
            double dividedBefore = 0;
            double inductionBase = 0;
            double inductionWeight = 0;
            double stayHealthy = 0;
            double senescentNow = 0;
            // Two hazard classes: at or above the Hayflick limit, and below. Parents and daughters of
            // an ordinary division both carry one more division, so the classes are visited from
            // the top down and the parents move into the class above, already visited. The top
            // class, when not extended, keeps its own.
            for (int range = 1; range >= 0; range--) {
                int from = range == 0 ? lo : limit;
                int to = range == 0 ? limit : hi + 1;
                if (from >= to) {
                    continue;
                }
                split(range == 0 ? base : base + senescenceReplicative, rDiv, daySplit);
                double fSen = daySplit[0];
                double fStay = 1.0 - daySplit[0] - daySplit[1];
                double fDiv = daySplit[2] * success;
                double fSelf = fDiv * (1.0 - progenitor);
                double hazard = range == 0 ? base : base + senescenceReplicative;
                double q = fSen / hazard;
                double withoutParacrine = hazard - senescenceParacrine * c / (paracrineHalf + c);
                double healthyInRange = 0;
                for (int b = to - 1; b >= from; b--) {
                    double n = h[b];
                    healthyInRange += n;
                    double sb = s[b] * keepSenescent + n * fSen;
                    s[b] = sb;
                    senescentNow += sb;
                    double stay = n * fStay;
                    stayHealthy += stay;
                    dividedBefore += n * fDiv;
                    double self = n * fSelf;
                    if (b < cap) {
                        h[b] = stay - self;
                        h[b + 1] += self;
                        born[b + 1] += self;
                    } else {
                        h[b] = stay;
                        born[b] += self;
                    }
                }
                inductionBase += healthyInRange * withoutParacrine * q;
                inductionWeight += healthyInRange * q;
            }
            dayInductionBase[z] = inductionBase;
            dayInductionWeight[z] = inductionWeight;
            // progenitor-derived daughters start at the class of the day
            born[progenitorClass] += dividedBefore * progenitor;
            bornTotal[z] = dividedBefore;
            dayDamage[z] = d;
            stayTotal[z] = stayHealthy;
            sweptSenescent[z] = senescentNow;
        }
        // Pass 2: daughters into their layers (same, above, below). What the patch's sweep counts
        // for tomorrow's contact inhibition and burden: the layer's survivors plus daughters placed
        // into it from the layer above (swept later the same day).
        for (int z = 0; z < nz; z++) {
            double[] h = healthy[z];
            double[] same = incoming[z];
            double wSame = toSame[z];
            double[] fromAbove = z > 0 ? incoming[z - 1] : null;
            double wFromAbove = z > 0 ? toBelow[z - 1] : 0.0;
            double[] fromBelow = z < nz - 1 ? incoming[z + 1] : null;
            double wFromBelow = z < nz - 1 ? toAbove[z + 1] : 0.0;
            double total = 0;
            for (int b = newLo; b <= newHi; b++) {
                double in = wSame * same[b];
                if (fromAbove != null) {
                    in += wFromAbove * fromAbove[b];
                }
                if (fromBelow != null) {
                    in += wFromBelow * fromBelow[b];
                }
                double v = h[b] + in;
                h[b] = v;
                total += v;
            }
            // daughters of ordinary divisions copy their parent's damage, progenitor-derived ones
            // start undamaged
            double arrivedFromAbove = z > 0 ? wFromAbove * bornTotal[z - 1] : 0.0;
            double copiedDamage = wSame * bornTotal[z] * dayDamage[z];
            if (z > 0) {
                copiedDamage += arrivedFromAbove * dayDamage[z - 1];
            }
            if (z < nz - 1) {
                copiedDamage += wFromBelow * bornTotal[z + 1] * dayDamage[z + 1];
            }
            copiedDamage *= 1.0 - progenitor;
            sweptOccupied[z] = stayTotal[z] + sweptSenescent[z] + arrivedFromAbove;
            damage[z] = total > 0 ? (stayTotal[z] * dayDamage[z] + copiedDamage) / total : dayDamage[z];
            healthyTotal[z] = total;
            senescentTotal[z] = sweptSenescent[z];
        }
        // classes below today's progenitor class empty out as the cells in them age
        while (newLo < progenitorClass && lowClassEmpty(newLo)) {
            for (int z = 0; z < nz; z++) {
                healthy[z][newLo] = 0;
                senescent[z][newLo] = 0;
            }
            newLo++;
        }
        lowClass = newLo;
        highClass = newHi;
    }

    private boolean lowClassEmpty(int b) {
        for (int z = 0; z < nz; z++) {
            if (healthy[z][b] > NEGLIGIBLE || senescent[z][b] > NEGLIGIBLE) {
                return false;
            }
        }
        return true;
    }

    /** Recomputes the per-layer totals from the histograms. */
    private void retotal() {
        for (int z = 0; z < nz; z++) {
            double h = 0;
            double s = 0;
            double[] hz = healthy[z];
            double[] sz = senescent[z];
            for (int b = lowClass; b <= highClass; b++) {
                h += hz[b];
                s += sz[b];
            }
            healthyTotal[z] = h;
            senescentTotal[z] = s;
        }
    }

    /** Day's event probabilities {senescence, apoptosis, division attempt} of a healthy cell. */
    private void split(double senescence, double division, double[] out) {
        double total = senescence + apoptosisHealthy + division;
        double p = total > 0 ? Hazards.probability(total) / total : 0.0;
        out[0] = senescence * p;
        out[1] = apoptosisHealthy * p;
        out[2] = division * p;
    }

    /**
     * Probability that a division attempt in layer z places its daughter in the same layer, the
     * layer above or the layer below: the patch scans the neighbours cyclically from a random start
     * and takes the first empty one; each is taken to be empty with its layer's vacancy. Neighbour
     * order as in {@code Dermis.emptyNeighbour}: −x, +x, up, down, then −y, +y in 3D.
     */
    private void divisionTargets(int z, double[] shares) {
        shares[0] = 0;
        shares[1] = 0;
        shares[2] = 0;
        double lateral = vacancy[z];
        double up = z == 0 ? 0.0 : vacancy[z - 1];
        double down = z == nz - 1 ? 0.0 : vacancy[z + 1];
        for (int startDir = 0; startDir < neighbours; startDir++) {
            double noneYet = 1.0 / neighbours;
            for (int k = 0; k < neighbours; k++) {
                int dir = startDir + k < neighbours ? startDir + k : startDir + k - neighbours;
                double e = dir == 2 ? up : dir == 3 ? down : lateral;
                int slot = dir == 2 ? 1 : dir == 3 ? 2 : 0;
                shares[slot] += noneYet * e;
                noneYet *= 1.0 - e;
            }
        }
    }

    private void melanocytes(double basalUv, double clearance) {
        double become = Hazards.probability(melanocyteIntrinsic + melanocytePerSed * basalUv);
        double clear = Hazards.probability(clearance * melanocyteClearance);
        double m = melanocyteSenescent;
        melanocyteSenescent = m + (1 - m) * become - m * clear;
    }

    /**
     * Stem cells: departures, arrivals in the bottom layer, one move with the patch's probability
     * (depth changes by ±1 with 1/k each, none beyond top or bottom; chemotaxis is not followed),
     * then kills and reprogramming of senescent cells in the voxels touched: a stem cell in layer z
     * touches its own voxel and its lateral neighbours in z and one voxel in each of z ± 1.
     */
    private void stemCells(double age) {
        double keep = 1.0 - stemLeave;
        for (int z = 0; z < nz; z++) {
            stem[z] *= keep;
        }
        stem[nz - 1] += stemTarget.target(age) / stemLifetimeDays;
        double vertical = stemMove / neighbours;
        for (int z = 0; z < nz; z++) {
            double up = z > 0 ? vertical : 0.0;
            double down = z < nz - 1 ? vertical : 0.0;
            tridiagonal[z] = stem[z] * (1.0 - up - down);
        }
        for (int z = 0; z < nz; z++) {
            double n = stem[z];
            if (z > 0) {
                tridiagonal[z - 1] += n * vertical;
            }
            if (z < nz - 1) {
                tridiagonal[z + 1] += n * vertical;
            }
        }
        System.arraycopy(tridiagonal, 0, stem, 0, nz);
        int lateral = neighbours - 2;
        for (int z = 0; z < nz; z++) {
            double visits = stem[z] * (1 + lateral);
            if (z > 0) {
                visits += stem[z - 1];
            }
            if (z < nz - 1) {
                visits += stem[z + 1];
            }
            visits /= layerSize;
            if (visits == 0.0) {
                dayStemRemoval[z] = 0.0;
                continue;
            }
            double killed = Math.min(1.0, visits * stemKill);
            double reprogrammed = Math.min(1.0 - killed, visits * stemReprogram);
            dayStemRemoval[z] = killed + reprogrammed;
            double[] h = healthy[z];
            double[] s = senescent[z];
            double remain = 1.0 - killed - reprogrammed;
            for (int b = lowClass; b <= highClass; b++) {
                h[b] += s[b] * reprogrammed;
                s[b] *= remain;
            }
            // reprogrammed cells start with no damage
            double healthyBefore = healthyTotal[z];
            double back = senescentTotal[z] * reprogrammed;
            double total = healthyBefore + back;
            if (total > 0) {
                damage[z] = damage[z] * healthyBefore / total;
            }
            healthyTotal[z] = total;
            senescentTotal[z] *= remain;
        }
    }

    private void updateMatrix(int intervalDays, double age, double blood) {
        double dt = intervalDays;
        double ageC = matrixRates.collagenAgeFactor(age);
        double ageE = matrixRates.elastinAgeFactor(age);
        double fragmentKeep = 1.0 / (1.0 + dt * matrixRates.fragmentClearance());
        for (int z = 0; z < nz; z++) {
            double norm = 1.0 / setPoint[z];
            double degUv = matrixRates.degradationPerSed() * uvSum[z] / intervalDays;
            double healthyHere = healthyTotal[z] * (1.0 + matrixRates.growthFactorGain() * growthFactor[z]);
            double c = sasp[z] + blood;
            double f = fragments[z];
            double inhibition = 1.0 + c / matrixRates.saspHalf();
            double aC = healthyHere * ageC / (inhibition * (1.0 + f / matrixRates.fragmentHalfCollagen()));
            double aE = healthyHere * ageE / (inhibition * (1.0 + f / matrixRates.fragmentHalfElastin()));
            double extra = matrixRates.degradationPerSasp() * c + degUv;
            collagen[z] = (collagen[z] + dt * matrixRates.collagenTurnover() * norm * aC) / (1.0 + dt * (matrixRates.collagenTurnover() + extra));
            double e0 = elastin[z] + dt * matrixRates.elastinTurnover() * norm * aE;
            double e1 = e0 / (1.0 + dt * (matrixRates.elastinTurnover() + extra));
            elastin[z] = e1;
            fragments[z] = (f + (e0 - e1)) * fragmentKeep;
            hyaluronan[z] = norm * aC;
        }
    }

    private void solveSasp() {
        for (int z = 0; z < nz; z++) {
            source[z] = senescentTotal[z] * saspSecretion;
        }
        source[0] += melanocyteSenescent * melanocytes * saspSecretion * melanocyteSecretion / layerSize;
        solveDepth(source, saspCoupling, sasp);
        if (observer != null) {
            // the melanocytes' part alone, for the reduced skin's record
            Arrays.fill(source, 0.0);
            source[0] = melanocyteSenescent * melanocytes * saspSecretion * melanocyteSecretion / layerSize;
            solveDepth(source, saspCoupling, saspMelanocyte);
        }
    }

    private void solveGrowthFactor() {
        for (int z = 0; z < nz; z++) {
            source[z] = stem[z] * stemSecretion / layerSize;
        }
        solveDepth(source, growthFactorCoupling, growthFactor);
    }

    /**
     * Solves {@code c_z − a·(c_{z+1} − 2c_z + c_{z−1}) = s_z} with mirror (no-flux) ends, {@code a =
     * (λ/h)²}: the patch's steady field averaged over each layer. A uniform source gives c = s.
     */
    private void solveDepth(double[] s, double a, double[] out) {
        double[] cp = tridiagonal;
        // Thomas algorithm; diagonal 1 + 2a inside, 1 + a at the ends, off-diagonals −a
        double diag0 = nz == 1 ? 1.0 : 1.0 + a;
        cp[0] = -a / diag0;
        out[0] = s[0] / diag0;
        for (int z = 1; z < nz; z++) {
            double diag = (z == nz - 1 ? 1.0 + a : 1.0 + 2 * a) + a * cp[z - 1];
            cp[z] = -a / diag;
            out[z] = (s[z] + a * out[z - 1]) / diag;
        }
        for (int z = nz - 2; z >= 0; z--) {
            out[z] -= cp[z] * out[z + 1];
        }
    }

    // ------------------------------------------------------------------ inputs

    /** Blood SASP used today, patch units: the organism's (converted) when set, else the registry background. */
    public double bloodSasp() {
        return Double.isNaN(bloodOverride) ? defaultBloodSasp : bloodOverride;
    }

    /** Sets the blood SASP in patch units (NaN returns to the registry background). */
    public void setBloodSasp(double patchUnits) {
        this.bloodOverride = patchUnits;
    }

    /** Sets immune capacity (NaN returns to the patch's own age law). */
    public void setImmuneCapacity(double value) {
        this.immuneOverride = value;
    }

    /** Extra removal hazard of senescent fibroblasts per day (a senolytic drug), as {@code TissueModifiers.senescentKillHazard}. */
    public void setSenolyticHazard(double perDay) {
        this.senolyticHazard = perDay;
    }

    // ------------------------------------------------------------------ SkinSource

    @Override
    public double start(double startAgeYears, double suggested) {
        start(startAgeYears);
        return burdenUnits();
    }

    @Override
    public double advance(SkinStep step) {
        setBloodSasp(bloodConversion.patchUnits(step.bloodSasp(), step.ageYears()));
        setImmuneCapacity(step.immuneCapacity());
        setSenolyticHazard(step.senolyticPerDay());
        elapsedTargetDays += step.dtDays();
        while (day + 0.5 < elapsedTargetDays) {
            step();
        }
        return burdenUnits();
    }

    /**
     * Turns {@code units} of skin burden (organism units) into senescent cells at once, taken at
     * random among the healthy ones (as {@code TissuePatch.injectSenescent}).
     */
    @Override
    public void addBurden(double units) {
        double fraction = requireOrganism().skinFractionFromBurden(units);
        double healthyCells = 0;
        double allCells = 0;
        for (int z = 0; z < nz; z++) {
            healthyCells += healthyTotal[z];
            allCells += healthyTotal[z] + senescentTotal[z];
        }
        double cells = fraction * allCells;
        if (healthyCells <= 0 || cells <= 0) {
            return;
        }
        double share = Math.min(1.0, cells / healthyCells);
        for (int z = 0; z < nz; z++) {
            for (int b = lowClass; b <= highClass; b++) {
                double moved = healthy[z][b] * share;
                healthy[z][b] -= moved;
                senescent[z][b] += moved;
            }
        }
        recountSwept();
    }

    @Override
    public void kill(double fraction) {
        double keep = 1.0 - Math.max(0.0, Math.min(1.0, fraction));
        for (int z = 0; z < nz; z++) {
            for (int b = lowClass; b <= highClass; b++) {
                senescent[z][b] *= keep;
            }
        }
        recountSwept();
    }

    private void recountSwept() {
        retotal();
        for (int z = 0; z < nz; z++) {
            sweptOccupied[z] = occupancy(z);
            sweptSenescent[z] = senescentOccupancy(z);
        }
    }

    private OrganismParameters requireOrganism() {
        if (organism == null) {
            throw new IllegalStateException("burden units need the organism's parameters: use the constructor with them");
        }
        return organism;
    }

    /** Skin burden in organism units ({@link OrganismParameters#skinBurdenFromFraction}). */
    public double burdenUnits() {
        return requireOrganism().skinBurdenFromFraction(senescentFraction());
    }

    // ------------------------------------------------------------------ observables

    private double sweptBurden() {
        double cells = 0;
        double sen = 0;
        for (int z = 0; z < nz; z++) {
            cells += sweptOccupied[z];
            sen += sweptSenescent[z];
        }
        return cells <= 0 ? 0.0 : sen / cells / referenceFraction;
    }

    public double ageYears() {
        return startAgeYears + day / DAYS_PER_YEAR;
    }

    public long day() {
        return day;
    }

    public int layers() {
        return nz;
    }

    /** Fibroblasts per voxel in layer z (healthy and senescent). */
    public double occupancy(int z) {
        return healthyOccupancy(z) + senescentOccupancy(z);
    }

    public double healthyOccupancy(int z) {
        return healthyTotal[z];
    }

    public double senescentOccupancy(int z) {
        return senescentTotal[z];
    }

    /** Senescent fraction of the fibroblasts of layer z. */
    public double senescentFraction(int z) {
        double all = occupancy(z);
        return all > 0 ? senescentOccupancy(z) / all : 0.0;
    }

    /** Senescent fraction of all dermal fibroblasts of the patch. */
    public double senescentFraction() {
        double all = 0;
        double sen = 0;
        for (int z = 0; z < nz; z++) {
            all += occupancy(z);
            sen += senescentOccupancy(z);
        }
        return all > 0 ? sen / all : 0.0;
    }

    /** Fibroblasts per voxel over the patch. */
    public double totalOccupancy() {
        double all = 0;
        for (int z = 0; z < nz; z++) {
            all += occupancy(z);
        }
        return all / nz;
    }

    /** Senescent burden in units of the reference fraction (the patch's Karin X). */
    public double burden() {
        return senescentFraction() / referenceFraction;
    }

    /** Mean DNA damage of the healthy fibroblasts of layer z. */
    public double damage(int z) {
        return damage[z];
    }

    /** Expected healthy fibroblasts per voxel of layer z by division count (a copy). */
    public double[] divisionHistogram(int z) {
        return healthy[z].clone();
    }

    public double collagen(int z) {
        return collagen[z];
    }

    public double elastin(int z) {
        return elastin[z];
    }

    public double fragments(int z) {
        return fragments[z];
    }

    public double hyaluronan(int z) {
        return hyaluronan[z];
    }

    /** Lateral mean of the local SASP field in layer z (without the blood background). */
    public double sasp(int z) {
        return sasp[z];
    }

    public double collagen() {
        return mean(collagen);
    }

    public double elastin() {
        return mean(elastin);
    }

    /** Elastin integrity {@code E / (E + F)} over the patch. */
    public double elastinIntegrity() {
        double e = mean(elastin);
        double f = mean(fragments);
        return e + f > 0 ? e / (e + f) : 1.0;
    }

    public double hyaluronan() {
        return mean(hyaluronan);
    }

    /** Mean SASP over the patch, blood background included (the observer's {@code sasp_mean}). */
    public double saspMean() {
        return mean(sasp) + bloodSasp();
    }

    /** Expected stem cells in the patch. */
    public double stemCells() {
        double n = 0;
        for (double s : stem) {
            n += s;
        }
        return n;
    }

    public double senescentMelanocyteFraction() {
        return melanocyteSenescent;
    }

    private double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
