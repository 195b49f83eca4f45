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

/**
 * The per-layer state of a {@link MeanFieldSkin} and the day's melanocyte and stem-cell
 * rules applied to it ({@link MeanFieldSweep} has the fibroblasts' day). {@link MeanFieldSkin} is the public
 * face (start, step, inputs, the organism coupling, observables); this part holds the numbers it steps,
 * so that each file stays readable.
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
    /**
     * The highest division class the histograms hold: the Hayflick limit (or the byte's 127). Every
     * rule treats a cell at or beyond the limit alike (one replicative hazard, no later threshold),
     * so the classes from the limit up are one class: the cells in it keep their class when they
     * divide, and their daughters join it. This is the same dynamics with fewer numbers; a life
     * differs from one that kept the classes apart only by the rounding of their sums. It spares a
     * sweep the tail beyond the limit (about a third of the classes after 40 years, at 1e-13 of a
     * voxel's cells and less).
     */
    int topClass;
    /** Settle the stem cells' removal into the classes the day it happens (only for the test that shows deferring it changes no bit). */
    boolean settleStemRemovalAtOnce;
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
    /** Today's share of the young set point that stops division ({@code FibroblastRules.occupancyFactorAt}). */
    double capacity = 1.0;
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

    // ---- a stride being gathered (the screening fidelity, MeanFieldSkin.setStrideDays): days
    // gathered so far and their sums of the day's inputs, in Stride's order
    int strideDays = 1;
    int pendingDays;
    final double[] pendingSums = new double[Stride.SUMS];
    /** Each gathered day's surface UV dose (the epidermis and melanocytes take them day by day). */
    final double[] pendingSurface = new double[MeanFieldSkin.MAX_STRIDE_DAYS];

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
    /** The growth factor's source, apart from {@link #source} so that both fields are solved together. */
    final double[] growthSource;
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
    /**
     * The stem cells' kills and reprogramming not yet written into the histograms, per layer: the
     * share of each senescent class that turns healthy ({@code stemReprogrammed}) and the share that
     * stays senescent ({@code stemRemain}); 0 and 1 when none is owed. The layer totals take them at
     * once; the classes take them in the next sweep's pass over them ({@link MeanFieldSweep}), so a
     * day walks the histograms once less. Anything else that reads or writes the classes first
     * calls {@link #settleStemRemoval}. Either way each class gets {@code h + s·r} and {@code s·k}: the
     * same numbers as written at once.
     */
    final double[] stemReprogrammed;
    final double[] stemRemain;
    /** Whether some layer's stem-cell removal is still owed to its classes. */
    boolean stemRemovalOwed;
    final double[] saspMelanocyte;
    final double[] shares = new double[3];

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
        topClass = Math.max(0, Math.min(DIVISION_CLASSES - 1, hayflickLimit));
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
        growthSource = new double[nz];
        tridiagonal = new double[nz];
        dayHealthy = new double[nz];
        daySenescent = new double[nz];
        daySaspLocal = new double[nz];
        daySaspMelanocyte = new double[nz];
        dayInductionBase = new double[nz];
        dayInductionWeight = new double[nz];
        dayStemRemoval = new double[nz];
        stemReprogrammed = new double[nz];
        stemRemain = new double[nz];
        java.util.Arrays.fill(stemRemain, 1.0);
        saspMelanocyte = new double[nz];
    }

    /**
     * Takes over the state of another skin of the same parameters, person and geometry that has
     * lived untreated (no hook, neutral modifiers, no wound in repair: what a fresh skin has too), so
     * that a treated life can go on from an untreated one's day instead of living the days before
     * its first session again ({@code engine.MeanFieldPrefix}). Everything a day reads is copied;
     * the scratch rows are rewritten before they are read each day.
     */
    public void copyStateFrom(MeanFieldSkin o) {
        if (o.hook != null || !o.wounds.idle()) {
            throw new IllegalArgumentException("only an untreated skin's state can be taken over");
        }
        for (int z = 0; z < nz; z++) {
            System.arraycopy(o.healthy[z], 0, healthy[z], 0, DIVISION_CLASSES);
            System.arraycopy(o.senescent[z], 0, senescent[z], 0, DIVISION_CLASSES);
        }
        // what o still owes its classes is owed here too (o may be a checkpoint other threads read: not settled in place)
        System.arraycopy(o.stemReprogrammed, 0, stemReprogrammed, 0, nz);
        System.arraycopy(o.stemRemain, 0, stemRemain, 0, nz);
        stemRemovalOwed = o.stemRemovalOwed;
        for (double[][] pair : new double[][][] {{o.damage, damage}, {o.collagen, collagen}, {o.elastin, elastin},
                {o.fragments, fragments}, {o.hyaluronan, hyaluronan}, {o.stem, stem}, {o.sasp, sasp},
                {o.growthFactor, growthFactor}, {o.healthyTotal, healthyTotal}, {o.senescentTotal, senescentTotal},
                {o.sweptOccupied, sweptOccupied}, {o.sweptSenescent, sweptSenescent}, {o.uvSum, uvSum},
                {o.saspMelanocyte, saspMelanocyte}}) {
            System.arraycopy(pair[0], 0, pair[1], 0, nz);
        }
        melanocyteSenescent = o.melanocyteSenescent;
        daysSinceMatrix = o.daysSinceMatrix;
        startAgeYears = o.startAgeYears;
        day = o.day;
        elapsedTargetDays = o.elapsedTargetDays;
        lowClass = o.lowClass;
        highClass = o.highClass;
        lastSurfaceDose = o.lastSurfaceDose;
        lastImmune = o.lastImmune;
        lastClearance = o.lastClearance;
        bloodOverride = o.bloodOverride;
        immuneOverride = o.immuneOverride;
        senolyticHazard = o.senolyticHazard;
        epidermis.copyFrom(o.epidermis);
        strideDays = o.strideDays;
        pendingDays = o.pendingDays;
        System.arraycopy(o.pendingSums, 0, pendingSums, 0, Stride.SUMS);
        System.arraycopy(o.pendingSurface, 0, pendingSurface, 0, pendingSurface.length);
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

    /** Recomputes the per-layer totals from the histograms. */
    void retotal() {
        settleStemRemoval();
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
        settleStemRemoval();
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
     * {@link #stemCells} over {@code days} days: the stem cells leave, arrive and move day by day (a
     * few operations per layer), while their kills and reprogramming reach the senescent
     * histograms once, with the visits of all the days added up (first order in the visits, which
     * are a small share of a layer's voxels a day).
     */
    void stemCellsOver(double age, int days) {
        double arrivals = stemTarget.target(age) / stemLifetimeDays;
        java.util.Arrays.fill(dayStemRemoval, 0.0);
        for (int d = 0; d < days; d++) {
            moveStemCells(arrivals);
            for (int z = 0; z < nz; z++) {
                dayStemRemoval[z] += stemVisits(z);
            }
        }
        for (int z = 0; z < nz; z++) {
            removeSenescent(z, dayStemRemoval[z]);
        }
    }

    /**
     * Stem cells: departures, arrivals in the bottom layer, one move with the patch's probability
     * (depth changes by ±1 with 1/k each, none beyond top or bottom; chemotaxis is not followed),
     * then kills and reprogramming of senescent cells in the voxels touched: a stem cell in layer z
     * touches its own voxel and its lateral neighbours in z and one voxel in each of z ± 1.
     */
    void stemCells(double age) {
        moveStemCells(stemTarget.target(age) / stemLifetimeDays);
        for (int z = 0; z < nz; z++) {
            removeSenescent(z, stemVisits(z));
        }
    }

    /** A day's departures, {@code arrivals} in the bottom layer, and one move of the stem cells. */
    private void moveStemCells(double arrivals) {
        double keep = 1.0 - stemLeave;
        for (int z = 0; z < nz; z++) {
            stem[z] *= keep;
        }
        stem[nz - 1] += arrivals;
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
    }

    /** The share of layer z's voxels the stem cells touch in a day. */
    private double stemVisits(int z) {
        int lateral = neighbours - 2;
        double visits = stem[z] * (1 + lateral);
        if (z > 0) {
            visits += stem[z - 1];
        }
        if (z < nz - 1) {
            visits += stem[z + 1];
        }
        return visits / layerSize;
    }

    /**
     * Keeps every division class apart up to the byte's 127, as the patch does, instead of lumping
     * those at or beyond the Hayflick limit ({@link #topClass}). Only for the test that shows the
     * lumping changes nothing but rounding; call before {@code start}.
     */
    void keepClassesBeyondLimitApart() {
        topClass = DIVISION_CLASSES - 1;
    }

    /**
     * Writes the stem cells' owed removal into the classes now (see {@link #stemReprogrammed}):
     * before anything but the sweep reads or changes them.
     */
    final void settleStemRemoval() {
        if (!stemRemovalOwed) {
            return;
        }
        for (int z = 0; z < nz; z++) {
            double reprogrammed = stemReprogrammed[z];
            double remain = stemRemain[z];
            if (reprogrammed == 0.0 && remain == 1.0) {
                continue;
            }
            double[] h = healthy[z];
            double[] s = senescent[z];
            for (int b = lowClass; b <= highClass; b++) {
                h[b] += s[b] * reprogrammed;
                s[b] *= remain;
            }
            stemReprogrammed[z] = 0.0;
            stemRemain[z] = 1.0;
        }
        stemRemovalOwed = false;
    }

    /** Kills and reprogramming of layer z's senescent cells at {@code visits} (a share of its voxels). */
    private void removeSenescent(int z, double visits) {
        if (visits == 0.0) {
            dayStemRemoval[z] = 0.0;
            return;
        }
        double killed = Math.min(1.0, visits * stemKill);
        double reprogrammed = Math.min(1.0 - killed, visits * stemReprogram);
        dayStemRemoval[z] = killed + reprogrammed;
        double remain = 1.0 - killed - reprogrammed;
        // owed to the classes until the next sweep (see stemReprogrammed); a layer visited twice
        // before it is swept settles first, so that the two removals apply in order
        if (stemReprogrammed[z] != 0.0 || stemRemain[z] != 1.0) {
            settleStemRemoval();
        }
        stemReprogrammed[z] = reprogrammed;
        stemRemain[z] = remain;
        stemRemovalOwed = true;
        if (settleStemRemovalAtOnce) {
            settleStemRemoval();
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
