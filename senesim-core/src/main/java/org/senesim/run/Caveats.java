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
     * Measured, not parameters (session 19, defaults, 20,000 people per sex from 20, seed 2020, weekly
     * steps; 12.3 and 6.5 under session 16's rate form of between-person variation): simulated women's
     * further life at 80 and the share of 20-year-old men who reach 100. {@code CaveatsTest} measures
     * them again, so a model change that moves them fails until the wording is brought up to date.
     */
    static final double WOMEN_E80_YEARS = 11.6;
    static final double MEN_REACHING_100_PERCENT = 3.5;
    /**
     * Measured on the shipped posterior (session 19: 50 draws × 400 women from 20, weekly steps, the
     * rest at their defaults; 11.1 with session 17's posterior): further life of the women who reach
     * 80. Measured again by {@code CaveatsTest}.
     */
    static final double POSTERIOR_WOMEN_E80_YEARS = 10.4;
    /** The US SSA period table's e80 for women (examples/calibration/life-tables.published.yaml). */
    static final double TABLE_WOMEN_E80_YEARS = 9.64;

    /**
     * For answers that follow people past {@link #LATE_LIFE_AGE} on the default parameters: the
     * model's late hazards are too flat, so old people live too long. The figures are measured
     * (session 19, docs/organism.md, Limitations); the shipped posterior narrows the women's one.
     */
    public static String lateLifeSurvival() {
        return "Survival after 80: with the default parameters the model's old people live too long. Simulated women "
                + "who reach 80 live " + WOMEN_E80_YEARS + " more years on average, against " + TABLE_WOMEN_E80_YEARS
                + " in the US period life table (examples/calibration/life-tables.published.yaml), and "
                + MEN_REACHING_100_PERCENT + " % of 20-year-old men reach 100. Absolute "
                + "survival, restricted mean survival times and deaths avoided after 80 are overstated. Organism "
                + "parameters drawn from the calibrated posterior (examples/calibration/default-human.posterior.json; "
                + "trial --posterior FILE, run --uncertainty N --posterior FILE) narrow the gap: women who reach 80 "
                + "then live " + POSTERIOR_WOMEN_E80_YEARS + " more years, within the table's tolerance "
                + "of 1.5 years (docs/organism.md, Limitations).";
    }

    /**
     * For deaths read on a skin model (the patch, the mean field, the reduced skin) rather than the
     * organism's calibrated skin compartment: the skin model replaces the compartment and its share of
     * Karin's whole-body noise, so people live longer than the calibrated organism says. Measured
     * (docs/organism.md §8, the flagship's woman from 35, dead by 85; session 19): organism 46 %, reduced
     * skin 21 %, mean field 22 %; the patch-coupled person lives two to four years longer.
     *
     * @param fidelity the skin model, as the report names it
     */
    public static String skinModelSurvival(String fidelity) {
        return "Deaths on a skin model (" + fidelity + "): the skin model takes the place of the organism's calibrated "
                + "skin compartment and of its share of the whole body's noise, and people live longer than on the "
                + "calibrated organism. For a non-smoking woman of 35, 46 % die by 85 on the organism (the UK life table "
                + "gives about as many), 21 % on the reduced skin and 22 % on the mean field; a woman of 45 coupled to the "
                + "lattice patch lives to a median of 88.2 against 83.8 on the organism (measured in session 14). Compare arms within one "
                + "fidelity, and read absolute survival from fidelity: organism (docs/organism.md, section 8).";
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
