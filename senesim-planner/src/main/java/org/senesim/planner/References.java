package org.senesim.planner;

import org.senesim.intervention.Flagship;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Course;
import org.senesim.scenario.Protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * What a chosen plan is judged against: no treatment, and the reactive pattern of the flagship
 * comparison (treating once visible aging has set in), taken from the flagship scenario itself so
 * that the planner and {@code senesim run} mean the same thing by "reactive".
 */
final class References {

    /** The flagship's arm of the reactive pattern. */
    static final String REACTIVE = "reactive";

    private References() {
    }

    /**
     * No treatment, and the reactive arm when its every session falls inside the person's
     * follow-up (a person enrolled after the reactive age has no reactive reference).
     */
    static List<Arm> arms(double startAge, double endAge) {
        Protocol flagship = Flagship.scenario().protocol();
        List<Arm> out = new ArrayList<>(List.of(flagship.arm(Arm.NO_TREATMENT)));
        Arm reactive = flagship.arm(REACTIVE);
        boolean inside = reactive != null && !reactive.courses().isEmpty();
        if (inside) {
            for (Course c : reactive.courses()) {
                inside &= c.startAgeYears() >= startAge && c.startAgeYears() < endAge;
            }
        }
        if (inside) {
            out.add(reactive);
        }
        return out;
    }
}
