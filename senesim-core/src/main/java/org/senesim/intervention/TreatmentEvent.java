package org.senesim.intervention;

import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Course;
import org.senesim.scenario.Person;
import org.senesim.scenario.Species;
import org.senesim.systemic.Organ;

import java.util.function.UnaryOperator;

/**
 * One dated act of a protocol, with its day counted from the person's enrolment (day 0 = the first
 * simulated day), so the same {@link Timeline} serves every person of a cohort whatever their age.
 * The catalog's {@code mechanism:} name decides the type ({@link Timeline#MECHANISMS}); the appliers
 * of each fidelity act on the types, never on names.
 */
public sealed interface TreatmentEvent {

    /** Day of the event, counted from enrolment. */
    long day();

    /** The protocol step it comes from (catalog entry, settings, route, place in the file). */
    Course course();

    /** True when the act reaches the whole body through the blood (oral drugs, intravenous cells). */
    default boolean systemic() {
        return course().systemic();
    }

    /** A device session: a wound with the entry's geometry and, where trials measured one, an AK field clearance. */
    record DeviceSession(long day, Course course) implements TreatmentEvent {
        /** True when the device opens the skin (columns, needles, full field, focal points). */
        public boolean wounds() {
            return course.entry().geometry().wounds();
        }

        /** True when the entry carries a trial-calibrated AK clearance. */
        public boolean clearsActinicKeratoses() {
            return course.entry().akClearance() != null;
        }
    }

    /** Largest share of an organ's senescent cells one course is taken to remove (keeps the hazard finite). */
    double MAX_COURSE_KILL = 0.999;

    /**
     * A senolytic course. {@code fraction} is the share of senescent cells the whole course removes
     * where it arrives (the topical share for a topical dose, already applied), spread evenly over
     * {@code days} as a constant hazard. Taken by mouth it reaches each organ to a different degree:
     * {@link #organFraction} ({@link SenolyticReach}); the skin patch and the skin organ take the
     * skin's figure, the other organs their own.
     */
    record SenolyticDose(long day, Course course, double fraction, double days) implements TreatmentEvent {
        /** The constant removal hazard of the course, per day, where the course removes {@code fraction}. */
        public double dailyHazard() {
            return SenolyticReach.dailyHazard(fraction, days);
        }

        /** The share removed on one day of the course: {@code 1 − exp(−dailyHazard)}. */
        public double dailyKill() {
            return SenolyticReach.dailyKill(fraction, days);
        }

        /**
         * The share of {@code organ}'s senescent cells the whole course removes in {@code species}:
         * the organ's registry figure for an oral course ({@link SenolyticReach#oralFraction});
         * a topical course reaches the skin only, with {@code fraction}.
         */
        public double organFraction(ParameterSet p, Species species, Organ organ) {
            if (!systemic()) {
                return organ == Organ.SKIN ? fraction : 0.0;
            }
            return SenolyticReach.oralFraction(p, course.entry().parameter("kill_fraction"), species, organ);
        }
    }

    /** A senomorphic course: SASP secretion times {@code saspFactor} for {@code days}. */
    record SenomorphicCourse(long day, Course course, double saspFactor, double days) implements TreatmentEvent {
    }

    /** What a {@link CellInjection} gives. */
    enum Cells { STEM_CELLS, FAT_TRANSFER, EXOSOMES }

    /** Cells or vesicles given: stem cells (intravenous or local), fat transfer, exosomes. */
    record CellInjection(long day, Course course, Cells cells) implements TreatmentEvent {
    }

    /** Which {@link Therapy}. */
    enum TherapyKind {
        /** Red / near-infrared light on the skin. */
        PHOTOBIOMODULATION,
        /** Whole-body cold, acting on blood SASP. */
        CRYOTHERAPY
    }

    /** Another therapy acting for a while: photobiomodulation on the skin, cryotherapy on the blood. */
    record Therapy(long day, Course course, TherapyKind kind) implements TreatmentEvent {
        /** True for whole-body cryotherapy, which acts on blood SASP. */
        public boolean onBlood() {
            return kind == TherapyKind.CRYOTHERAPY;
        }
    }

    /** A lasting change of the person's exposures (sunscreen, smoking, alcohol, diet) from this day on. */
    record ExposureChange(long day, Course course, UnaryOperator<Person> change) implements TreatmentEvent {
        /** The person's exposures after the change, from the exposures before it. */
        public Person applyTo(Person before) {
            return change.apply(before);
        }
    }
}
