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
 * it: the systemic effects the cohort stepper has no input for yet (oral senomorphics, cryotherapy,
 * intravenous stem cells), and events that act on the skin alone (devices, topical drugs, local
 * cells, exosomes, light) unless the cohort's skin is a reduced mean-field skin treated with the
 * arm's {@link MeanFieldSchedule}.
 */
public final class CohortApplier {

    private final OrganApplier organs;
    private final double dtDays;
    /** Organs an oral senolytic dose is applied to here: all, or all but a treated skin (which its own applier doses). */
    private final EnumSet<Organ> dosed;

    /**
     * @param timeline the arm's events
     * @param p        parameter values
     * @param enrolled the cohort's person at enrolment (exposures; the age is the cohort's)
     * @param dtDays   the cohort's step, whole days
     * @throws IllegalArgumentException naming the first step a cohort cannot take
     */
    public CohortApplier(Timeline timeline, ParameterSet p, Person enrolled, double dtDays) {
        this(timeline, p, enrolled, dtDays, false);
    }

    /**
     * @param treatedSkin true when the cohort's skin is a {@code meanfield.ReducedMeanFieldSkin} treated
     *                    with the arm's {@link MeanFieldSchedule} ({@code ReducedMeanFieldSkin.treat}):
     *                    everything acting on the skin (devices, topical drugs, local cells, exosomes,
     *                    light) is then that skin's, and an oral senolytic is applied here to the other
     *                    organs only (the skin's share is its applier's, as in a coupled run)
     */
    public CohortApplier(Timeline timeline, ParameterSet p, Person enrolled, double dtDays, boolean treatedSkin) {
        if (!(dtDays >= 1) || dtDays != Math.rint(dtDays)) {
            throw new IllegalArgumentException("a cohort applier needs a step of whole days, got " + dtDays);
        }
        for (TreatmentEvent e : timeline.events()) {
            boolean organInput = e instanceof ExposureChange || e instanceof SenolyticDose && e.systemic();
            boolean skinOnly = !e.systemic() && !(e instanceof ExposureChange);
            if (!(organInput || treatedSkin && skinOnly)) {
                String id = e.course().entry().id() + (e.course().route() == null ? "" : " (" + e.course().route() + ")");
                throw new IllegalArgumentException(e.course().path() + " (line " + e.course().line() + "): " + id
                        + (treatedSkin ? " acts through an organism input a cohort does not have; a cohort with a treated"
                        + " skin takes oral senolytics, lifestyle changes and everything that acts on the skin alone."
                        : " acts on a skin patch or through an organism input a cohort does not have; a cohort takes"
                        + " oral senolytics and lifestyle changes (with a treated reduced skin, also what acts on the skin).")
                        + " Fix: run this arm on the lattice patch or the mean-field skin, or remove the step");
            }
        }
        this.organs = new OrganApplier(timeline, p, enrolled);
        this.dtDays = dtDays;
        this.dosed = EnumSet.allOf(Organ.class);
        if (treatedSkin) {
            dosed.remove(Organ.SKIN);
        }
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
            if (survive[o.ordinal()] < 1.0 && dosed.contains(o)) {
                cohort.apply(new OrganismEvent.SenolyticDose(age, EnumSet.of(o), 1.0 - survive[o.ordinal()]));
            }
        }
    }
}
