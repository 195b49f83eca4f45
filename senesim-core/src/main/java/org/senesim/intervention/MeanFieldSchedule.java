package org.senesim.intervention;

import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.TreatmentEvent.CellInjection;
import org.senesim.intervention.TreatmentEvent.DeviceSession;
import org.senesim.intervention.TreatmentEvent.ExposureChange;
import org.senesim.intervention.TreatmentEvent.SenolyticDose;
import org.senesim.intervention.TreatmentEvent.SenomorphicCourse;
import org.senesim.intervention.TreatmentEvent.Therapy;
import org.senesim.lattice.Lattice;
import org.senesim.meanfield.LayerWound;
import org.senesim.meanfield.MeanFieldHook;
import org.senesim.meanfield.MeanFieldSkin;
import org.senesim.observe.AppliedSession;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Course;
import org.senesim.scenario.Person;
import org.senesim.scenario.Species;
import org.senesim.scenario.Units;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mean-field skin's applier of a {@link Timeline}: the lattice patch's applier
 * ({@link ProtocolSchedule}) with expectations where the patch has voxels. Every event type of the
 * catalog acts, through the same {@link Responses} (the same effect time courses on the same
 * {@code TissueModifiers}, the same registry numbers):
 * <ul>
 *   <li>a device session wounds the expected share of each depth layer ({@link WoundShares}: the
 *       patch's geometry averaged over placements), releases growth factor there, recruits the
 *       patch's expected stem cells into the wounded layers, replaces the expected share of basal
 *       units (column footprints, or the trial-calibrated AK field clearance), and starts the same
 *       clearance, synthesis and fragment-clearance responses;</li>
 *   <li>drugs, exosomes, light and cold start the same effects as on the patch;</li>
 *   <li>injected stem cells and fat transfer add the patch's expected number of cells, spread over
 *       the layers as the patch spreads them (all layers; the deep third);</li>
 *   <li>lifestyle changes set the skin's exposures; what reaches the other organs is the
 *       {@link OrganApplier}'s, handed on as {@link SystemicEffects}.</li>
 * </ul>
 * A pure function of the timeline, the parameters and the person: no random numbers.
 */
public final class MeanFieldSchedule implements MeanFieldHook, SystemicEffects, Applier {

    private final Arm arm;
    private final Timeline timeline;
    private final OrganApplier organs;
    private final double startAge;
    private final Species species;
    private final Effects effects = new Effects();
    private final Responses responses;
    private final TreeMap<Long, Person> lifestyle;
    private final Map<Course, LayerWound> wounds = new IdentityHashMap<>();
    private final List<AppliedSession> applied = new ArrayList<>();
    /** Basal units a session's wound shares are averaged over ({@link WoundShares}). */
    private int woundUnits = WoundShares.UNITS;

    /**
     * @param person the person at enrolment (their exposures, which lifestyle events change)
     */
    public MeanFieldSchedule(Arm arm, Timeline timeline, ParameterSet parameters, Person person) {
        if (!timeline.arm().equals(arm.name())) {
            throw new IllegalArgumentException("timeline of arm " + timeline.arm() + " given for arm " + arm.name());
        }
        this.arm = arm;
        this.timeline = timeline;
        this.organs = new OrganApplier(timeline, parameters, person);
        this.startAge = person.ageYears();
        this.species = person.species();
        this.responses = new Responses(arm, timeline, parameters, effects);
        this.lifestyle = timeline.lifestyleByDay(person);
    }

    /**
     * For a screening fidelity: each session's wound shares averaged over an eighth of the
     * placements ({@link WoundShares}: about 8,192 basal units instead of 65,536), so the
     * shares' sampling error is about √8 times larger. Call before the first day.
     */
    public MeanFieldSchedule screeningWounds() {
        this.woundUnits = WoundShares.UNITS / SCREENING_WOUND_DIVISOR;
        return this;
    }

    /** How many times fewer placements a screening averages (a numerical choice, measured in docs/planner.md). */
    static final int SCREENING_WOUND_DIVISOR = 8;

    @Override
    public Arm arm() {
        return arm;
    }

    @Override
    public Timeline timeline() {
        return timeline;
    }

    @Override
    public List<AppliedSession> applied() {
        return Collections.unmodifiableList(applied);
    }

    @Override
    public void beforeDay(MeanFieldSkin skin, long day) {
        for (TreatmentEvent e : timeline.on(day)) {
            apply(skin, e, day);
        }
        effects.apply(skin.modifiers(), day);
    }

    private void apply(MeanFieldSkin skin, TreatmentEvent event, long day) {
        Course c = event.course();
        Lattice lattice = skin.lattice();
        double stem = 0;
        if (event instanceof DeviceSession) {
            device(skin, c, day);
            return;
        } else if (event instanceof SenolyticDose dose) {
            responses.senolytic(dose, species);
        } else if (event instanceof SenomorphicCourse s) {
            responses.senomorphic(s);
        } else if (event instanceof CellInjection cells) {
            switch (cells.cells()) {
                case STEM_CELLS -> stem = addEvenly(skin, responses.stemCells(c, lattice.volumeMm3()), 0);
                case FAT_TRANSFER -> {
                    int deepFrom = lattice.nz() - Math.max(1, lattice.nz() / 3);
                    stem = addEvenly(skin, responses.fatTransferStemCells(c, lattice.volumeMm3()), deepFrom);
                    responses.fatTransfer(c, day);
                }
                default -> responses.exosomes(day);
            }
        } else if (event instanceof Therapy therapy) {
            responses.therapy(therapy);
        } else if (event instanceof ExposureChange) {
            skin.setExposure(lifestyle.get(day));
        }
        applied.add(new AppliedSession(day, age(day), c.entry().id(), c.path(), 0, 0, 0, (int) Math.round(stem), 0.0, 0.0));
    }

    private void device(MeanFieldSkin skin, Course c, long day) {
        boolean clearsAks = c.entry().akClearance() != null;
        LayerWound wound = wounds.computeIfAbsent(c, k -> WoundShares.of(k, skin.lattice(), responses, !clearsAks, woundUnits));
        Lattice lattice = skin.lattice();
        int layer = lattice.layerSize();
        double ablated = 0;
        double coagulated = 0;
        double wounded = 0;
        double[] recruitShare = new double[lattice.nz()];
        for (int z = 0; z < lattice.nz(); z++) {
            ablated += wound.ablated()[z] * layer;
            coagulated += (wound.coagulated()[z] + wound.tracks()[z]) * layer;
            recruitShare[z] = wound.wounded(z);
            wounded += recruitShare[z];
        }
        if (wounded > 0) {
            skin.applyWound(wound);
        }
        double replaced = wound.epidermisReplaced();
        if (clearsAks) {
            replaced = responses.akClearance(c);
            skin.replaceEpidermis(replaced);
        }
        double scale = responses.responseScale(c);
        responses.device(c, day, scale);
        double stem = 0;
        if (c.entry().geometry().wounds() && wounded > 0) {
            // recruited where the wound is, in proportion to each layer's wounded voxels
            stem = responses.stemRecruitment * lattice.areaCm2() * 100.0 * scale;
            double[] perLayer = new double[lattice.nz()];
            for (int z = 0; z < perLayer.length; z++) {
                perLayer[z] = stem * recruitShare[z] / wounded;
            }
            skin.addStemCells(perLayer);
        }
        applied.add(new AppliedSession(day, age(day), c.entry().id(), c.path(), (int) Math.round(ablated),
                (int) Math.round(coagulated), (int) Math.round(replaced * layer), (int) Math.round(stem),
                WoundGeometry.nominalDose(c, responses.epidermisUm), scale));
    }

    /** Adds {@code expected} stem cells spread evenly over the layers from {@code fromLayer} down. */
    private static double addEvenly(MeanFieldSkin skin, double expected, int fromLayer) {
        if (!(expected > 0)) {
            return 0;
        }
        int nz = skin.lattice().nz();
        double[] perLayer = new double[nz];
        for (int z = fromLayer; z < nz; z++) {
            perLayer[z] = expected / (nz - fromLayer);
        }
        skin.addStemCells(perLayer);
        return expected;
    }

    @Override
    public SystemicDay on(long day) {
        return organs.on(day);
    }

    private double age(long day) {
        return startAge + day / Units.DAYS_PER_YEAR;
    }
}
