package org.senesim.tissue;

import org.senesim.StateIo;
import org.senesim.epidermis.Epidermis;
import org.senesim.evidence.ParameterSet;
import org.senesim.exposure.OxidativeStress;
import org.senesim.exposure.UvExposure;
import org.senesim.lattice.CellState;
import org.senesim.lattice.Hazards;
import org.senesim.lattice.Lattice;
import org.senesim.matrix.DermalMatrix;
import org.senesim.parallel.PhaseClock;
import org.senesim.parallel.Workers;
import org.senesim.random.CounterRandom;
import org.senesim.random.RandomStreams;
import org.senesim.scenario.Person;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * A skin patch: dermal fibroblasts, stem cells, matrix, SASP and growth-factor fields, and the
 * basal epidermis, advanced one day at a time. The patch holds no file or chart code; observers
 * read it between days.
 *
 * <p>Order within a day: exposure → fibroblast sweep (damage, fates, division; writes SASP
 * sources) → epidermis and melanocytes → stem cells (clearance, reprogramming, growth factor) →
 * matrix (every few days) → fields re-solved for tomorrow. Inputs from the organism (blood SASP,
 * immune capacity) can be set before each day; without them the patch uses its own defaults.
 */
public final class TissuePatch {

    private static final double DAYS_PER_YEAR = 365.25;

    private final long seed;
    private final ParameterSet parameters;
    private final double startAgeYears;
    private final Lattice lattice;
    private final FibroblastRules rules;
    private final Dermis dermis;
    private final DermalMatrix matrix;
    private final Epidermis epidermis;
    private final StemCells stemCells;
    private final SignalField sasp;
    private final SignalField growthFactor;
    private UvExposure uv;
    private final ImmuneCapacity immuneDefault;
    private double rosExcess;
    private final double defaultBloodSasp;
    private final double saspSecretion;
    private final int matrixInterval;
    private double[] dermalProfile;
    private final double[] uvSumByLayer;
    /** Mean growth factor per depth layer, which the occupancy ceilings read every day. */
    private final LayerMeans growthFactorMeans;
    private final Dermis.Day today = new Dermis.Day();

    private long day;
    private double bloodSaspOverride = Double.NaN;
    private double immuneOverride = Double.NaN;
    private final TissueModifiers modifiers = new TissueModifiers();
    /**
     * The team-or-alone choice, made apart for the cell phases (exposure, sweep, epidermis, stem
     * cells, matrix) and for the fields: on a small patch the sweep may gain on two threads what the
     * field transforms lose (a 200-cell axis splits into three column chunks), so one choice per day
     * would come out even where two choices gain.
     */
    private final TeamChoice cellsChoice;
    private final TeamChoice fieldsChoice;
    /**
     * Below one sweep slab's worth of voxels a day is a few tens of microseconds, the hand-overs of
     * its dozen or so parallel loops cost as much as they save, and the patch always runs on the
     * calling thread (2D 50², 2,500 voxels, 40 years: 0.92-0.96x on two threads with the
     * day-by-day choice alone).
     */
    private static final int TEAM_MIN_VOXELS = 8_192;
    private static final int PHASE_SETUP = 0;
    private static final int PHASE_SWEEP = 1;
    private static final int PHASE_EPIDERMIS = 2;
    private static final int PHASE_STEM = 3;
    private static final int PHASE_MATRIX = 4;
    private static final int PHASE_FIELDS = 5;
    private final PhaseClock clock = new PhaseClock("day set-up (UV, clearance, layer rates)", "fibroblast sweep",
            "epidermis", "stem cells and growth-factor sources", "matrix and IGF-1 (every few days)", "fields");
    /** Growth-factor release of recent wounds, per voxel per day, decaying day by day. */
    private float[] woundRelease;
    private double woundReleaseDecay;
    private long woundsApplied;
    private double lastSurfaceDose;
    private double lastImmune;
    private double lastClearanceHazard;
    private int daysSinceMatrix;

    public TissuePatch(ParameterSet p, Person person, Lattice lattice, long seed, Workers workers) {
        this.seed = seed;
        this.parameters = p;
        this.startAgeYears = person.ageYears();
        this.lattice = lattice;
        this.rules = new FibroblastRules(p);
        this.dermis = new Dermis(lattice, rules);
        this.matrix = new DermalMatrix(p, lattice.size(), lattice.layerSize());
        this.epidermis = new Epidermis(p, lattice, dermis.setPoint);
        this.stemCells = new StemCells(p, lattice);
        int coarsening = (int) Math.round(p.get("field.coarsening"));
        double tolerance = p.get("field.resolve_tolerance");
        this.sasp = new SignalField(lattice, p.get("field.sasp.diffusivity"), p.get("field.sasp.range"),
                coarsening, tolerance);
        this.growthFactor = new SignalField(lattice, p.get("field.growth_factor.diffusivity"),
                p.get("field.growth_factor.range"), coarsening, tolerance);
        this.uv = new UvExposure(p, person.latitudeDegrees(), person.outdoorHoursPerDay(),
                person.sunscreenSpf(), person.sunscreenAdherence(), person.fitzpatrick());
        this.immuneDefault = new ImmuneCapacity(p);
        this.rosExcess = new OxidativeStress(p).excess(person.smokingPacksPerDay(),
                person.alcoholDrinksPerWeek(), person.diet());
        this.defaultBloodSasp = p.get("field.sasp.blood_background");
        this.saspSecretion = p.get("field.sasp.senescent_secretion");
        this.matrixInterval = Math.max(1, (int) Math.round(p.get("matrix.update_interval")));
        this.dermalProfile = uv.dermalProfile(lattice.nz(), lattice.voxelUm());
        this.uvSumByLayer = new double[lattice.nz()];
        boolean teamCanPay = lattice.size() >= TEAM_MIN_VOXELS;
        this.cellsChoice = new TeamChoice(teamCanPay);
        this.fieldsChoice = new TeamChoice(teamCanPay);
        this.growthFactorMeans = new LayerMeans(growthFactor, lattice);
        int nz = lattice.nz();
        today.damageInput = new double[nz];
        today.divisionRatePerLayer = new double[nz];

        dermis.seed(seed, startAgeYears);
        matrix.seedYoung();
        epidermis.refreshIgf1(dermis.state);
        stemCells.seed(seed, startAgeYears);
        writeSaspSources(workers);
        Arrays.fill(growthFactor.source(), 0f);
        lastImmune = immuneDefault.at(startAgeYears);
        lastClearanceHazard = rules.clearanceHazard(lastImmune, dermis.burden());
        SignalField.solveAll(workers, sasp, growthFactor);
        // collagen starts at its own balance with the start's cells, SASP and a year's mean UV
        double yearUv = uv.yearMeanSurfaceDoseSed();
        double[] uvByLayer = new double[lattice.nz()];
        for (int z = 0; z < uvByLayer.length; z++) {
            uvByLayer[z] = yearUv * dermalProfile[z];
        }
        matrix.seedSteady(startAgeYears, dermis.setPoint, uvByLayer, dermis.state, sasp.value(), bloodSaspFelt());
    }

    /**
     * SASP sources for the solve: each senescent fibroblast's secretion unit scaled by the
     * reference source and any senomorphic factor, plus senescent melanocytes at the top.
     */
    private void writeSaspSources(Workers workers) {
        float[] src = sasp.source();
        float[] units = dermis.secretion;
        float scale = senescentSource();
        workers.forChunks(src.length, SOURCE_GRAIN, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                src[i] = scale * units[i];
            }
        });
        epidermis.addSaspSources(src, scale);
    }

    private static final int SOURCE_GRAIN = 1 << 15;

    private float senescentSource() {
        return (float) (sasp.referenceSource() * saspSecretion * modifiers.saspSecretionFactor);
    }

    /**
     * Advances the patch by one day, on {@code workers} or, when the team does not pay on this
     * patch and machine, on this thread alone ({@link TeamChoice}); the result is the same either way.
     */
    public void step(Workers team) {
        Workers workers = cellsChoice.today(team);
        long start = System.nanoTime();
        clock.start();
        double age = ageYears();
        double surface = uv.surfaceDoseSed(day);
        lastSurfaceDose = surface;
        double immune = Double.isNaN(immuneOverride) ? immuneDefault.at(age) : immuneOverride;
        lastImmune = immune;
        double blood = bloodSaspFelt();
        double clearance = rules.clearanceHazard(immune, dermis.burden()) * modifiers.clearanceMultiplier;
        lastClearanceHazard = clearance;

        Dermis.Day d = today;
        d.day = day;
        d.key = CounterRandom.key(seed, RandomStreams.FIBROBLAST_FATE, day);
        d.newbornToday = CellState.newborn(day);
        double inputBase = rules.damageBaseline + rules.damagePerRos * rosExcess;
        int layer = lattice.layerSize();
        double capacity = rules.occupancyFactorAt(age);   // the set point falls with age
        double[] gfMean = capacity < 1.0 ? growthFactorMeans.now(workers) : null;
        for (int z = 0; z < lattice.nz(); z++) {
            double uvHere = surface * dermalProfile[z];
            uvSumByLayer[z] += uvHere;
            d.damageInput[z] = inputBase + rules.damagePerSed * uvHere;
            double ceiling = capacity < 1.0 ? rules.occupancyCeiling(capacity, gfMean[z]) : 1.0;
            double crowding = dermis.occupiedPerLayer[z] / (dermis.setPoint[z] * ceiling * layer);
            d.divisionRatePerLayer[z] = rules.divisionRate * Math.max(0.0, 1.0 - crowding);
        }
        d.repairInverse = 1.0 / (1.0 + rules.repairAt(age));
        d.senescentRemovalHazard = clearance + rules.apoptosisSenescent + modifiers.senescentKillHazard;
        d.reprogramHazard = modifiers.reprogramHazard;
        d.extraSenescenceHazard = modifiers.extraSenescenceHazard;
        d.progenitorFraction = rules.progenitorFractionAt(age);
        d.progenitorDivisions = (byte) Math.min(127, Math.round(rules.divisionsUsedBy(age)));
        d.sasp = sasp.value();
        d.bloodSasp = blood;
        d.growthFactor = growthFactor.value();
        clock.lap(PHASE_SETUP);
        dermis.sweep(d, workers);
        clock.lap(PHASE_SWEEP);

        epidermis.step(seed, day, uv.basalDose(surface), clearance, workers);
        epidermis.accumulateGrowthFactor(growthFactor.value(), workers);
        clock.lap(PHASE_EPIDERMIS);

        float[] gfSource = growthFactor.source();
        float[] release = woundRelease;
        float keep = (float) woundReleaseDecay;
        workers.forChunks(gfSource.length, SOURCE_GRAIN, (chunk, from, to) -> {
            if (release == null) {
                Arrays.fill(gfSource, from, to, 0f);
                return;
            }
            for (int i = from; i < to; i++) {
                gfSource[i] = release[i];
                release[i] *= keep;
            }
        });
        stemCells.step(seed, day, age, dermis, sasp.value(), gfSource, growthFactor.referenceSource());
        clock.lap(PHASE_STEM);

        daysSinceMatrix++;
        boolean matrixDay = daysSinceMatrix >= matrixInterval;
        if (matrixDay) {
            double[] uvPerDay = new double[uvSumByLayer.length];
            for (int z = 0; z < uvPerDay.length; z++) {
                uvPerDay[z] = uvSumByLayer[z] / daysSinceMatrix;
            }
            matrix.update(daysSinceMatrix, age, dermis.setPoint, uvPerDay, dermis.state, sasp.value(), blood,
                    growthFactor.value(), modifiers.synthesisMultiplier, modifiers.fragmentClearanceMultiplier, workers);
            epidermis.refreshIgf1(dermis.state);
            Arrays.fill(uvSumByLayer, 0.0);
            daysSinceMatrix = 0;
        }
        clock.lap(PHASE_MATRIX);
        long fieldsStart = System.nanoTime();
        // a matrix day has extra work, not comparable with the others
        cellsChoice.record(fieldsStart - start, !matrixDay);

        Workers fieldWorkers = fieldsChoice.today(team);
        writeSaspSources(fieldWorkers);
        SignalField.solveAll(fieldWorkers, sasp, growthFactor);
        fieldsChoice.record(System.nanoTime() - fieldsStart, true);
        clock.lap(PHASE_FIELDS);
        day++;
    }

    /**
     * Days run with the team and alone, decisions and switches of the team choice (for benchmarks):
     * the cell phases' four counts, then the fields' four.
     */
    public long[] teamChoiceCounts() {
        long[] c = cellsChoice.counts();
        long[] f = fieldsChoice.counts();
        return new long[] {c[0], c[1], c[2], c[3], f[0], f[1], f[2], f[3]};
    }

    /** Wall time per phase of the day so far (for benchmarks). */
    public PhaseClock clock() {
        return clock;
    }

    /** Days simulated so far. */
    public long day() {
        return day;
    }

    public double ageYears() {
        return startAgeYears + day / DAYS_PER_YEAR;
    }

    /**
     * Changes the lifestyle exposures from today on (a protocol starts sunscreen or stops smoking):
     * UV exposure and oxidative stress are recomputed from {@code person}'s latitude, outdoor hours,
     * sunscreen, skin type, smoking, alcohol and diet. Its age, sex and species are ignored.
     */
    public void setExposure(Person person) {
        this.uv = new UvExposure(parameters, person.latitudeDegrees(), person.outdoorHoursPerDay(),
                person.sunscreenSpf(), person.sunscreenAdherence(), person.fitzpatrick());
        this.dermalProfile = uv.dermalProfile(lattice.nz(), lattice.voxelUm());
        this.rosExcess = new OxidativeStress(parameters).excess(person.smokingPacksPerDay(),
                person.alcoholDrinksPerWeek(), person.diet());
    }

    /** Blood SASP used today: the organism's when set, otherwise the registry background. */
    public double bloodSasp() {
        return Double.isNaN(bloodSaspOverride) ? defaultBloodSasp : bloodSaspOverride;
    }

    /**
     * Blood SASP the tissue feels today: {@link #bloodSasp()} times today's treatment factor on it
     * (cryotherapy, oral senomorphics). Hazards, matrix and observables all read this one value.
     */
    public double bloodSaspFelt() {
        return bloodSasp() * modifiers.bloodSaspFactor;
    }

    /** Sets the blood SASP from the organism model (NaN returns to the default). */
    public void setBloodSasp(double value) {
        this.bloodSaspOverride = value;
    }

    /** Sets immune capacity from the organism model (NaN returns to the default). */
    public void setImmuneCapacity(double value) {
        this.immuneOverride = value;
    }

    /** The modifiers treatments set before a day (all neutral until someone changes them). */
    public TissueModifiers modifiers() {
        return modifiers;
    }

    /**
     * Applies one treatment session now: ablated voxels lose cells and matrix, coagulated voxels
     * lose cells and part of their collagen and elastin (fragments form from the elastin), treated
     * epidermal columns are replaced by undamaged keratinocytes, and every wounded voxel starts
     * releasing growth factor that decays with the given mean life.
     */
    public void applyWound(Wound wound) {
        long key = CounterRandom.key(seed, RandomStreams.INTERVENTION, day * 1024 + woundsApplied++);
        for (int v : wound.ablatedVoxels()) {
            dermis.setState(v, CellState.EMPTY, key, 0);
            matrix.remove(v, 1.0);
        }
        for (int v : wound.coagulatedVoxels()) {
            dermis.setState(v, CellState.EMPTY, key, 0);
            matrix.remove(v, wound.denaturedFraction());
        }
        epidermis.replaceColumns(wound.treatedColumns());
        if (wound.growthFactorPulse() > 0) {
            if (woundRelease == null) {
                woundRelease = new float[lattice.size()];
            }
            float pulse = (float) (wound.growthFactorPulse() * growthFactor.referenceSource());
            for (int v : wound.ablatedVoxels()) {
                woundRelease[v] += pulse;
            }
            for (int v : wound.coagulatedVoxels()) {
                woundRelease[v] += pulse;
            }
            woundReleaseDecay = StrictMath.exp(-1.0 / wound.pulseDecayDays());
        }
        dermis.recount();
    }

    /**
     * Removes each senescent fibroblast with the given probability at once (one senolytic dose
     * reaching the skin), returning how many were removed.
     */
    public int killSenescent(double fraction, long draw) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("kill fraction must be in [0, 1], got " + fraction);
        }
        long key = CounterRandom.key(seed, RandomStreams.INTERVENTION, Long.MIN_VALUE / 2 + draw);
        byte[] st = dermis.state;
        int removed = 0;
        for (int v = 0; v < st.length; v++) {
            if (st[v] == CellState.SENESCENT && CounterRandom.uniform(key, v, 0) < fraction) {
                dermis.setState(v, CellState.EMPTY, key, 1);
                removed++;
            }
        }
        dermis.recount();
        return removed;
    }

    /** Adds stem cells at the given voxels (local injection, fat transfer). */
    public void addStemCells(int[] voxels) {
        for (int v : voxels) {
            stemCells.add(v);
        }
    }

    /**
     * Makes healthy fibroblasts senescent at up to {@code count} voxels chosen at random among the
     * healthy ones (transplant experiments: injected senescent cells), returning how many changed.
     */
    public int injectSenescent(int count, long draw) {
        long key = CounterRandom.key(seed, RandomStreams.INTERVENTION, -1 - draw);
        int n = lattice.size();
        int done = 0;
        for (int attempt = 0; attempt < 20 * count && done < count; attempt++) {
            int v = (int) (CounterRandom.uniform(key, attempt, 0) * n);
            if (CellState.isHealthy(dermis.state[v])) {
                dermis.setState(v, CellState.SENESCENT, key, 1);
                done++;
            }
        }
        dermis.recount();
        return done;
    }

    public Lattice lattice() {
        return lattice;
    }

    public Dermis dermis() {
        return dermis;
    }

    public DermalMatrix matrix() {
        return matrix;
    }

    public Epidermis epidermis() {
        return epidermis;
    }

    public StemCells stemCells() {
        return stemCells;
    }

    public SignalField sasp() {
        return sasp;
    }

    public SignalField growthFactor() {
        return growthFactor;
    }

    public FibroblastRules rules() {
        return rules;
    }

    /** Personal surface UV dose of the last simulated day, SED. */
    public double lastSurfaceDose() {
        return lastSurfaceDose;
    }

    public double lastImmuneCapacity() {
        return lastImmune;
    }

    /** Per-cell removal hazard of senescent fibroblasts on the last day, per day. */
    public double lastClearanceHazard() {
        return lastClearanceHazard;
    }

    public double rosExcess() {
        return rosExcess;
    }

    /**
     * Checkpoint: everything that changes from day to day (the day, exposure in force, the
     * matrix's UV sum, wound release, organism inputs, treatment modifiers, fibroblasts, matrix,
     * epidermis, stem cells and both fields). A patch made with the same scenario, parameters and
     * seed and then given {@link #readState} continues exactly as this one would.
     */
    public void writeState(DataOutput out) throws IOException {
        StateIo.section(out, "patch");
        out.writeLong(day);
        uv.writeState(out);
        out.writeDouble(rosExcess);
        StateIo.write(out, dermalProfile);
        StateIo.write(out, uvSumByLayer);
        StateIo.writeNullable(out, woundRelease);
        out.writeDouble(woundReleaseDecay);
        out.writeLong(woundsApplied);
        StateIo.write(out, new double[] {lastSurfaceDose, lastImmune, lastClearanceHazard, bloodSaspOverride,
                immuneOverride});
        out.writeInt(daysSinceMatrix);
        TissueModifiers m = modifiers;
        StateIo.write(out, new double[] {m.clearanceMultiplier, m.senescentKillHazard, m.reprogramHazard,
                m.saspSecretionFactor, m.synthesisMultiplier, m.bloodSaspFactor, m.fragmentClearanceMultiplier,
                m.extraSenescenceHazard});
        StateIo.section(out, "dermis");
        dermis.writeState(out);
        StateIo.section(out, "matrix");
        matrix.writeState(out);
        StateIo.section(out, "epidermis");
        epidermis.writeState(out);
        StateIo.section(out, "stem cells");
        stemCells.writeState(out);
        StateIo.section(out, "fields");
        sasp.writeState(out);
        growthFactor.writeState(out);
    }

    /** Restores what {@link #writeState} wrote, into a patch of the same lattice. */
    public void readState(DataInput in) throws IOException {
        StateIo.expectSection(in, "patch");
        day = in.readLong();
        uv.readState(in);
        rosExcess = in.readDouble();
        StateIo.read(in, dermalProfile);
        StateIo.read(in, uvSumByLayer);
        woundRelease = StateIo.readNullable(in, lattice.size());
        woundReleaseDecay = in.readDouble();
        woundsApplied = in.readLong();
        double[] last = new double[5];
        StateIo.read(in, last);
        lastSurfaceDose = last[0];
        lastImmune = last[1];
        lastClearanceHazard = last[2];
        bloodSaspOverride = last[3];
        immuneOverride = last[4];
        daysSinceMatrix = in.readInt();
        double[] m = new double[8];
        StateIo.read(in, m);
        modifiers.clearanceMultiplier = m[0];
        modifiers.senescentKillHazard = m[1];
        modifiers.reprogramHazard = m[2];
        modifiers.saspSecretionFactor = m[3];
        modifiers.synthesisMultiplier = m[4];
        modifiers.bloodSaspFactor = m[5];
        modifiers.fragmentClearanceMultiplier = m[6];
        modifiers.extraSenescenceHazard = m[7];
        StateIo.expectSection(in, "dermis");
        dermis.readState(in);
        StateIo.expectSection(in, "matrix");
        matrix.readState(in);
        StateIo.expectSection(in, "epidermis");
        epidermis.readState(in);
        StateIo.expectSection(in, "stem cells");
        stemCells.readState(in);
        StateIo.expectSection(in, "fields");
        sasp.readState(in);
        growthFactor.readState(in);
        growthFactorMeans.forget();
    }
}
