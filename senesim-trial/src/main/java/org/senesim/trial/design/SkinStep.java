package org.senesim.trial.design;

import java.util.Map;

/**
 * A treatment of a trial arm on a skin fidelity (mean-field skin or lattice patch): any catalog
 * entry as a protocol step of a scenario (docs/scenario.md, "protocol"), timed from each person's
 * enrolment, compiled per person into the run layer's treatment timeline.
 *
 * @param kind       the step's key: device, drug, cells, therapy or lifestyle
 * @param entry      catalog id
 * @param startYears first session, years after enrolment (NaN when {@code startAge} is given)
 * @param everyYears interval between sessions in years (0: one session)
 * @param stopYears  last possible session, years after enrolment (NaN when {@code stopAge} is given)
 * @param startAge   first session at this age whatever the enrolment age (NaN: use startYears)
 * @param stopAge    last possible session at this age (NaN: use stopYears)
 * @param route      the route (null: the entry's first)
 * @param settings   settings as written (value text with its unit, e.g. {@code "5 mJ"})
 */
public record SkinStep(String kind, String entry, double startYears, double everyYears, double stopYears,
                       double startAge, double stopAge, String route, Map<String, String> settings) {

    public SkinStep {
        settings = Map.copyOf(settings);
    }

    /** Age of the first session for someone enrolled at {@code enrolment}. */
    public double startAge(double enrolment) {
        return Double.isNaN(startAge) ? enrolment + startYears : startAge;
    }

    /** Age of the last possible session for someone enrolled at {@code enrolment}. */
    public double stopAge(double enrolment) {
        return Double.isNaN(stopAge) ? enrolment + stopYears : stopAge;
    }
}
