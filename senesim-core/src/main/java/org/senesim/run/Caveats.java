package org.senesim.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.senesim.scenario.Course;

/**
 * Caveats a report carries beside an answer the model is known to overstate, worded once for every
 * report (runs, comparisons, trials).
 */
public final class Caveats {

    private Caveats() {
    }

    /**
     * For repeated senolytic courses: what their effect rests on. Each course kills its fraction of the
     * cell types the drug reaches, which re-form between courses (docs/organism.md §1), but the share
     * of the body's burden those types hold is a mouse fit, and nothing in people checks what decades
     * of courses do (docs/organism.md §7).
     */
    public static String repeatedSenolytics(Collection<String> drugs) {
        return "Repeated courses of " + String.join(", ", drugs) + ": each course kills its fraction of the senescent "
                + "cell types the drug reaches, which re-form between courses as new senescent cells arise. How much of the "
                + "body's burden those types hold is fitted to one mouse survival study (Xu 2018) and taken for people, and "
                + "in this model a burden held lower for decades compounds into large survival gains; no human survival data "
                + "check the effect of repeated dosing (docs/organism.md, section 7).";
    }

    /** Age past which the default model's survival is known to be too long (docs/organism.md, Limitations). */
    public static final double LATE_LIFE_AGE = 80;

    /**
     * For answers that follow people past {@link #LATE_LIFE_AGE} on the default parameters: the
     * model's late hazards are too flat, so old people live too long. The figures are measured
     * (session 16, docs/organism.md, Limitations); the shipped posterior meets the women's one.
     */
    public static String lateLifeSurvival() {
        return "Survival after 80: with the default parameters the model's old people live too long. Simulated women "
                + "who reach 80 live 12.3 more years on average, against 9.64 in the US period life table "
                + "(examples/calibration/life-tables.published.yaml), and 6.5 % of 20-year-old men reach 100. Absolute "
                + "survival, restricted mean survival times and deaths avoided after 80 are overstated. The calibrated "
                + "posterior (--posterior examples/calibration/default-human.posterior.json) meets the women's figure "
                + "at 80 (docs/organism.md, Limitations).";
    }

    /** The drugs of {@code courses} that are senolytics taken by mouth (or vein) more than once. */
    public static List<String> repeatedSystemicSenolytics(List<Course> courses) {
        List<String> drugs = new ArrayList<>();
        for (Course c : courses) {
            if ("senolytic".equals(c.entry().mechanism()) && c.systemic() && c.sessionDays().size() > 1
                    && !drugs.contains(c.entry().id())) {
                drugs.add(c.entry().id());
            }
        }
        return drugs;
    }
}
