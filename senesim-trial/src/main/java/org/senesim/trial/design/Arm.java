package org.senesim.trial.design;

import java.util.List;

/**
 * One arm of a trial: its name, its randomisation weight and the treatment pulses it gives,
 * timed from each person's enrolment.
 */
public record Arm(String name, double weight, List<Pulse> pulses) {

    public Arm {
        pulses = List.copyOf(pulses);
    }
}
