package org.senesim.run;

import org.senesim.engine.Checkpoints;
import org.senesim.tissue.DailyHook;

import java.io.DataInput;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs one spec. A simulator is a pure function of the spec: the context (threads, progress)
 * changes how fast, never what. Executors call it from several threads at once, so an
 * implementation keeps no state between runs.
 */
@FunctionalInterface
public interface Simulator {

    /** Runs the spec to its end (or the person's death) and returns what it observed. */
    ArmRun run(RunSpec spec, RunContext context);

    /** The simulator of {@link Fidelity#PATCH}: the lattice patch coupled to the organism. */
    static Simulator patch() {
        return PatchSimulator.INSTANCE;
    }

    /** The simulator of {@link Fidelity#MEAN_FIELD}: the mean-field skin coupled to the organism. */
    static Simulator meanField() {
        return MeanFieldSimulator.INSTANCE;
    }

    /** The simulator of one fidelity. */
    static Simulator of(Fidelity fidelity) {
        return switch (fidelity) {
            case PATCH -> patch();
            case MEAN_FIELD, MEAN_FIELD_WEEKLY -> meanField();
        };
    }

    /**
     * Runs every spec with the simulator of its own {@link RunSpec#fidelity()}: how a design that
     * mixes fidelities, or a caller that lets its specs choose, runs. To ask a cheaper skin the same
     * question, {@code spec.withFidelity(Fidelity.MEAN_FIELD)} and run it with this simulator.
     */
    static Simulator byFidelity() {
        return (spec, context) -> of(spec.fidelity()).run(spec, context);
    }

    /**
     * The lattice patch saving checkpoints as it goes and, given {@code resume}, continuing from one
     * (a single long run: {@code senesim run --checkpoint-every}, {@code senesim resume}). It is made
     * for one run: the resume state is read once.
     */
    static Simulator patch(Checkpoints checkpoints, DataInput resume) {
        return (spec, context) -> PatchSimulator.run(spec, context, List.of(), checkpoints, resume);
    }

    /**
     * The lattice patch with extra hooks acting on it before each day after the protocol's (a
     * validation's pulse-chase label, a test's probe). The supplier gives every run fresh hooks,
     * so hooks with state are not shared between runs on different threads.
     */
    static Simulator withPatchHooks(Supplier<List<DailyHook>> hooks) {
        return (spec, context) -> PatchSimulator.run(spec, context, hooks.get());
    }
}
