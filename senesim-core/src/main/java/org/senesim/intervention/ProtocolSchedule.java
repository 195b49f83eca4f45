package org.senesim.intervention;

import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.TreatmentEvent.CellInjection;
import org.senesim.intervention.TreatmentEvent.DeviceSession;
import org.senesim.intervention.TreatmentEvent.ExposureChange;
import org.senesim.intervention.TreatmentEvent.SenolyticDose;
import org.senesim.intervention.TreatmentEvent.SenomorphicCourse;
import org.senesim.intervention.TreatmentEvent.Therapy;
import org.senesim.lattice.Lattice;
import org.senesim.observe.AppliedSession;
import org.senesim.random.CounterRandom;
import org.senesim.random.RandomStreams;
import org.senesim.scenario.Arm;
import org.senesim.scenario.CatalogEntry;
import org.senesim.scenario.Course;
import org.senesim.scenario.Person;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.Species;
import org.senesim.scenario.Units;
import org.senesim.tissue.DailyHook;
import org.senesim.tissue.TissuePatch;
import org.senesim.tissue.Wound;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
public final class ProtocolSchedule implements DailyHook, SystemicEffects, Applier {

    /** Keys of this class live far from the patch's own intervention keys. */
    private static final long KEY_BASE = Long.MIN_VALUE / 2;
    private static final int SESSIONS_PER_DAY_KEYS = 4096;

    private final Arm arm;
    private final Timeline timeline;
    private final OrganApplier organs;
    private final long seed;
    private final double startAge;
    private final long totalDays;
    private final TreeMap<Long, Person> lifestyle;
    private final Effects effects = new Effects();
    private final Responses responses;
    private final List<AppliedSession> applied = new ArrayList<>();
    private final List<Repair> repairs = new ArrayList<>();

    private final double epidermisUm;
    private final Species species;
    private final double gfPulse;
    private final double gfDays;
    private final double stemRecruitment;
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
        this.seed = scenario.seed();
        this.species = scenario.person().species();
        this.startAge = scenario.person().ageYears();
        this.totalDays = Math.round(scenario.durationDays());
        this.responses = new Responses(arm, timeline, parameters, effects);
        this.epidermisUm = responses.epidermisUm;
        this.gfPulse = responses.gfPulse;
        this.gfDays = responses.gfDays;
        this.stemRecruitment = responses.stemRecruitment;
        this.refillDays = responses.refillDays;

        this.lifestyle = timeline.lifestyleByDay(scenario.person());
    }

    @Override
    public Arm arm() {
        return arm;
    }

    /** The arm's events, days from enrolment. */
    @Override
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
    @Override
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
            responses.senolytic(dose, species);
        } else if (event instanceof SenomorphicCourse s) {
            responses.senomorphic(s);
        } else if (event instanceof CellInjection cells) {
            stem = cells(patch, cells, day, key);
        } else if (event instanceof Therapy therapy) {
            responses.therapy(therapy);
        } else if (event instanceof ExposureChange) {
            patch.setExposure(lifestyle.get(day));
        }
        applied.add(new AppliedSession(day, age(day), c.entry().id(), c.path(), 0, 0, 0, stem, 0.0, 0.0));
    }

    private int cells(TissuePatch patch, CellInjection event, long day, long key) {
        Course c = event.course();
        switch (event.cells()) {
            case STEM_CELLS:
                return addStemCells(patch, key, responses.stemCells(c, patch.lattice().volumeMm3()), null, 0);
            case FAT_TRANSFER: {
                Lattice lat = patch.lattice();
                int deepFrom = lat.nz() - Math.max(1, lat.nz() / 3);
                int added = addStemCells(patch, key, responses.fatTransferStemCells(c, lat.volumeMm3()), null, deepFrom);
                responses.fatTransfer(c, day);
                return added;
            }
            default: // exosomes: a reprogramming signal, fully through skin a wound opened
                responses.exosomes(day);
                return 0;
        }
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
        double scale = responses.responseScale(c);
        responses.device(c, day, scale);
        int stem = 0;
        if (e.geometry().wounds()) {
            // Per mm² of surface; a 2D section stands for a slab one voxel thick.
            double expected = stemRecruitment * lattice.areaCm2() * 100.0 * scale;
            stem = addStemCells(patch, key, expected, plan.woundedVoxels(), 0);
        }
        applied.add(new AppliedSession(day, age(day), e.id(), c.path(), ablated, coagulated, replaced, stem,
                plan.doseUm(), scale));
    }

    /** Scale of a device's biological response (see {@link Responses#responseScale}). */
    double responseScale(Course c) {
        return responses.responseScale(c);
    }

    /**
     * Actinic-keratosis clones cleared by a session. The registry gives the share cleared by one
     * session at the study's settings; other settings scale it as an exposure
     * ({@code 1 − (1 − p)^(x/x_ref)} over coverage, passes and fluence). An AK is a clone spanning
     * many basal units, and a column hits only part of it (the rest regrows), so clearance is drawn
     * over the whole field rather than read off the column footprints.
     */
    private int fieldClearance(TissuePatch patch, Course c, long key) {
        double session = responses.akClearance(c);
        if (session <= 0) {
            return 0;
        }
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
