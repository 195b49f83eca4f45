package org.senesim.run;

import org.senesim.engine.Checkpoints;
import org.senesim.engine.RunResult;
import org.senesim.engine.TissueSimulation;
import org.senesim.intervention.ProtocolSchedule;
import org.senesim.parallel.Workers;
import org.senesim.scenario.Outputs;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.Units;
import org.senesim.tissue.DailyHook;

import java.io.DataInput;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** {@link Fidelity#PATCH}: compiles the arm against the scenario and runs the coupled patch. */
final class PatchSimulator implements Simulator {

    static final PatchSimulator INSTANCE = new PatchSimulator();

    private PatchSimulator() {
    }

    @Override
    public ArmRun run(RunSpec spec, RunContext context) {
        return run(spec, context, List.of());
    }

    static ArmRun run(RunSpec spec, RunContext context, List<DailyHook> extra) {
        return run(spec, context, extra, null, null);
    }

    static ArmRun run(RunSpec spec, RunContext context, List<DailyHook> extra, Checkpoints checkpoints,
                      DataInput resume) {
        if (spec.fidelity() != Fidelity.PATCH) {
            throw new IllegalArgumentException("the patch simulator runs fidelity PATCH, not " + spec.fidelity());
        }
        ProtocolSchedule schedule = new ProtocolSchedule(spec.arm(), spec.timeline(), spec.parameters(), spec.scenario());
        Scenario asRun = withSnapshotDays(spec.scenario(), schedule.snapshotDays());
        List<DailyHook> hooks = new ArrayList<>();
        // An arm without steps needs no hook; that also lets an untreated mouse run, which has no
        // skin patch for a protocol to act on.
        if (!spec.arm().isEmpty()) {
            hooks.add(schedule);
        }
        hooks.addAll(extra);
        RunResult result;
        try (Workers workers = new Workers(context.threads())) {
            result = TissueSimulation.run(asRun, spec.parameters(), workers, context.progress(), hooks, checkpoints,
                    resume);
        }
        if (!spec.snapshots() && !result.snapshots().isEmpty()) {
            result = new RunResult(result.series(), List.of(), result.summary());
        }
        return new ArmRun(spec, asRun, schedule, result);
    }

    /** The scenario with snapshots added on the given simulated days. */
    static Scenario withSnapshotDays(Scenario s, List<Long> days) {
        if (days.isEmpty()) {
            return s;
        }
        TreeSet<Double> ages = new TreeSet<>(s.outputs().snapshotAgesYears());
        for (long d : days) {
            ages.add(s.person().ageYears() + d / Units.DAYS_PER_YEAR);
        }
        return s.withOutputs(new Outputs(s.outputs().everyDays(), new ArrayList<>(ages)));
    }
}
