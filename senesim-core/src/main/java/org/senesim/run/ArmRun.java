package org.senesim.run;

import org.senesim.engine.RunResult;
import org.senesim.scenario.Arm;
import org.senesim.intervention.Applier;
import org.senesim.scenario.Scenario;

/**
 * What one run produced.
 *
 * @param spec     the spec it ran
 * @param scenario the scenario as run (snapshots asked for by the protocol added)
 * @param schedule the protocol as applied by the run's fidelity (sessions)
 * @param result   time series, snapshots (none when the spec asked for none) and summary
 */
public record ArmRun(RunSpec spec, Scenario scenario, Applier schedule, RunResult result) {

    /** The treatment arm that ran. */
    public Arm arm() {
        return spec.arm();
    }
}
