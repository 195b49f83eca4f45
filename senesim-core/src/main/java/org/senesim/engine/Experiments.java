package org.senesim.engine;

import org.senesim.scenario.Experiment;
import org.senesim.scenario.Scenario;
import org.senesim.systemic.Organ;
import org.senesim.systemic.OrganismEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * A scenario's {@code experiments:} (checked by the scenario loader) as organism events: into the
 * skin they reach the live patch (as senescent fibroblasts) through the organism's skin source, so
 * any effect on distant organs goes through the blood; {@code body} spreads them over all organs.
 */
public final class Experiments {

    private Experiments() {
    }

    /** The scenario's injections as organism events, in order of age. */
    public static List<OrganismEvent> of(Scenario scenario) {
        List<OrganismEvent> events = new ArrayList<>();
        for (Experiment e : scenario.experiments()) {
            Organ organ = e.into().equals("body") ? null : Organ.parse(e.into());
            events.add(new OrganismEvent.Injection(e.ageYears(), organ, e.cells()));
        }
        events.sort((a, b) -> Double.compare(a.ageYears(), b.ageYears()));
        return events;
    }
}
