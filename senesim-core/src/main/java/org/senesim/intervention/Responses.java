package org.senesim.intervention;

import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.Effects.Effect;
import org.senesim.intervention.Effects.Shape;
import org.senesim.intervention.Effects.Target;
import org.senesim.intervention.TreatmentEvent.DeviceSession;
import org.senesim.intervention.TreatmentEvent.SenolyticDose;
import org.senesim.intervention.TreatmentEvent.SenomorphicCourse;
import org.senesim.intervention.TreatmentEvent.Therapy;
import org.senesim.scenario.Arm;
import org.senesim.scenario.CatalogEntry;
import org.senesim.scenario.Course;
import org.senesim.scenario.Kind;
import org.senesim.scenario.SettingSpec;
import org.senesim.scenario.Species;
import org.senesim.systemic.Organ;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The biological response of each treatment mechanism, with its registry numbers, shared by the
 * appliers of every skin fidelity (the lattice patch's {@link ProtocolSchedule}, the mean-field
 * skin's {@link MeanFieldSchedule}): the time courses of clearance, synthesis, fragment clearance,
 * SASP, killing, reprogramming and off-target senescence that a session starts ({@link Effects}),
 * the scale of a device's response, the share of actinic-keratosis clones a session clears, and how
 * many stem cells an injection or a fat transfer brings. What differs between fidelities is only
 * where a wound falls and where cells land: voxels on the lattice, shares of depth layers in the
 * mean field. docs/interventions.md lists every number.
 */
final class Responses {

    /** Days before an exosome application in which a wound opens the skin for it. */
    private static final long OPEN_SKIN_DAYS = 2;
    /** Largest fall of a SASP factor from repeated sessions. */
    private static final double MIN_FACTOR = 0.05;

    private final Arm arm;
    private final ParameterSet p;
    private final Effects effects;
    private final List<Long> woundDays = new ArrayList<>();
    final double epidermisUm;
    final double doseSaturation;
    final double gfPulse;
    final double gfDays;
    final double stemRecruitment;
    final double remodelDays;
    final double refillDays;

    Responses(Arm arm, Timeline timeline, ParameterSet p, Effects effects) {
        this.arm = arm;
        this.p = p;
        this.effects = effects;
        this.epidermisUm = p.get("intervention.geometry.epidermal_thickness");
        this.doseSaturation = p.get("intervention.wound.dose_saturation");
        this.gfPulse = p.get("intervention.wound.growth_factor_pulse");
        this.gfDays = p.get("intervention.wound.growth_factor_days");
        this.stemRecruitment = p.get("intervention.wound.stem_recruitment");
        this.remodelDays = p.get("intervention.response.remodel_days");
        this.refillDays = p.get("intervention.wound.refill_days");
        for (TreatmentEvent e : timeline.events()) {
            if (e instanceof DeviceSession d && d.wounds()) {
                woundDays.add(e.day());
            }
        }
    }

    /** A device session's response: clearance up for weeks, new matrix and fragment clearance over months. */
    void device(Course c, long day, double scale) {
        String cls = "intervention.response." + c.entry().response() + ".";
        effects.add(new Effect(day, Target.CLEARANCE, Shape.DECAY, p.get(cls + "clearance_boost") * scale,
                p.get(cls + "clearance_days")));
        effects.add(new Effect(day, Target.SYNTHESIS, Shape.PULSE, p.get(cls + "synthesis_boost") * scale, remodelDays));
        effects.add(new Effect(day, Target.FRAGMENT, Shape.PULSE, p.get(cls + "fragment_boost") * scale, remodelDays));
    }

    /**
     * A senolytic course: its removal hazard in the dermis and its small off-target senescence hazard.
     * By mouth the dermis gets the skin's share of the drug ({@link SenolyticReach}), topically the
     * course's.
     */
    void senolytic(SenolyticDose dose, Species species) {
        long day = dose.day();
        double skinHazard = SenolyticReach.dailyHazard(dose.organFraction(p, species, Organ.SKIN), dose.days());
        effects.add(new Effect(day, Target.KILL, Shape.CONSTANT, skinHazard, dose.days()));
        effects.add(new Effect(day, Target.EXTRA_SENESCENCE, Shape.CONSTANT,
                p.get("intervention.senolytic.off_target_hazard"), dose.days()));
    }

    /** A senomorphic course: SASP secretion down; by mouth also the blood SASP the skin bathes in. */
    void senomorphic(SenomorphicCourse s) {
        long day = s.day();
        double change = Math.max(MIN_FACTOR, s.saspFactor()) - 1.0;
        effects.add(new Effect(day, Target.SASP, Shape.CONSTANT, change, s.days()));
        if (s.systemic()) {
            // taken by mouth it quiets every organ's secretion, so the blood the skin bathes in
            // carries less SASP too, as the organs feel it (TissueSimulation.applySystemic)
            effects.add(new Effect(day, Target.BLOOD_SASP, Shape.CONSTANT, change, s.days()));
        }
    }

    /** Exosomes: a reprogramming signal, fully through skin a wound opened in the last days. */
    void exosomes(long day) {
        boolean open = false;
        for (long w : woundDays) {
            open |= w <= day && day - w <= OPEN_SKIN_DAYS;
        }
        double penetration = open ? 1.0 : p.get("intervention.exosomes.topical_penetration");
        effects.add(new Effect(day, Target.REPROGRAM, Shape.CONSTANT,
                p.get("intervention.exosomes.reprogram_hazard") * penetration, p.get("intervention.exosomes.effect_days")));
    }

    /** Cryotherapy on the blood SASP, or photobiomodulation on synthesis and SASP. */
    void therapy(Therapy event) {
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

    /** Expected stem cells of an injection in a tissue of {@code volumeMm3}: intravenous (a share reaches the skin) or local. */
    double stemCells(Course c, double volumeMm3) {
        boolean iv = "intravenous".equals(c.route());
        double perMm3 = iv ? p.get("intervention.stem_cells.iv_density") * c.number("dose") / 100.0
                : p.get("intervention.stem_cells.local_density") * c.number("dose") / 10.0;
        return perMm3 * volumeMm3;
    }

    /** Expected adipose-derived stem cells a fat transfer brings to the deep third of a tissue of {@code volumeMm3}. */
    double fatTransferStemCells(Course c, double volumeMm3) {
        double volumeScale = c.number("volume") / 10.0;
        return p.get("intervention.fat_transfer.stem_density") * volumeScale * volumeMm3 / 3.0;
    }

    /** A fat transfer's new matrix, larger with a wounding device session nearby (animal data; the registry entry cites it). */
    void fatTransfer(Course c, long day) {
        double volumeScale = c.number("volume") / 10.0;
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

    static double lightScale(Course c) {
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
     * Share of actinic-keratosis clones one session clears (0 for an entry without a trial
     * clearance). The registry gives the share cleared by one session at the study's settings; other
     * settings scale it as an exposure ({@code 1 − (1 − p)^(x/x_ref)} over coverage, passes and
     * fluence).
     */
    double akClearance(Course c) {
        CatalogEntry e = c.entry();
        if (e.akClearance() == null) {
            return 0.0;
        }
        double pRef = p.get(e.akClearance());
        if (pRef <= 0) {
            return 0.0;
        }
        double exposure = 1.0;
        for (Map.Entry<String, Double> r : e.akReference().entrySet()) {
            exposure *= c.number(r.getKey()) / r.getValue();
        }
        return -Math.expm1(exposure * Math.log1p(-Math.min(pRef, 0.999999)));
    }
}
