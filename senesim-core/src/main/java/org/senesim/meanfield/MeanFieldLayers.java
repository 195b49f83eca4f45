package org.senesim.meanfield;

import org.senesim.evidence.ParameterSet;
import org.senesim.exposure.UvExposure;
import org.senesim.lattice.Hazards;
import org.senesim.lattice.Lattice;
import org.senesim.matrix.DermalThickness;
import org.senesim.matrix.MatrixRates;
import org.senesim.systemic.OrganismParameters;
import org.senesim.tissue.FibroblastRules;
import org.senesim.tissue.ImmuneCapacity;
import org.senesim.tissue.StemCells;
import org.senesim.tissue.TissueModifiers;

import java.util.Arrays;

/**
 * The per-layer state of a {@link MeanFieldSkin} and the day's fibroblast, melanocyte and stem-cell
 * rules applied to it. {@link MeanFieldSkin} is the public face (start, step, inputs, the organism
 * coupling, observables); this part holds the numbers it steps, so that each file stays readable.
 * The rules are the patch's (see the class comment of {@link MeanFieldSkin}).
 */
abstract class MeanFieldLayers {

    static final double DAYS_PER_YEAR = 365.25;
    /** Share of a voxel below which a division class is treated as empty (range bookkeeping only). */
    static final double NEGLIGIBLE = 1e-13;
    static final int DIVISION_CLASSES = MeanFieldSkin.DIVISION_CLASSES;

    // ---- geometry
    final Lattice lattice;
    final int nz;
    final int layerSize;
    final int neighbours;
    final double voxelUm;
    final double[] setPoint;

    // ---- rules (the patch's registry ids; see FibroblastRules, DermalMatrix, StemCells, Epidermis)
    final FibroblastRules rules;
    final ParameterSet parameters;
    final double damageBaseline;
    final double damagePerSed;
    final double damagePerRos;
    final double senescenceIntrinsic;
    final double senescencePerDamage;
    final double senescenceReplicative;
    final int hayflickLimit;
    final double senescenceParacrine;
    final double paracrineHalf;
    final double divisionRate;
    final double divisionGrowthFactorGain;
    final double apoptosisHealthy;
    final double apoptosisSenescent;
    final double referenceFraction;

    final StemCells stemTarget;
    final double stemLifetimeDays;
    final double stemLeave;
    final double stemMove;
    final double stemKill;
    final double stemReprogram;
    final double stemSecretion;

    final double saspCoupling;
    final double growthFactorCoupling;
    final DepthField saspField;
    final DepthField growthFactorField;
    final double saspSecretion;
    final double defaultBloodSasp;

    final MatrixRates matrixRates;
    final DermalThickness thickness;
    final int matrixInterval;

    final int melanocytes;
    final double melanocyteIntrinsic;
    final double melanocytePerSed;
    final double melanocyteSecretion;
    final double melanocyteClearance;

    final ImmuneCapacity immuneDefault;
    final OrganismParameters organism;
    final MeanFieldSkin.BloodSasp bloodConversion;

    UvExposure uv;
    double[] dermalProfile;
    double rosExcess;

    // ---- state
    final double[][] healthy;
    final double[][] senescent;
    final double[] damage;
    final double[] collagen;
    final double[] elastin;
    final double[] fragments;
    final double[] hyaluronan;
    final double[] stem;
    final double[] sasp;
    final double[] growthFactor;
    final double[] healthyTotal;
    final double[] senescentTotal;
    final double[] sweptOccupied;
    final double[] sweptSenescent;
    final double[] uvSum;
    double melanocyteSenescent;
    int daysSinceMatrix;
    double startAgeYears;
    long day;
    double elapsedTargetDays;
    int lowClass;
    int highClass;

    /** What treatments set before a day, as on the lattice ({@code TissuePatch.modifiers}). */
    final TissueModifiers modifiers = new TissueModifiers();
    final MeanFieldEpidermis epidermis;
    final MeanFieldWounds wounds;
    /** Acts before each day (a protocol's applier); null for none. */
    MeanFieldHook hook;
    double lastSurfaceDose;
    double lastImmune;
    double lastClearance;

    double bloodOverride = Double.NaN;
    double immuneOverride = Double.NaN;
    double senolyticHazard;

    // ---- scratch
    /** Daughters of the day per source layer and division class. */
    final double[][] incoming;
    final double[] toSame;
    final double[] toAbove;
    final double[] toBelow;
    final double[] bornTotal;
    final double[] stayTotal;
    final double[] dayDamage;
    final double[] vacancy;
    final double[] source;
    final double[] tridiagonal;
    final double[] daySplit = new double[3];

    // ---- the day's per-layer record for ReducedMeanFieldSkin (filled only while recording)
    MeanFieldSkin.DayObserver observer;
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
    final double[] saspMelanocyte;
    final double[] shares = new double[3];
    /** The daughters of the layer beyond the top or the bottom: none. */
    private static final double[] NO_DAUGHTERS = new double[DIVISION_CLASSES];

    MeanFieldLayers(ParameterSet p, Lattice lattice, OrganismParameters organism, MeanFieldSkin.BloodSasp blood) {
        this.parameters = p;
        this.organism = organism;
        this.bloodConversion = blood;
        this.lattice = lattice;
        this.nz = lattice.nz();
        this.layerSize = lattice.layerSize();
        this.neighbours = lattice.neighbourCount();
        this.voxelUm = lattice.voxelUm();
        this.rules = new FibroblastRules(p);
        this.setPoint = new double[nz];
        for (int z = 0; z < nz; z++) {
            setPoint[z] = rules.setPointOccupancy(lattice.depthUm(z));
        }
        damageBaseline = rules.damageBaseline();
        damagePerSed = rules.damagePerSed();
        damagePerRos = rules.damagePerRos();
        senescenceIntrinsic = rules.senescenceIntrinsic();
        senescencePerDamage = rules.senescencePerDamage();
        senescenceReplicative = rules.senescenceReplicative();
        hayflickLimit = rules.hayflickLimit();
        senescenceParacrine = rules.senescenceParacrine();
        paracrineHalf = rules.paracrineHalf();
        divisionRate = rules.divisionRate();
        divisionGrowthFactorGain = rules.growthFactorGain();
        apoptosisHealthy = rules.apoptosisHealthy();
        apoptosisSenescent = rules.apoptosisSenescent();
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
        saspField = new DepthField(saspCoupling, nz);
        growthFactorField = new DepthField(growthFactorCoupling, nz);
        saspSecretion = p.get("field.sasp.senescent_secretion");
        defaultBloodSasp = p.get("field.sasp.blood_background");

        matrixRates = MatrixRates.of(p);
        thickness = DermalThickness.of(p);
        matrixInterval = Math.max(1, (int) Math.round(p.get("matrix.update_interval")));

        int ratio = (int) Math.round(p.get("melanocyte.keratinocyte_ratio"));
        melanocytes = Math.max(1, layerSize / ratio);
        melanocyteIntrinsic = p.get("melanocyte.senescence.intrinsic");
        melanocytePerSed = p.get("melanocyte.senescence.uv");
        melanocyteSecretion = p.get("melanocyte.sasp_secretion");
        melanocyteClearance = p.get("melanocyte.clearance_factor");

        immuneDefault = new ImmuneCapacity(p);
        epidermis = new MeanFieldEpidermis(p, lattice, setPoint);
        wounds = new MeanFieldWounds(nz);

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
    }

    static double square(double x) {
        return x * x;
    }

    // ------------------------------------------------------------------ the patch's own rules, called, not copied

    double repairAt(double ageYears) {
        return rules.repairAt(ageYears);
    }

    double divisionsUsedBy(double ageYears) {
        return rules.divisionsUsedBy(ageYears);
    }

    double progenitorFractionAt(double ageYears) {
        return rules.progenitorFractionAt(ageYears);
    }

    void sweep(double surface, double blood, double keepSenescent, double repairInverse, double inputBase,
                       double progenitor, int progenitorClass) {
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
        // the first two terms of every layer's hazard, summed once (the same left-to-right sum)
        double intrinsic = senescenceIntrinsic + modifiers.extraSenescenceHazard;
        // Pass 1 of layer z (fates) needs nothing pass 2 writes, and pass 2 of layer z - 1 (placing
        // daughters) needs pass 1 of z - 1, z and z + 1 ... of z - 2 .. z: so the two run fused with a
        // lag of one layer, while the daughters of the three layers are still in the cache.
        for (int z = 0; z < nz; z++) {
            fates(z, surface, blood, keepSenescent, repairInverse, inputBase, progenitor, progenitorClass, intrinsic,
                    lo, hi, cap, limit, newLo, newHi);
            if (z > 0) {
                place(z - 1, progenitor, newLo, newHi);
            }
        }
        place(nz - 1, progenitor, newLo, newHi);
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

    /**
     * Pass 1, one layer: fates of the day's cells; parents that divided move up one class in place,
     * their daughters are kept per source layer ({@code incoming[z][class]}) for pass 2.
     */
    private void fates(int z, double surface, double blood, double keepSenescent, double repairInverse, double inputBase,
                       double progenitor, int progenitorClass, double intrinsic, int lo, int hi, int cap, int limit,
                       int newLo, int newHi) {
        double[] shares = this.shares;
        double uvHere = surface * dermalProfile[z];
        uvSum[z] += uvHere;
        double input = inputBase + damagePerSed * uvHere;
        double crowding = sweptOccupied[z] / setPoint[z];
        double rDiv = divisionRate * Math.max(0.0, 1.0 - crowding) * (1.0 + divisionGrowthFactorGain * growthFactor[z]);
        double d = Math.min(1.0, (damage[z] + input) * repairInverse);
        double c = sasp[z] + blood;
        double paracrine = senescenceParacrine * c / (paracrineHalf + c);
        double base = intrinsic + senescencePerDamage * d + paracrine;
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
        // Daughters of class b land in b + 1, each written once below (no clearing pass over the
        // whole range, which cost as much as a class sweep): only the classes no parent feeds
        // today are zeroed. The top class, when not extended, keeps its own daughters: they are
        // added after the loop (a sum of two, so the order does not change the bits).
        int top = cap > hi ? hi + 1 : hi;
        // (plain loops: these are one or two classes, below the size where Arrays.fill pays its checks)
        for (int b = newLo; b <= lo; b++) {
            born[b] = 0.0;
        }
        for (int b = top + 1; b <= newHi; b++) {
            born[b] = 0.0;
        }
        double topSelf = 0.0;
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
            double hazard = range == 0 ? base : base + senescenceReplicative;
            split(hazard, rDiv, daySplit);
            double fSen = daySplit[0];
            double fStay = 1.0 - daySplit[0] - daySplit[1];
            double fDiv = daySplit[2] * success;
            double fSelf = fDiv * (1.0 - progenitor);
            double q = fSen / hazard;
            double withoutParacrine = hazard - paracrine;
            double healthyInRange = 0;
            int b = to - 1;
            if (b >= cap) {
                double n = h[b];
                healthyInRange += n;
                double sb = s[b] * keepSenescent + n * fSen;
                s[b] = sb;
                senescentNow += sb;
                double stay = n * fStay;
                stayHealthy += stay;
                dividedBefore += n * fDiv;
                h[b] = stay;
                topSelf = n * fSelf;
                b--;
            }
            if (b >= from) {
                // the class above's new count waits in a register until this class's parents join it:
                // one store per class instead of two (the loop is bound by its stores)
                double above = h[b + 1];
                for (; b >= from; b--) {
                    double n = h[b];
                    healthyInRange += n;
                    double sb = s[b] * keepSenescent + n * fSen;
                    s[b] = sb;
                    senescentNow += sb;
                    double stay = n * fStay;
                    stayHealthy += stay;
                    dividedBefore += n * fDiv;
                    double self = n * fSelf;
                    h[b + 1] = above + self;
                    born[b + 1] = self;
                    above = stay - self;
                }
                h[from] = above;
            }
            inductionBase += healthyInRange * withoutParacrine * q;
            inductionWeight += healthyInRange * q;
        }
        if (cap == hi) {
            born[hi] += topSelf;
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

    /**
     * Pass 2, one layer: daughters into their layers (same, above, below). What the patch's sweep
     * counts for tomorrow's contact inhibition and burden: the layer's survivors plus daughters
     * placed into it from the layer above (swept later the same day).
     */
    private void place(int z, double progenitor, int newLo, int newHi) {
        double[] h = healthy[z];
        double[] same = incoming[z];
        double wSame = toSame[z];
        // at the top and bottom the missing neighbour contributes 0 · 0 = +0, which leaves every sum's bits alone
        double[] fromAbove = z > 0 ? incoming[z - 1] : NO_DAUGHTERS;
        double wFromAbove = z > 0 ? toBelow[z - 1] : 0.0;
        double[] fromBelow = z < nz - 1 ? incoming[z + 1] : NO_DAUGHTERS;
        double wFromBelow = z < nz - 1 ? toAbove[z + 1] : 0.0;
        double total = 0;
        for (int b = newLo; b <= newHi; b++) {
            double v = h[b] + (wSame * same[b] + wFromAbove * fromAbove[b] + wFromBelow * fromBelow[b]);
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

    boolean lowClassEmpty(int b) {
        for (int z = 0; z < nz; z++) {
            if (healthy[z][b] > NEGLIGIBLE || senescent[z][b] > NEGLIGIBLE) {
                return false;
            }
        }
        return true;
    }

    /** Recomputes the per-layer totals from the histograms. */
    void retotal() {
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
    void split(double senescence, double division, double[] out) {
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
    void divisionTargets(int z, double[] shares) {
        double lateral = vacancy[z];
        double up = z == 0 ? 0.0 : vacancy[z - 1];
        double down = z == nz - 1 ? 0.0 : vacancy[z + 1];
        // three sums in registers, not in the array: summing through memory chained every step
        // through a store and a load (the same additions in the same order)
        double same = 0;
        double above = 0;
        double below = 0;
        for (int startDir = 0; startDir < neighbours; startDir++) {
            double noneYet = 1.0 / neighbours;
            for (int k = 0; k < neighbours; k++) {
                int dir = startDir + k < neighbours ? startDir + k : startDir + k - neighbours;
                if (dir == 2) {
                    above += noneYet * up;
                    noneYet *= 1.0 - up;
                } else if (dir == 3) {
                    below += noneYet * down;
                    noneYet *= 1.0 - down;
                } else {
                    same += noneYet * lateral;
                    noneYet *= 1.0 - lateral;
                }
            }
        }
        shares[0] = same;
        shares[1] = above;
        shares[2] = below;
    }

    /**
     * Senescent cells that leave today by removal (hazard {@code removal}) or by reprogramming back
     * to healthy, undamaged cells (hazard {@code reprogram}, exosomes), as the lattice's competing
     * exits: the reprogrammed share {@code P(r + ρ)·ρ/(r + ρ)} moves to the healthy histograms now,
     * and the share of the rest the sweep keeps is returned, so that the senescent cells keep
     * {@code 1 − P(r + ρ)} in all. Without reprogramming this is {@code 1 − P(r)}.
     */
    double reprogramAndKeep(double removal, double reprogram) {
        if (!(reprogram > 0)) {
            return 1.0 - Hazards.probability(removal);
        }
        double exit = Hazards.probability(removal + reprogram);
        double back = exit * reprogram / (removal + reprogram);
        for (int z = 0; z < nz; z++) {
            double[] h = healthy[z];
            double[] s = senescent[z];
            for (int b = lowClass; b <= highClass; b++) {
                h[b] += s[b] * back;
                s[b] *= 1.0 - back;
            }
            double before = healthyTotal[z];
            double total = before + senescentTotal[z] * back;
            if (total > 0) {
                damage[z] = damage[z] * before / total;
            }
            healthyTotal[z] = total;
            senescentTotal[z] *= 1.0 - back;
        }
        return (1.0 - exit) / (1.0 - back);
    }

    void melanocytes(double basalUv, double clearance) {
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
    void stemCells(double age) {
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

}
