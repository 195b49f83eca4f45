package org.senesim.intervention;

import org.senesim.scenario.Course;

import org.senesim.scenario.Arm;

import org.senesim.scenario.Kind;

import org.senesim.scenario.SettingSpec;

import org.senesim.scenario.CatalogEntry;

import org.senesim.engine.DailyHook;
import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.Effects.Effect;
import org.senesim.intervention.Effects.Shape;
import org.senesim.intervention.Effects.Target;
import org.senesim.intervention.TreatmentEvent.CellInjection;
import org.senesim.intervention.TreatmentEvent.DeviceSession;
import org.senesim.intervention.TreatmentEvent.ExposureChange;
import org.senesim.intervention.TreatmentEvent.SenolyticDose;
import org.senesim.intervention.TreatmentEvent.SenomorphicCourse;
import org.senesim.intervention.TreatmentEvent.Therapy;
import org.senesim.random.CounterRandom;
import org.senesim.random.RandomStreams;
import org.senesim.scenario.Person;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.Species;
import org.senesim.systemic.Organ;
import org.senesim.scenario.Units;
import org.senesim.tissue.Lattice;
import org.senesim.tissue.TissuePatch;
import org.senesim.tissue.Wound;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lattice patch's applier of a {@link Timeline}: before each simulated day it applies the
 * events due that day to the patch (wounds, replaced epidermis, added stem cells, changed
 * exposures) and sets the patch's modifiers from the effects still running (clearance after a
 * wound, new matrix over months, a drug course, ...). What acts on the rest of the body is the
 * {@link OrganApplier}'s, which this class hands on ({@link SystemicEffects}) so the coupled run
 * finds both in one hook.
 *
 * <p>What each mechanism does, with its registry numbers, is in docs/interventions.md. Random numbers
 * (where columns fall, which extra epidermal units a session clears, where recruited cells land) come
 * from the counter-based generator keyed by (seed, day, session), so results do not depend on the
 * thread count.
 */
public final class ProtocolSchedule implements DailyHook, SystemicEffects {

    /** Keys of this class live far from the patch's own intervention keys. */
    private static final long KEY_BASE = Long.MIN_VALUE / 2;
    private static final int SESSIONS_PER_DAY_KEYS = 4096;
    /** Days before an exosome application in which a wound opens the skin for it. */
    private static final long OPEN_SKIN_DAYS = 2;
    /** Largest fall of a SASP factor from repeated sessions. */
    private static final double MIN_FACTOR = 0.05;

    /**
     * A session as applied, for reports and tests.
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

    private final Arm arm;
    private final Timeline timeline;
    private final OrganApplier organs;
    private final ParameterSet p;
    private final long seed;
    private final double startAge;
    private final long totalDays;
    private final TreeMap<Long, Person> lifestyle = new TreeMap<>();
    private final Effects effects = new Effects();
    private final List<AppliedSession> applied = new ArrayList<>();
    private final List<Long> woundDays = new ArrayList<>();
    private final List<Repair> repairs = new ArrayList<>();

    private final double epidermisUm;
    private final double doseSaturation;
    private final Species species;
    private final double gfPulse;
    private final double gfDays;
    private final double stemRecruitment;
    private final double remodelDays;
    private final double refillDays;

    public ProtocolSchedule(Arm arm, ParameterSet parameters, Scenario scenario) {
        this(arm, Timeline.of(arm, parameters), parameters, scenario);
    }

    /** The patch applier of {@code timeline}, the arm's events compiled with {@code parameters}. */
    public ProtocolSchedule(Arm arm, Timeline timeline, ParameterSet parameters, Scenario scenario) {
        if (!timeline.arm().equals(arm.name())) {
            throw new IllegalArgumentException("timeline of arm " + timeline.arm() + " given for arm " + arm.name());
        }
        this.arm = arm;
        this.timeline = timeline;
        this.organs = new OrganApplier(timeline, parameters, scenario.person());
        this.p = parameters;
        this.seed = scenario.seed();
        this.species = scenario.person().species();
        this.startAge = scenario.person().ageYears();
        this.totalDays = Math.round(scenario.durationDays());
        this.epidermisUm = p.get("intervention.geometry.epidermal_thickness");
        this.doseSaturation = p.get("intervention.wound.dose_saturation");
        this.gfPulse = p.get("intervention.wound.growth_factor_pulse");
        this.gfDays = p.get("intervention.wound.growth_factor_days");
        this.stemRecruitment = p.get("intervention.wound.stem_recruitment");
        this.remodelDays = p.get("intervention.response.remodel_days");
        this.refillDays = p.get("intervention.wound.refill_days");

        Person current = scenario.person();
        for (TreatmentEvent e : timeline.events()) {
            if (e instanceof DeviceSession d && d.wounds()) {
                woundDays.add(e.day());
            }
            if (e instanceof ExposureChange x) {
                current = x.applyTo(current);
                lifestyle.put(e.day(), current);
            }
        }
    }

    public Arm arm() {
        return arm;
    }

    /** The arm's events, days from enrolment. */
    public Timeline timeline() {
        return timeline;
    }

    /** Days after which a snapshot was asked for (the day after the first session of a step with {@code snapshot: true}). */
    public List<Long> snapshotDays() {
        List<Long> days = new ArrayList<>();
        for (Course c : arm.courses()) {
            if (c.snapshotAfter() && !c.sessionDays().isEmpty()) {
                long d = c.sessionDays().get(0) + 1;
                if (d <= totalDays && !days.contains(d)) {
                    days.add(d);
                }
            }
        }
        Collections.sort(days);
        return days;
    }

    /** The sessions applied so far. */
    public List<AppliedSession> applied() {
        return Collections.unmodifiableList(applied);
    }

    @Override
    public void beforeDay(TissuePatch patch, long day) {
        int serial = 0;
        for (TreatmentEvent e : timeline.on(day)) {
            long key = CounterRandom.key(seed, RandomStreams.INTERVENTION,
                    KEY_BASE + day * SESSIONS_PER_DAY_KEYS + serial++);
            apply(patch, e, day, key);
        }
        repair(patch, day);
        effects.apply(patch.modifiers(), day);
    }

    private void apply(TissuePatch patch, TreatmentEvent event, long day, long key) {
        Course c = event.course();
        if (event instanceof DeviceSession) {
            device(patch, c, day, key);
            return;
        }
        int stem = 0;
        if (event instanceof SenolyticDose dose) {
            // by mouth the dermis gets the skin's share of the drug (SenolyticReach), topically the course's
            double skinHazard = SenolyticReach.dailyHazard(dose.organFraction(p, species, Organ.SKIN), dose.days());
            effects.add(new Effect(day, Target.KILL, Shape.CONSTANT, skinHazard, dose.days()));
            effects.add(new Effect(day, Target.EXTRA_SENESCENCE, Shape.CONSTANT,
                    p.get("intervention.senolytic.off_target_hazard"), dose.days()));
        } else if (event instanceof SenomorphicCourse s) {
            double change = Math.max(MIN_FACTOR, s.saspFactor()) - 1.0;
            effects.add(new Effect(day, Target.SASP, Shape.CONSTANT, change, s.days()));
            if (s.systemic()) {
                // taken by mouth it quiets every organ's secretion, so the blood the patch bathes
                // in carries less SASP too, as the organs feel it (TissueSimulation.applySystemic)
                effects.add(new Effect(day, Target.BLOOD_SASP, Shape.CONSTANT, change, s.days()));
            }
        } else if (event instanceof CellInjection cells) {
            stem = cells(patch, cells, day, key);
        } else if (event instanceof Therapy therapy) {
            therapy(therapy);
        } else if (event instanceof ExposureChange) {
            patch.setExposure(lifestyle.get(day));
        }
        applied.add(new AppliedSession(day, age(day), c.entry().id(), c.path(), 0, 0, 0, stem, 0.0, 0.0));
    }

    private int cells(TissuePatch patch, CellInjection event, long day, long key) {
        Course c = event.course();
        switch (event.cells()) {
            case STEM_CELLS: {
                boolean iv = "intravenous".equals(c.route());
                double perMm3 = iv ? p.get("intervention.stem_cells.iv_density") * c.number("dose") / 100.0
                        : p.get("intervention.stem_cells.local_density") * c.number("dose") / 10.0;
                return addStemCells(patch, key, perMm3 * patch.lattice().volumeMm3(), null, 0);
            }
            case FAT_TRANSFER:
                return fatTransfer(patch, c, day, key);
            default: { // exosomes: a reprogramming signal, fully through skin a wound opened
                boolean open = false;
                for (long w : woundDays) {
                    open |= w <= day && day - w <= OPEN_SKIN_DAYS;
                }
                double penetration = open ? 1.0 : p.get("intervention.exosomes.topical_penetration");
                effects.add(new Effect(day, Target.REPROGRAM, Shape.CONSTANT,
                        p.get("intervention.exosomes.reprogram_hazard") * penetration, p.get("intervention.exosomes.effect_days")));
                return 0;
            }
        }
    }

    private void therapy(Therapy event) {
        long day = event.day();
        if (event.onBlood()) {
            effects.add(new Effect(day, Target.BLOOD_SASP, Shape.DECAY,
                    p.get("intervention.cryotherapy.blood_sasp_factor") - 1.0, p.get("intervention.cryotherapy.effect_days")));
            return;
        }
        double scale = lightScale(event.course());
        double tau = p.get("intervention.pbm.effect_days");
        effects.add(new Effect(day, Target.SYNTHESIS, Shape.DECAY, p.get("intervention.pbm.synthesis_boost") * scale, tau));
        effects.add(new Effect(day, Target.SASP, Shape.DECAY,
                Math.max(MIN_FACTOR - 1.0, (p.get("intervention.pbm.sasp_factor") - 1.0) * scale), tau));
    }

    // ---------------------------------------------------------------- devices

    private void device(TissuePatch patch, Course c, long day, long key) {
        CatalogEntry e = c.entry();
        Lattice lattice = patch.lattice();
        // With an AK clearance from trials, the epidermis is replaced where the trials say (see
        // fieldClearance), not under every column footprint.
        WoundGeometry.Plan plan = WoundGeometry.plan(c, lattice, epidermisUm, gfPulse, gfDays, key,
                e.akClearance() == null);
        int ablated = 0;
        int coagulated = 0;
        for (Wound w : plan.wounds()) {
            patch.applyWound(w);
            ablated += w.ablatedVoxels().length;
            coagulated += w.coagulatedVoxels().length;
        }
        int replaced = e.akClearance() != null ? fieldClearance(patch, c, key) : plan.footprint().length;
        startRepair(patch, plan.woundedVoxels(), day);
        double scale = responseScale(c);
        String cls = "intervention.response." + e.response() + ".";
        effects.add(new Effect(day, Target.CLEARANCE, Shape.DECAY, p.get(cls + "clearance_boost") * scale,
                p.get(cls + "clearance_days")));
        effects.add(new Effect(day, Target.SYNTHESIS, Shape.PULSE, p.get(cls + "synthesis_boost") * scale, remodelDays));
        effects.add(new Effect(day, Target.FRAGMENT, Shape.PULSE, p.get(cls + "fragment_boost") * scale, remodelDays));
        int stem = 0;
        if (e.geometry().wounds()) {
            // Per mm² of surface; a 2D section stands for a slab one voxel thick.
            double expected = stemRecruitment * lattice.areaCm2() * 100.0 * scale;
            stem = addStemCells(patch, key, expected, plan.woundedVoxels(), 0);
        }
        applied.add(new AppliedSession(day, age(day), e.id(), c.path(), ablated, coagulated, replaced, stem,
                plan.doseUm(), scale));
    }

    /**
     * Scale of a device's biological response: {@code 1 − exp(−dose/saturation)} for wounds; for
     * devices without a wound (light), the session's fluence and passes relative to the typical ones,
     * capped at 2.
     */
    double responseScale(Course c) {
        if (c.entry().geometry().wounds()) {
            return -Math.expm1(-WoundGeometry.nominalDose(c, epidermisUm) / doseSaturation);
        }
        return lightScale(c);
    }

    private static double lightScale(Course c) {
        double scale = 1.0;
        for (String s : List.of("fluence", "passes")) {
            SettingSpec spec = c.entry().settings().get(s);
            if (spec != null && spec.typical() > 0) {
                scale *= c.number(s) / spec.typical();
            }
        }
        return Math.min(2.0, scale);
    }

    /**
     * Actinic-keratosis clones cleared by a session. The registry gives the share cleared by one
     * session at the study's settings; other settings scale it as an exposure
     * ({@code 1 − (1 − p)^(x/x_ref)} over coverage, passes and fluence). An AK is a clone spanning
     * many basal units, and a column hits only part of it (the rest regrows), so clearance is drawn
     * over the whole field rather than read off the column footprints.
     */
    private int fieldClearance(TissuePatch patch, Course c, long key) {
        CatalogEntry e = c.entry();
        double pRef = p.get(e.akClearance());
        if (pRef <= 0) {
            return 0;
        }
        double exposure = 1.0;
        for (Map.Entry<String, Double> r : e.akReference().entrySet()) {
            exposure *= c.number(r.getKey()) / r.getValue();
        }
        double session = -Math.expm1(exposure * Math.log1p(-Math.min(pRef, 0.999999)));
        int units = patch.lattice().layerSize();
        List<Integer> cleared = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            if (CounterRandom.uniform(key, u, 7) < session) {
                cleared.add(u);
            }
        }
        patch.epidermis().replaceColumns(cleared.stream().mapToInt(Integer::intValue).toArray());
        return cleared.size();
    }

    /**
     * Wound repair: over the weeks after a wound, collagen and elastin in the wounded voxels are
     * rebuilt towards the level of the unwounded tissue at the same depth (the microscopic zones of
     * fractional lasers are replaced by new matrix within about three months). Normal turnover, with
     * a half-life of years, could not refill a wound; this is the wound-healing deposition.
     */
    private static final class Repair {
        final int[] voxels;
        final float[] collagenTarget;
        final float[] elastinTarget;
        final long start;

        Repair(int[] voxels, float[] collagenTarget, float[] elastinTarget, long start) {
            this.voxels = voxels;
            this.collagenTarget = collagenTarget;
            this.elastinTarget = elastinTarget;
            this.start = start;
        }
    }

    private void startRepair(TissuePatch patch, int[] wounded, long day) {
        if (wounded.length == 0) {
            return;
        }
        Lattice lat = patch.lattice();
        float[] col = patch.matrix().collagen();
        float[] ela = patch.matrix().elastin();
        int layer = lat.layerSize();
        boolean[] isWound = new boolean[lat.size()];
        for (int v : wounded) {
            isWound[v] = true;
        }
        double[] meanC = new double[lat.nz()];
        double[] meanE = new double[lat.nz()];
        for (int z = 0; z < lat.nz(); z++) {
            double sc = 0;
            double se = 0;
            int n = 0;
            for (int i = z * layer; i < (z + 1) * layer; i++) {
                if (!isWound[i]) {
                    sc += col[i];
                    se += ela[i];
                    n++;
                }
            }
            // A layer wounded throughout (full-field) takes the nearest intact layer below it.
            meanC[z] = n > 0 ? sc / n : Double.NaN;
            meanE[z] = n > 0 ? se / n : Double.NaN;
        }
        for (int z = lat.nz() - 2; z >= 0; z--) {
            if (Double.isNaN(meanC[z])) {
                meanC[z] = meanC[z + 1];
                meanE[z] = meanE[z + 1];
            }
        }
        float[] tc = new float[wounded.length];
        float[] te = new float[wounded.length];
        for (int k = 0; k < wounded.length; k++) {
            int z = wounded[k] / layer;
            tc[k] = Double.isNaN(meanC[z]) ? 1f : (float) meanC[z];
            te[k] = Double.isNaN(meanE[z]) ? 1f : (float) meanE[z];
        }
        repairs.add(new Repair(wounded, tc, te, day));
    }

    private void repair(TissuePatch patch, long day) {
        if (repairs.isEmpty()) {
            return;
        }
        float[] col = patch.matrix().collagen();
        float[] ela = patch.matrix().elastin();
        float step = (float) -Math.expm1(-1.0 / refillDays);
        for (Repair r : repairs) {
            for (int k = 0; k < r.voxels.length; k++) {
                int v = r.voxels[k];
                if (col[v] < r.collagenTarget[k]) {
                    col[v] += (r.collagenTarget[k] - col[v]) * step;
                }
                if (ela[v] < r.elastinTarget[k]) {
                    ela[v] += (r.elastinTarget[k] - ela[v]) * step;
                }
            }
        }
        repairs.removeIf(r -> day - r.start > 6 * refillDays);
    }

    // ---------------------------------------------------------------- cells

    private int fatTransfer(TissuePatch patch, Course c, long day, long key) {
        Lattice lat = patch.lattice();
        double volumeScale = c.number("volume") / 10.0;
        double expected = p.get("intervention.fat_transfer.stem_density") * volumeScale * lat.volumeMm3() / 3.0;
        int deepFrom = lat.nz() - Math.max(1, lat.nz() / 3);
        int added = addStemCells(patch, key, expected, null, deepFrom);
        double synthesis = p.get("intervention.fat_transfer.synthesis_boost") * volumeScale;
        double synergy = p.get("intervention.fat_transfer.laser_synergy");
        double window = p.get("intervention.fat_transfer.synergy_days");
        Course nearest = null;
        long best = Long.MAX_VALUE;
        for (Course other : arm.courses()) {
            if (other.entry().kind() != Kind.DEVICE || !other.entry().geometry().wounds()) {
                continue;
            }
            for (long d : other.sessionDays()) {
                long gap = Math.abs(d - day);
                if (gap <= window && gap < best) {
                    best = gap;
                    nearest = other;
                }
            }
        }
        if (nearest != null && synergy > 0) {
            double scale = responseScale(nearest);
            double fragment = p.get("intervention.response." + nearest.entry().response() + ".fragment_boost") * scale;
            effects.add(new Effect(day, Target.FRAGMENT, Shape.PULSE, synergy * fragment, remodelDays));
            synthesis *= 1.0 + synergy;
        }
        effects.add(new Effect(day, Target.SYNTHESIS, Shape.PULSE, synthesis, remodelDays));
        return added;
    }

    /**
     * Adds a Poisson number of stem cells with the given mean: at random voxels among {@code among}
     * when given and not empty, otherwise at random voxels at or below layer {@code fromLayer}.
     */
    private int addStemCells(TissuePatch patch, long key, double expected, int[] among, int fromLayer) {
        if (!(expected > 0)) {
            return 0;
        }
        Lattice lat = patch.lattice();
        int n = CounterRandom.poisson(key, -7, 0, expected);
        int[] voxels = new int[n];
        int first = fromLayer * lat.layerSize();
        for (int k = 0; k < n; k++) {
            double u = CounterRandom.uniform(key, -1000 - k, 3);
            voxels[k] = among != null && among.length > 0 ? among[(int) (u * among.length)]
                    : first + (int) (u * (lat.size() - first));
        }
        patch.addStemCells(voxels);
        return n;
    }

    @Override
    public SystemicDay on(long day) {
        return organs.on(day);
    }

    private double age(long day) {
        return startAge + day / Units.DAYS_PER_YEAR;
    }

    /**
     * Checkpoint: the sessions applied so far, the effects still running and the wounds still
     * being repaired. The rest (events, lifestyle changes, organ contributions) is the timeline's.
     */
    @Override
    public void writeState(java.io.DataOutput out) throws java.io.IOException {
        org.senesim.StateIo.section(out, "protocol " + arm.name());
        out.writeInt(applied.size());
        for (AppliedSession a : applied) {
            out.writeLong(a.day());
            out.writeDouble(a.ageYears());
            out.writeUTF(a.entry());
            out.writeUTF(a.path());
            org.senesim.StateIo.write(out, new int[] {a.ablated(), a.coagulated(), a.replacedUnits(), a.stemCells()});
            out.writeDouble(a.doseUm());
            out.writeDouble(a.responseScale());
        }
        effects.writeState(out);
        out.writeInt(repairs.size());
        for (Repair r : repairs) {
            out.writeLong(r.start);
            org.senesim.StateIo.write(out, r.voxels);
            org.senesim.StateIo.write(out, r.collagenTarget);
            org.senesim.StateIo.write(out, r.elastinTarget);
        }
    }

    @Override
    public void readState(java.io.DataInput in) throws java.io.IOException {
        org.senesim.StateIo.expectSection(in, "protocol " + arm.name());
        int n = org.senesim.StateIo.count(in, 1 << 24);
        applied.clear();
        for (int i = 0; i < n; i++) {
            long day = in.readLong();
            double age = in.readDouble();
            String entry = in.readUTF();
            String path = in.readUTF();
            int[] counts = new int[4];
            org.senesim.StateIo.read(in, counts);
            applied.add(new AppliedSession(day, age, entry, path, counts[0], counts[1], counts[2], counts[3],
                    in.readDouble(), in.readDouble()));
        }
        effects.readState(in);
        int r = org.senesim.StateIo.count(in, 1 << 24);
        repairs.clear();
        for (int i = 0; i < r; i++) {
            long start = in.readLong();
            int[] voxels = org.senesim.StateIo.readInts(in, Integer.MAX_VALUE - 8);
            float[] collagen = org.senesim.StateIo.readFloats(in, voxels.length);
            float[] elastin = org.senesim.StateIo.readFloats(in, voxels.length);
            repairs.add(new Repair(voxels, collagen, elastin, start));
        }
    }
}
