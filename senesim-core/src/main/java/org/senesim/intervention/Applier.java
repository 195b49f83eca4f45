package org.senesim.intervention;

import org.senesim.observe.AppliedSession;
import org.senesim.scenario.Arm;

import java.util.List;

/**
 * A fidelity's applier of a protocol arm, as a run's result shows it: the arm, its timeline and the
 * sessions applied so far. {@link ProtocolSchedule} (lattice patch) and {@link MeanFieldSchedule}
 * (mean-field skin) are the two.
 */
public interface Applier {

    Arm arm();

    /** The arm's events, days from enrolment. */
    Timeline timeline();

    /** The sessions applied so far, in order. */
    List<AppliedSession> applied();
}
