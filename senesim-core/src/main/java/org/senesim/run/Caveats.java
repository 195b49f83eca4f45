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
     * For repeated senolytic courses: in this model each course removes its kill fraction of whatever
     * burden an organ still holds, although the figure is the share of the cell types the drug
     * reaches, which re-form only at those cells' turnover (docs/organism.md, limitations).
     */
    public static String repeatedSenolytics(Collection<String> drugs) {
        return "Repeated courses of " + String.join(", ", drugs) + ": in this model each course removes its kill fraction of "
                + "whatever senescent burden an organ still holds, although that fraction is the share of the cell types the "
                + "drug reaches, which re-form only at those cells' turnover (weeks when young, months when old). Effects of "
                + "long repeated dosing are therefore likely overstated (docs/organism.md, limitations).";
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
