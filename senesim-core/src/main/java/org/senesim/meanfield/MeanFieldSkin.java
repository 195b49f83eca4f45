package org.senesim.meanfield;

import org.senesim.evidence.ParameterSet;
import org.senesim.exposure.OxidativeStress;
import org.senesim.exposure.UvExposure;
import org.senesim.lattice.Lattice;
import org.senesim.scenario.Person;
import org.senesim.systemic.OrganismModel;
import org.senesim.systemic.OrganismParameters;
import org.senesim.systemic.SkinSource;
import org.senesim.systemic.SkinStep;
import org.senesim.tissue.TissueModifiers;

import java.util.Arrays;
import java.util.function.Function;

/**
 * The expected state of a tissue patch, per depth layer, stepped day by day with the patch's own
 * rules and registry parameters: a deterministic mean-field skin for large cohorts, and a
 * {@link SkinSource} for the organism model.
 *
 * <p>State per depth layer {@code z} (all per voxel of the layer): the healthy and the senescent
 * fibroblasts as histograms of their division counts (0 up to the Hayflick limit, whose class holds
 * every cell at or beyond it: the rules treat those alike; the patch keeps counts to 127), the mean DNA
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
public final class MeanFieldSkin extends MeanFieldSweep implements SkinSource {

    /** Division-count classes: the patch stores counts in a byte capped at 127. */
    public static final int DIVISION_CLASSES = 128;

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
        super(p, lattice, organism, blood);

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
        if (dayObserver != null && strideDays > 1) {
            throw new IllegalStateException("the reduced skin's record needs daily steps");
        }
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
        this.pendingDays = 0;
        Arrays.fill(pendingSums, 0.0);
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
        double seeded = rules.occupancyFactorAt(ageYears);   // the patch's Dermis.seed
        for (int z = 0; z < nz; z++) {
            Arrays.fill(healthy[z], 0.0);
            Arrays.fill(senescent[z], 0.0);
            for (int k = 0; k < 5; k++) {
                int b = Math.min(topClass, first + k);
                healthy[z][b] += setPoint[z] * seeded * (1 - referenceFraction) * classShare[k];
                senescent[z][b] += setPoint[z] * seeded * referenceFraction * classShare[k];
            }
            damage[z] = baselineDamage;
            collagen[z] = 1;
            elastin[z] = 1;
            fragments[z] = 0;
            hyaluronan[z] = 1;
            stem[z] = stemPerLayer;
            sweptOccupied[z] = setPoint[z] * seeded;
            sweptSenescent[z] = setPoint[z] * seeded * referenceFraction;
            growthFactor[z] = 0;
            uvSum[z] = 0;
        }
        lowClass = Math.min(topClass, first);
        highClass = Math.min(topClass, first + 4);
        retotal();
        modifiers.reset();
        wounds.reset();
        lastImmune = immuneDefault.at(ageYears);
        lastClearance = rules.clearanceHazard(lastImmune, sweptBurden());
        epidermis.start(healthyTotal);
        solveSasp();
        double yearUv = uv.yearMeanSurfaceDoseSed(), blood = bloodSasp();   // collagen at its own balance (the patch's seedSteady)
        for (int z = 0; z < nz; z++) {
            double c = sasp[z] + blood;
            collagen[z] = matrixRates.steadyCollagen(healthyTotal[z] / setPoint[z] * matrixRates.freshActivity(ageYears, c), c, yearUv * dermalProfile[z]);
        }
    }

    // ------------------------------------------------------------------ one day

    /** Advances one day (the patch's {@code step}). */
    public void step() {
        if (pendingDays != 0) {
            throw new IllegalStateException("a stride is being gathered: the skin steps in strides of " + strideDays + " days");
        }
        wounds.repair(this, day);
        double age = ageYears();
        double surface = uv.surfaceDoseSed(day);
        double immune = Double.isNaN(immuneOverride) ? immuneDefault.at(age) : immuneOverride;
        double blood = bloodSasp() * modifiers.bloodSaspFactor;
        double clearance = rules.clearanceHazard(immune, sweptBurden()) * modifiers.clearanceMultiplier;
        double removal = clearance + apoptosisSenescent + senolyticHazard + modifiers.senescentKillHazard;
        lastSurfaceDose = surface;
        lastImmune = immune;
        lastClearance = clearance;
        double repairInverse = 1.0 / (1.0 + repairAt(age));
        double inputBase = damageBaseline + damagePerRos * rosExcess;
        double progenitor = progenitorFractionAt(age);
        int progenitorClass = (int) Math.min(127, Math.round(divisionsUsedBy(age)));
        capacity = rules.occupancyFactorAt(age);

        if (observer != null) {
            for (int z = 0; z < nz; z++) {
                dayHealthy[z] = healthyTotal[z];
                daySenescent[z] = senescentTotal[z];
                daySaspLocal[z] = sasp[z];
                daySaspMelanocyte[z] = saspMelanocyte[z];
            }
        }
        double keepSenescent = reprogramAndKeep(removal, modifiers.reprogramHazard);
        sweep(surface, blood, keepSenescent, repairInverse, inputBase, progenitor, progenitorClass);
        melanocytes(uv.basalDose(surface), clearance);
        epidermis.step(uv.basalDose(surface));
        epidermis.accumulateGrowthFactor(growthFactor);
        stemCells(age);

        matrixAfter(1, age, blood);
        growthFactorSource();
        solveFields();
        day++;
        if (observer != null) {
            observer.dayDone(this);
        }
    }

    /**
     * Counts {@code days} more days toward the matrix's schedule and, when its interval is reached,
     * updates the matrix over the days since the last update and refreshes the epidermis's classes.
     */
    private void matrixAfter(int days, double age, double blood) {
        daysSinceMatrix += days;
        if (daysSinceMatrix >= matrixInterval) {
            updateMatrix(daysSinceMatrix, age, blood);
            epidermis.refresh(healthyTotal, null);
            Arrays.fill(uvSum, 0.0);
            daysSinceMatrix = 0;
        }
    }

    void updateMatrix(int intervalDays, double age, double blood) {
        double dt = intervalDays;
        double ageC = matrixRates.collagenAgeFactor(age) * modifiers.synthesisMultiplier;
        double ageE = matrixRates.elastinAgeFactor(age) * modifiers.synthesisMultiplier;
        double fragmentKeep = 1.0 / (1.0 + dt * matrixRates.fragmentClearance() * modifiers.fragmentClearanceMultiplier);
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

    void solveSasp() {
        saspSource();
        saspField.solve(source, sasp);
        melanocyteSasp();
    }

    /** The SASP field's source of the day into {@link #source}. */
    private void saspSource() {
        double secretion = saspSecretion * modifiers.saspSecretionFactor;
        for (int z = 0; z < nz; z++) {
            source[z] = senescentTotal[z] * secretion;
        }
        source[0] += melanocyteSenescent * melanocytes * secretion * melanocyteSecretion / layerSize;
    }

    /**
     * The day's SASP and growth-factor fields, their sources set first ({@link #source}, and
     * {@link #growthSource} by the caller): both solved in one pass ({@link DepthField#solve(DepthField,
     * double[], double[], DepthField, double[], double[])}), the same numbers as one after the other.
     */
    private void solveFields() {
        saspSource();
        DepthField.solve(saspField, source, sasp, growthFactorField, growthSource, growthFactor);
        melanocyteSasp();
    }

    /** The melanocytes' part of the SASP alone, for the reduced skin's record (only while recording). */
    private void melanocyteSasp() {
        if (observer != null) {
            double secretion = saspSecretion * modifiers.saspSecretionFactor;
            Arrays.fill(source, 0.0);
            source[0] = melanocyteSenescent * melanocytes * secretion * melanocyteSecretion / layerSize;
            saspField.solve(source, saspMelanocyte);
        }
    }

    /** The growth factor's source of the day into {@link #growthSource}. */
    private void growthFactorSource() {
        for (int z = 0; z < nz; z++) {
            growthSource[z] = stem[z] * stemSecretion / layerSize + wounds.releaseToday(z);
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

    /** Sets what acts before each day when the organism steps this skin ({@link #advance}); null for nothing. */
    public void setHook(MeanFieldHook dayHook) {
        this.hook = dayHook;
    }

    /** The modifiers treatments set before a day, as the lattice's ({@code TissuePatch.modifiers}). */
    public TissueModifiers modifiers() {
        return modifiers;
    }

    /** Applies one session's wound now (see {@link LayerWound}). */
    public void applyWound(LayerWound wound) {
        wounds.apply(this, wound, day);
        epidermis.replace(wound.epidermisReplaced());
        recountSwept();
    }

    /** Replaces a share of the basal-epidermis units with fresh ones (an AK field clearance). */
    public void replaceEpidermis(double share) {
        epidermis.replace(share);
    }

    /** Adds expected stem cells to each layer (local injection, fat transfer, recruitment by a wound). */
    public void addStemCells(double[] perLayer) {
        for (int z = 0; z < nz; z++) {
            stem[z] += perLayer[z];
        }
    }

    /** The skin's geometry (its depth layers are the lattice's). */
    public Lattice lattice() {
        return lattice;
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
        if (strideDays > 1) {
            while (day + 0.5 < elapsedTargetDays) {
                gather();
                if (pendingDays == strideDays) {
                    stride();
                }
            }
            return burdenUnits();
        }
        while (day + 0.5 < elapsedTargetDays) {
            if (hook != null) {
                hook.beforeDay(this, day);
            }
            step();
        }
        return burdenUnits();
    }

    // ------------------------------------------------------------------ strides (the screening fidelity)

    /** The treatments' own modifier values while a stride's means stand in for them. */
    private final double[] strideKept = new double[Stride.SUMS];

    /** The longest stride {@link #setStrideDays} takes: a month (the matrix updates every 14 days by default). */
    public static final int MAX_STRIDE_DAYS = 30;

    /**
     * Steps the skin in strides of {@code days} days instead of day by day, when the organism
     * advances it ({@link #advance}): the screening fidelity {@code run.Fidelity.MEAN_FIELD_WEEKLY},
     * which changes the numbers. Each day of a stride still runs its treatments' hook and its
     * wounds' repair and is counted (so sessions, wounds and ages fall on their days); the day's
     * inputs (UV dose, immune capacity, blood SASP, senolytic and every treatment modifier) are
     * added up, and at the stride's end one step of {@code days} days runs with their means: every
     * hazard over the stride, a healthy cell meeting at most one event in it ({@link #sweep}), the
     * damage's implicit update composed over the days (the cells turned senescent during it kept as
     * the days after their turn would keep them), the melanocytes and the epidermis stepped day by
     * day with each day's UV, the stem cells' kills added up, and the fields solved once. The
     * skin's state is the last stride's until the next one ends. 1 (the default) is the daily mean
     * field, bit for bit. Set before the first day; not while recording.
     */
    public void setStrideDays(int days) {
        if (days < 1 || days > MAX_STRIDE_DAYS) {
            throw new IllegalArgumentException("stride must be 1 to " + MAX_STRIDE_DAYS + " days, got " + days);
        }
        if (days > 1 && observer != null) {
            throw new IllegalStateException("the reduced skin's record needs daily steps");
        }
        if (pendingDays != 0) {
            throw new IllegalStateException("a stride is being gathered");
        }
        strideDays = days;
    }

    /** Days per step when the organism advances this skin (1: daily). */
    public int strideDays() {
        return strideDays;
    }

    /** One day of a stride: the hook and the wounds' repair act, the day's inputs are added up. */
    private void gather() {
        if (hook != null) {
            hook.beforeDay(this, day);
        }
        wounds.repair(this, day);
        double[] s = pendingSums;
        double surface = uv.surfaceDoseSed(day);
        pendingSurface[pendingDays] = surface;
        s[Stride.SURFACE] += surface;
        s[Stride.IMMUNE] += Double.isNaN(immuneOverride) ? immuneDefault.at(ageYears()) : immuneOverride;
        s[Stride.BLOOD] += bloodSasp() * modifiers.bloodSaspFactor;
        s[Stride.SENOLYTIC] += senolyticHazard;
        Stride.add(s, modifiers);
        pendingDays++;
        day++;
    }

    /** The stride's step over the days gathered (see {@link #setStrideDays}). */
    private void stride() {
        int n = pendingDays;
        double[] s = pendingSums;
        double perDay = 1.0 / n;
        Stride.mean(s, n, modifiers, strideKept);
        double age = startAgeYears + (day - 0.5 * n) / DAYS_PER_YEAR;
        double surface = s[Stride.SURFACE] * perDay;
        double immune = s[Stride.IMMUNE] * perDay;
        double blood = s[Stride.BLOOD] * perDay;
        double clearance = rules.clearanceHazard(immune, sweptBurden()) * modifiers.clearanceMultiplier;
        double removal = clearance + apoptosisSenescent + s[Stride.SENOLYTIC] * perDay + modifiers.senescentKillHazard;
        lastSurfaceDose = surface;
        lastImmune = immune;
        lastClearance = clearance;
        // the daily implicit damage update d <- (d + input)·r, n times at a constant input:
        // d·r^n + input·(r + … + r^n)
        double r = 1.0 / (1.0 + repairAt(age));
        double decay = Math.pow(r, n);
        // (without repair, r = 1: the inputs simply add up, n of them)
        double inputScale = r < 1.0 ? r * (1.0 - decay) / ((1.0 - r) * decay) : n;
        double inputBase = damageBaseline + damagePerRos * rosExcess;
        double progenitor = progenitorFractionAt(age);
        int progenitorClass = (int) Math.min(127, Math.round(divisionsUsedBy(age)));
        capacity = rules.occupancyFactorAt(age);

        double keepSenescent = reprogramAndKeep(removal * n, modifiers.reprogramHazard * n);
        // a cell turned senescent on day k of the stride meets the removal of the n - k days after it:
        // on average (1 - K)/(n·(1 - K^(1/n))) of them remain, K the stride's keep
        double keepDaily = Math.pow(keepSenescent, 1.0 / n);
        double formationKeep = keepDaily < 1.0 ? (1.0 - keepSenescent) / (n * (1.0 - keepDaily)) : 1.0;
        sweep(surface, blood, keepSenescent, decay, inputBase, progenitor, progenitorClass, n, inputScale, formationKeep);
        // melanocytes and basal epidermis day by day with each day's UV (a few numbers each; the
        // mutation steps are not linear in the dose, so a mean dose would bias the lesions)
        for (int d = 0; d < n; d++) {
            double basal = uv.basalDose(pendingSurface[d]);
            melanocytes(basal, clearance);
            epidermis.step(basal);
            epidermis.accumulateGrowthFactor(growthFactor);
        }
        stemCellsOver(age, n);
        matrixAfter(n, age, blood);
        for (int z = 0; z < nz; z++) {
            growthSource[z] = stem[z] * stemSecretion / layerSize + wounds.releaseOver(z, n);
        }
        solveFields();
        Stride.restore(strideKept, modifiers);
        pendingDays = 0;
        Arrays.fill(s, 0.0);
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
        settleStemRemoval();
        for (int z = 0; z < nz; z++) {
            for (int b = lowClass; b <= highClass; b++) {
                double moved = healthy[z][b] * share;
                healthy[z][b] -= moved;
                senescent[z][b] += moved;
            }
        }
        recountSwept();
    }

    /** The stem-cell reserve reaches this skin through its own rules, not through {@link SkinStep#stemCellReserve}. */
    @Override
    public boolean readsStemCellReserve() {
        return false;
    }

    @Override
    public void kill(double fraction) {
        double keep = 1.0 - Math.max(0.0, Math.min(1.0, fraction));
        settleStemRemoval();
        for (int z = 0; z < nz; z++) {
            for (int b = lowClass; b <= highClass; b++) {
                senescent[z][b] *= keep;
            }
        }
        recountSwept();
    }

    void recountSwept() {
        retotal();
        for (int z = 0; z < nz; z++) {
            sweptOccupied[z] = occupancy(z);
            sweptSenescent[z] = senescentOccupancy(z);
        }
    }

    OrganismParameters requireOrganism() {
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

    double sweptBurden() {
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

    /**
     * Expected healthy fibroblasts per voxel of layer z by division count (a copy); the class of the
     * Hayflick limit holds every cell at or beyond it.
     */
    public double[] divisionHistogram(int z) {
        settleStemRemoval();
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
        return mean(sasp) + bloodSasp() * modifiers.bloodSaspFactor;
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
