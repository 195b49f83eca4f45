package org.senesim.run;

import org.senesim.engine.MeanFieldSimulation;
import org.senesim.engine.RunResult;
import org.senesim.intervention.MeanFieldSchedule;

/** {@link Fidelity#MEAN_FIELD}: the arm's timeline applied to the mean-field skin coupled to the organism. */
final class MeanFieldSimulator implements Simulator {

    static final MeanFieldSimulator INSTANCE = new MeanFieldSimulator();

    private MeanFieldSimulator() {
    }

    @Override
    public ArmRun run(RunSpec spec, RunContext context) {
        if (spec.fidelity() != Fidelity.MEAN_FIELD) {
            throw new IllegalArgumentException("the mean-field simulator runs fidelity MEAN_FIELD, not " + spec.fidelity());
        }
        MeanFieldSchedule schedule = new MeanFieldSchedule(spec.arm(), spec.timeline(), spec.parameters(), spec.person());
        RunResult result = MeanFieldSimulation.run(spec.scenario(), spec.parameters(), context.progress(),
                spec.arm().isEmpty() ? null : schedule, context.prefix());
        return new ArmRun(spec, spec.scenario(), schedule, result);
    }
}
