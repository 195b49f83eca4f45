package org.senesim.trial.design;

import java.util.List;

/**
 * One arm of a trial: its name, its randomisation weight and its treatments, timed from each
 * person's enrolment: senolytic pulses on the organism model, protocol steps on a skin fidelity.
 */
public record Arm(String name, double weight, List<Pulse> pulses, List<SkinStep> steps) {

    public Arm {
        pulses = List.copyOf(pulses);
        steps = List.copyOf(steps);
    }

    /** An arm of pulses (organism model). */
    public Arm(String name, double weight, List<Pulse> pulses) {
        this(name, weight, pulses, List.of());
    }
}
