package org.senesim.run;

import org.senesim.engine.MeanFieldSimulation;
import org.senesim.engine.RunResult;
import org.senesim.intervention.MeanFieldSchedule;

/**
 * {@link Fidelity#MEAN_FIELD} (and its weekly screening form): the arm's timeline applied to the
 * mean-field skin coupled to the organism.
 */
final class MeanFieldSimulator implements Simulator {

    static final MeanFieldSimulator INSTANCE = new MeanFieldSimulator();

    private MeanFieldSimulator() {
    }

    @Override
    public ArmRun run(RunSpec spec, RunContext context) {
        if (!spec.fidelity().meanField()) {
            throw new IllegalArgumentException("the mean-field simulator runs fidelity MEAN_FIELD or MEAN_FIELD_WEEKLY, not "
                    + spec.fidelity());
        }
        MeanFieldSchedule schedule = new MeanFieldSchedule(spec.arm(), spec.timeline(), spec.parameters(), spec.person());
        if (spec.fidelity() == Fidelity.MEAN_FIELD_WEEKLY) {
            schedule.screeningWounds();
        }
        RunResult result = MeanFieldSimulation.run(spec.scenario(), spec.parameters(), context.progress(),
                spec.arm().isEmpty() ? null : schedule, context.prefix(), spec.fidelity().meanFieldStrideDays());
        return new ArmRun(spec, spec.scenario(), schedule, result);
    }
}
