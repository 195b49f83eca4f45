package org.senesim.run;

import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.Timeline;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Outputs;
import org.senesim.scenario.Person;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.TissueSpec;

import java.util.List;
import java.util.Objects;

/**
 * One run, fully said: who (the scenario's person), the skin (fidelity and tissue), for how long,
 * what is recorded (outputs), with which parameter values, which seed and evidence cut, and which
 * treatment arm. A run is a pure function of its spec: the same spec gives bit-identical results on
 * any executor and thread count.
 *
 * <p>Today the scenario carries person, tissue, duration, outputs, seed and evidence cut, and the
 * arm carries the protocol, which {@link #timeline()} compiles into dated events. The
 * parameters are the resolved values (registry defaults, overrides, sampled values, evidence
 * filter), so a spec does not depend on the registry a caller happened to load. Everything in a
 * spec is a value that can be written out: the scenario as {@code scenario.resolved.yaml}, the
 * parameters as id → value, the arm by name within the scenario's protocol.
 *
 * @param label      what this run is within its design (e.g. {@code "pre-juvenation, seed 2"}); not an input to the model
 * @param scenario   person, tissue, duration, outputs, seed and evidence cut
 * @param arm        the treatment arm ({@link Arm#noTreatment()} for none)
 * @param parameters the parameter values the run uses
 * @param fidelity   how finely the skin is modelled
 * @param snapshots  whether to take the scenario's and protocol's snapshots (samples and cuts need none)
 */
public record RunSpec(String label, Scenario scenario, Arm arm, ParameterSet parameters, Fidelity fidelity,
                      boolean snapshots) {

    public RunSpec {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(arm, "arm");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(fidelity, "fidelity");
    }

    /** The scenario's run of {@code arm} with {@code parameters} on the lattice patch, snapshots taken. */
    public static RunSpec of(Scenario scenario, Arm arm, ParameterSet parameters) {
        return new RunSpec(arm.name(), scenario, arm, parameters, Fidelity.PATCH, true);
    }

    public long seed() {
        return scenario.seed();
    }

    public Person person() {
        return scenario.person();
    }

    public TissueSpec tissue() {
        return scenario.tissue();
    }

    public double durationDays() {
        return scenario.durationDays();
    }

    /** Simulated days, as the engine counts them. */
    public long days() {
        return Math.round(scenario.durationDays());
    }

    public Outputs outputs() {
        return scenario.outputs();
    }

    /** The evidence cut (null: every tier). */
    public EvidenceTier minTier() {
        return scenario.minTier();
    }

    /**
     * The arm compiled into dated treatment events with this spec's parameters, days from the
     * person's enrolment: what every fidelity's applier reads.
     */
    public Timeline timeline() {
        return Timeline.of(arm, parameters);
    }

    public RunSpec withSeed(long seed) {
        return new RunSpec(label, scenario.withSeed(seed), arm, parameters, fidelity, snapshots);
    }

    public RunSpec withParameters(ParameterSet p) {
        return new RunSpec(label, scenario, arm, p, fidelity, snapshots);
    }

    /**
     * The same run on another skin model. A mean-field run of a spec:
     * {@code Simulator.byFidelity().run(spec.withFidelity(Fidelity.MEAN_FIELD), RunContext.single())}
     * (or any executor with {@link Simulator#byFidelity()}): the same person, tissue geometry, arm,
     * parameters and seed, the same time-series columns, no snapshots.
     */
    public RunSpec withFidelity(Fidelity f) {
        return new RunSpec(label, scenario, arm, parameters, f, f == Fidelity.PATCH && snapshots);
    }

    public RunSpec withLabel(String l) {
        return new RunSpec(l, scenario, arm, parameters, fidelity, snapshots);
    }

    /** The same run without snapshots (the scenario's snapshot ages dropped, none added for the protocol). */
    public RunSpec withoutSnapshots() {
        Scenario s = scenario;
        Scenario none = s.withOutputs(new Outputs(s.outputs().everyDays(), List.of()));
        return new RunSpec(label, none, arm, parameters, fidelity, false);
    }
}
