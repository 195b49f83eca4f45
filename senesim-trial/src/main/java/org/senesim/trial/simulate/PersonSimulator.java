package org.senesim.trial.simulate;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.senesim.coupling.OrganismInputs;
import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.SenolyticReach;
import org.senesim.random.CounterRandom;
import org.senesim.scenario.Person;
import org.senesim.scenario.Species;
import org.senesim.systemic.Organ;
import org.senesim.systemic.OrganismModel;
import org.senesim.systemic.OrganismSimulation;
import org.senesim.trial.TrialStreams;
import org.senesim.trial.design.Arm;
import org.senesim.trial.design.Endpoint;
import org.senesim.trial.design.Fidelity;
import org.senesim.trial.design.Pulse;
import org.senesim.trial.design.Trial;
import org.senesim.trial.population.Participant;

/**
 * Follows one unit from enrolment: on the organism model (built-in skin compartment), or on a skin
 * fidelity through the run layer ({@link SkinLives}).
 *
 * <p>Common random numbers: the organism's noise, its extrinsic death and the loss to follow-up
 * are keyed by (trial seed, person id), never by the arm, so a person lives the same noise in
 * every arm and differences between arms of the same person are the treatment's.
 */
public final class PersonSimulator {

    private final Trial trial;
    private final ParameterSet base;
    private final long seed;
    private final double stepDays;
    private final Map<String, double[]> kill = new HashMap<>();
    /** The reduced skin's strata (null on other fidelities). */
    final ReducedLives reduced;

    /** @param base registry values after the trial's evidence cut */
    public PersonSimulator(Trial trial, ParameterSet base) {
        this.trial = trial;
        this.base = base;
        this.seed = trial.population().seed();
        this.stepDays = trial.stepDays();
        this.reduced = trial.fidelity() == Fidelity.REDUCED_SKIN ? new ReducedLives(trial, base) : null;
        for (Arm a : trial.arms()) {
            for (Pulse p : a.pulses()) {
                // each organ its own share of the course (SenolyticReach): D+Q spares liver, muscle and brain
                kill.put(p.drug(), SenolyticReach.oralFractions(base, p.killParameter(), Species.HUMAN));
            }
        }
    }

    /** Years from enrolment at which this person is lost to follow-up (infinite: never), the same in every arm. */
    double lossYears(Participant p) {
        double rate = trial.design().lossPerYear();
        if (rate <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double u = CounterRandom.uniformPositive(CounterRandom.key(seed, TrialStreams.LOSS, 0), p.id(), 0);
        return -StrictMath.log(u) / rate;
    }

    /** The person's parameter values: the trial's, with this person's draws (registry or posterior). */
    private ParameterSet parameters(Participant p) {
        return trial.population().parametersOf(p, base, trial.minTier());
    }

    private OrganismModel model(Participant p) {
        return model(p, parameters(p));
    }

    /** The person at enrolment, as the scenario layer's {@link Person} (exposures). */
    static Person person(Participant p) {
        return new Person(Species.HUMAN, p.sex(), p.ageYears(), p.fitzpatrick(), p.latitudeDegrees(),
                p.outdoorHoursPerDay(), 0.0, 0.0, p.smokingPacksPerDay(), p.alcoholDrinksPerWeek(), p.diet());
    }

    /** The person's organism model with their parameter values and exposures. */
    static OrganismModel model(Participant p, ParameterSet parameters) {
        return OrganismModel.builder(parameters)
                .sex(p.sex())
                .exposures(OrganismInputs.exposures(person(p)))
                .build();
    }

    /** The last person started on this thread: their model and starting state, shared by their arms. */
    private record Started(long id, OrganismModel model, OrganismModel.StartingState state) {
    }

    private final ThreadLocal<Started> lastStarted = new ThreadLocal<>();

    /**
     * The person's simulation at enrolment. Their arms differ only in what happens after enrolment
     * (pulses from their own times on), so the model and the quasi-stationary starting state (most
     * of a start's cost) are made once per person and thread and reused while the same person's
     * units follow one another (units come in person and arm order); each start is bit for bit a
     * fresh one.
     */
    private OrganismSimulation start(Participant p) {
        Started s = lastStarted.get();
        if (s == null || s.id() != p.id()) {
            OrganismModel model = model(p);
            s = new Started(p.id(), model, model.startingState(seed, p.id(), p.ageYears()));
            lastStarted.set(s);
        }
        return s.model().start(s.state(), stepDays);
    }

    public UnitRecord simulate(Unit u) {
        Participant who = u.person();
        if (trial.fidelity().skin()) {
            return SkinLives.simulate(trial, u, parameters(who), trial.arms().get(u.arm()).steps(), lossYears(who), seed);
        }
        if (trial.fidelity() == Fidelity.REDUCED_SKIN) {
            return reduced.simulate(u, parameters(who), lossYears(who));
        }
        Participant p = u.person();
        double enrol = p.ageYears();
        List<Pulse> pulses = trial.arms().get(u.arm()).pulses();
        int[] given = new int[pulses.size()];
        double stepYears = stepDays / 365.25;
        return follow(trial, u, start(p), lossYears(p), (sim, elapsed) -> {
            for (int k = 0; k < pulses.size(); k++) {
                Pulse pu = pulses.get(k);
                double next = pu.start(enrol) + given[k] * pu.everyYears();
                // a pulse falls in the step that contains its time (one whose time passed before
                // enrolment is skipped); a single pulse (every 0) once
                while (next < elapsed - 1e-12 && pu.everyYears() > 0) {
                    given[k]++;
                    next += pu.everyYears();
                }
                if (next >= elapsed - 1e-12 && next <= pu.stop(enrol) && next < elapsed + stepYears - 1e-12
                        && (pu.everyYears() > 0 || given[k] == 0)) {
                    double[] fractions = kill.get(pu.drug());
                    for (Organ o : Organ.values()) {
                        if (fractions[o.ordinal()] > 0) {
                            sim.applySenolytic(EnumSet.of(o), fractions[o.ordinal()]);
                        }
                    }
                    given[k]++;
                }
            }
        });
    }

    /**
     * Follows units {@code [from, to)} of {@code units} and writes their records to {@code out} at
     * the same indices: each record the one {@link #simulate(Unit)} gives (on the reduced skin the
     * units go side by side in flat blocks, bit for bit the same).
     */
    public void simulate(List<Unit> units, int from, int to, UnitRecord[] out) {
        if (reduced == null) {
            for (int k = from; k < to; k++) {
                out[k] = simulate(units.get(k));
            }
            return;
        }
        ParameterSet[] parameters = new ParameterSet[to - from];
        double[] loss = new double[to - from];
        for (int k = from; k < to; k++) {
            Participant who = units.get(k).person();
            parameters[k - from] = parameters(who);
            loss[k - from] = lossYears(who);
        }
        reduced.simulate(units, from, to, parameters, loss, out);
    }

    /**
     * Makes what the units will share before they are simulated, spread over the workers: on the
     * reduced skin, the strata these units meet that do not exist yet, one per chunk (each is built
     * from its key alone, so who builds it changes nothing). Without this the workers met the
     * strata in about the same order and waited for each other's builds.
     */
    public void prepare(List<Unit> units, org.senesim.parallel.Workers workers) {
        if (reduced == null) {
            return;
        }
        java.util.LinkedHashSet<ReducedLives.Key> keys = new java.util.LinkedHashSet<>();
        for (Unit u : units) {
            keys.add(ReducedLives.key(u.arm(), u.person()));
        }
        keys.removeIf(reduced::built);
        List<ReducedLives.Key> todo = List.copyOf(keys);
        workers.forChunks(todo.size(), 1, (chunk, a, b) -> {
            for (int k = a; k < b; k++) {
                reduced.stratum(todo.get(k));
            }
        });
    }

    /**
     * Units per work chunk that suit this fidelity, for {@code units} units on {@code threads}
     * threads: on the reduced skin, large chunks (a chunk's units are sorted by stratum into its
     * blocks, so the larger the chunk the fewer strata a block reads), but at least two per thread.
     */
    public int grain(int units, int threads) {
        if (reduced == null) {
            return 16;
        }
        int perThread = (units + 2 * threads - 1) / (2 * Math.max(1, threads));
        return Math.max(ReducedBlock.PEOPLE, Math.min(8 * ReducedBlock.PEOPLE, perThread));
    }

    /** What happens to a person before each step: treatments due in it. */
    interface BeforeStep {
        /** @param elapsed years from enrolment at the start of the step */
        void apply(OrganismSimulation sim, double elapsed);
    }

    /**
     * Follows one unit's organism from enrolment to death, loss or the end of follow-up, reading the
     * endpoints after each step.
     */
    static UnitRecord follow(Trial trial, Unit u, OrganismSimulation sim, double loss, BeforeStep beforeStep) {
        Participant p = u.person();
        double enrol = p.ageYears();
        double followUp = trial.design().followUpYears(enrol);
        double censor = Math.min(followUp, loss);
        List<Endpoint> endpoints = trial.endpoints();
        int m = endpoints.size();
        double[] times = new double[m];
        boolean[] events = new boolean[m];
        java.util.Arrays.fill(times, Double.NaN);
        // threshold endpoints are incident events: a person over the threshold at enrolment is not
        // at risk of it and is left out of its analysis (NULL in the person table)
        boolean[] prevalent = new boolean[m];
        for (int e = 0; e < m; e++) {
            prevalent[e] = endpoints.get(e).timeToEvent() && crossed(sim, endpoints.get(e));
        }
        double elapsed = 0;
        while (sim.alive() && elapsed < censor) {
            beforeStep.apply(sim, elapsed);
            sim.step();
            elapsed = sim.ageYears() - enrol;
            if (!sim.alive() || elapsed > censor) {
                break;
            }
            for (int e = 0; e < m; e++) {
                Endpoint ep = endpoints.get(e);
                if (ep.kind() == Endpoint.Kind.VALUE_AT_AGE) {
                    if (Double.isNaN(times[e]) && sim.ageYears() >= ep.ageYears() && ep.ageYears() >= enrol) {
                        times[e] = value(sim, ep.measure());
                    }
                } else if (!events[e] && !prevalent[e] && crossed(sim, ep)) {
                    events[e] = true;
                    times[e] = elapsed;
                }
            }
        }
        double deathAge = Double.NaN;
        String cause = null;
        double end = Math.min(elapsed, censor);
        if (!sim.alive() && sim.deathAgeYears() - enrol <= censor) {
            deathAge = sim.deathAgeYears();
            cause = sim.deathCause().toString();
            end = deathAge - enrol;
        }
        boolean lost = Double.isNaN(deathAge) && loss < followUp;
        for (int e = 0; e < m; e++) {
            Endpoint ep = endpoints.get(e);
            if (ep.kind() == Endpoint.Kind.DEATH) {
                events[e] = !Double.isNaN(deathAge);
                times[e] = end;
            } else if (ep.timeToEvent() && !events[e] && !prevalent[e]) {
                times[e] = end;
            }
        }
        return new UnitRecord(u, enrol, end, lost, deathAge, cause, times, events);
    }

    private static boolean crossed(OrganismSimulation sim, Endpoint ep) {
        return switch (ep.kind()) {
            case FRAILTY_ABOVE -> sim.frailtyIndex() > ep.threshold();
            case MEMORY_BELOW -> sim.memoryScore() < ep.threshold();
            case GRIP_BELOW -> sim.gripStrengthKg() < ep.threshold();
            default -> false;
        };
    }

    private static double value(OrganismSimulation sim, Endpoint.Measure measure) {
        return switch (measure) {
            case FRAILTY -> sim.frailtyIndex();
            case MEMORY -> sim.memoryScore();
            case GRIP -> sim.gripStrengthKg();
            case TOTAL_BURDEN -> sim.totalBurden();
            case SKIN_SENESCENT_FRACTION -> sim.skinSenescentFraction();
            // refused at load without a skin fidelity
            default -> throw new IllegalStateException(measure + " needs a skin fidelity");
        };
    }
}
