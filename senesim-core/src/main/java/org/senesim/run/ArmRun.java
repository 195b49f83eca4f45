package org.senesim.run;

import org.senesim.engine.RunResult;
import org.senesim.intervention.Applier;
import org.senesim.observe.AppliedSession;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Scenario;

import java.util.List;

/**
 * What one run produced.
 *
 * @param spec     the spec it ran
 * @param scenario the scenario as run (snapshots asked for by the protocol added)
 * @param schedule the protocol as applied by the run's fidelity (sessions)
 * @param result   time series, snapshots (none when the spec asked for none) and summary
 */
public record ArmRun(RunSpec spec, Scenario scenario, Applier schedule, RunResult result) {

    /** The sessions as applied, in order: what reports read of the treatments (never the applier itself). */
    public List<AppliedSession> applied() {
        return schedule.applied();
    }

    /** The treatment arm that ran. */
    public Arm arm() {
        return spec.arm();
    }
}
