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
