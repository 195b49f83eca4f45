package org.senesim.intervention;

import org.senesim.coupling.OrganismInputs;
import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.TreatmentEvent.ExposureChange;
import org.senesim.intervention.TreatmentEvent.SenolyticDose;
import org.senesim.scenario.Person;
import org.senesim.systemic.Organ;
import org.senesim.systemic.OrganismCohort;
import org.senesim.systemic.OrganismEvent;

import java.util.Arrays;
import java.util.EnumSet;

/**
 * The cohort's applier of a {@link Timeline}: the same events, counted from the cohort's
 * enrolment, for an {@link OrganismCohort} (everyone enrolled at the cohort's start age) stepped
 * {@code dtDays} at a time. An oral senolytic removes each organ's own daily share
 * ({@link SenolyticReach}), the cohort's skin included; a lifestyle change sets everyone's exposures. The day numbers come from the
 * {@link OrganApplier}, so a cohort and a coupled run of one person get the same doses.
 *
 * <p>What a cohort cannot take is refused when the applier is built, with the step that asks for
 * it: events that act on a skin patch (devices, topical drugs, local cells, exosomes, light) and the
 * systemic effects the cohort stepper has no input for yet (senomorphics, cryotherapy, intravenous
 * stem cells).
 */
public final class CohortApplier {

    private final OrganApplier organs;
    private final double dtDays;

    /**
     * @param timeline the arm's events
     * @param p        parameter values
     * @param enrolled the cohort's person at enrolment (exposures; the age is the cohort's)
     * @param dtDays   the cohort's step, whole days
     * @throws IllegalArgumentException naming the first step a cohort cannot take
     */
    public CohortApplier(Timeline timeline, ParameterSet p, Person enrolled, double dtDays) {
        if (!(dtDays >= 1) || dtDays != Math.rint(dtDays)) {
            throw new IllegalArgumentException("a cohort applier needs a step of whole days, got " + dtDays);
        }
        for (TreatmentEvent e : timeline.events()) {
            boolean ok = e instanceof ExposureChange || e instanceof SenolyticDose && e.systemic();
            if (!ok) {
                String id = e.course().entry().id() + (e.course().route() == null ? "" : " (" + e.course().route() + ")");
                throw new IllegalArgumentException(e.course().path() + " (line " + e.course().line() + "): " + id
                        + " acts on a skin patch or through an organism input a cohort does not have; a cohort takes"
                        + " oral senolytics and lifestyle changes. Fix: run this arm on the lattice patch, or remove"
                        + " the step");
            }
        }
        this.organs = new OrganApplier(timeline, p, enrolled);
        this.dtDays = dtDays;
    }

    /**
     * Applies the events of the cohort's next step (days {@code step·dt} to {@code (step + 1)·dt − 1}
     * after enrolment) to everyone alive, before the step is taken.
     */
    public void beforeStep(OrganismCohort cohort) {
        long first = Math.round(cohort.stepIndex() * dtDays);
        double age = cohort.ageYears();
        double[] survive = new double[Organ.COUNT];
        Arrays.fill(survive, 1.0);
        for (long day = first; day < first + Math.round(dtDays); day++) {
            SystemicDay today = organs.on(day);
            for (Organ o : Organ.values()) {
                survive[o.ordinal()] *= 1.0 - today.senolyticKillFraction(o);
            }
            if (today.lifestyle() != null) {
                cohort.apply(new OrganismEvent.ExposureChange(age, OrganismInputs.exposures(today.lifestyle())));
            }
        }
        for (Organ o : Organ.values()) {
            if (survive[o.ordinal()] < 1.0) {
                cohort.apply(new OrganismEvent.SenolyticDose(age, EnumSet.of(o), 1.0 - survive[o.ordinal()]));
            }
        }
    }
}
