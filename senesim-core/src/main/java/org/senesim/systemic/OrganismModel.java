package org.senesim.systemic;

import org.senesim.evidence.ParameterSet;
import org.senesim.observe.SummaryItem;
import org.senesim.observe.TimeSeries;
import org.senesim.scenario.Sex;
import org.senesim.scenario.Species;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.StepNormalizer;
import org.hipparchus.ode.sampling.StepNormalizerBounds;
import org.hipparchus.ode.sampling.StepNormalizerMode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The organism model: senescent burden in skin, liver, skeletal muscle, brain (hippocampus) and the
 * rest of the body, coupled through blood SASP, cleared by a saturating immune removal (Karin et al.
 * 2019), with mortality, grip strength, memory and frailty as outcomes. Built from a
 * {@link ParameterSet} for one species, sex and set of exposures; immutable and thread-safe (each
 * simulation it starts holds its own state).
 *
 * <pre>{@code
 * OrganismModel model = OrganismModel.builder(ParameterRegistry.builtIn().defaults())
 *         .species(Species.HUMAN).sex(Sex.FEMALE).build();
 * OrganismRun run = model.simulate(42L, 20, 110, 1.0, List.of());
 * }</pre>
 */
public final class OrganismModel {

    private final OrganismParameters parameters;
    private final Exposures exposures;
    private final Function<OrganismParameters, SkinSource> skinFactory;

    private OrganismModel(Builder b) {
        OrganismParameters p = OrganismParameters.resolve(b.set, b.species, b.sex);
        this.parameters = b.noise ? p : p.withoutNoise();
        this.exposures = b.exposures;
        this.skinFactory = b.skinFactory;
    }

    /** A builder with human, male, reference exposures, noise on and the built-in skin. */
    public static Builder builder(ParameterSet set) {
        return new Builder(set);
    }

    public OrganismParameters parameters() {
        return parameters;
    }

    public Exposures exposures() {
        return exposures;
    }

    /**
     * Starts one person for step-by-step driving (entity 0 of the random streams unless given).
     * The skin is the builder's skin source, or the built-in compartment.
     */
    public OrganismSimulation start(long seed, long entity, double startAgeYears, double dtDays) {
        SkinSource skin = skinFactory == null ? null : skinFactory.apply(parameters);
        return new OrganismSimulation(parameters, exposures, seed, entity, startAgeYears, dtDays, skin);
    }

    /**
     * The starting state of person {@code entity} at an age, computed once (the quasi-stationary
     * state is most of the cost of starting a person), to {@link #start(StartingState, double)} the
     * same person several times: the arms of a trial person, which differ only in what happens
     * after enrolment. Each start is bit for bit {@code start(seed, entity, startAgeYears, dtDays)}.
     */
    public StartingState startingState(long seed, long entity, double startAgeYears) {
        return new StartingState(this, seed, entity, startAgeYears,
                OrganismSimulation.startingState(parameters, exposures, seed, entity, startAgeYears));
    }

    /** Starts the person of {@code state} (made by this model) with the builder's skin. */
    public OrganismSimulation start(StartingState state, double dtDays) {
        if (state.model() != this) {
            throw new IllegalArgumentException("the starting state was made by another model");
        }
        SkinSource skin = skinFactory == null ? null : skinFactory.apply(parameters);
        return new OrganismSimulation(parameters, exposures, state.seed(), state.entity(), state.ageYears(), dtDays,
                skin, state.x());
    }

    /**
     * Starts the person of {@code state} (made by this model) with an explicit skin source: bit for
     * bit {@link #start(long, long, double, double, SkinSource)} with the state's seed, entity and age.
     */
    public OrganismSimulation start(StartingState state, double dtDays, SkinSource skin) {
        if (state.model() != this) {
            throw new IllegalArgumentException("the starting state was made by another model");
        }
        return new OrganismSimulation(parameters, exposures, state.seed(), state.entity(), state.ageYears(), dtDays,
                Objects.requireNonNull(skin, "skin"), state.x());
    }

    /** A person's starting state at an age, for {@link #start(StartingState, double)}; immutable. */
    public static final class StartingState {
        private final OrganismModel model;
        private final long seed;
        private final long entity;
        private final double ageYears;
        private final double[] x;

        private StartingState(OrganismModel model, long seed, long entity, double ageYears, double[] x) {
            this.model = model;
            this.seed = seed;
            this.entity = entity;
            this.ageYears = ageYears;
            this.x = x;
        }

        OrganismModel model() {
            return model;
        }

        public long seed() {
            return seed;
        }

        public long entity() {
            return entity;
        }

        public double ageYears() {
            return ageYears;
        }

        /** The state itself, never handed out (the simulation copies it). */
        double[] x() {
            return x;
        }
    }

    /** Starts one person with an explicit skin source (e.g. an adapter around a tissue patch). */
    public OrganismSimulation start(long seed, long entity, double startAgeYears, double dtDays, SkinSource skin) {
        return new OrganismSimulation(parameters, exposures, seed, entity, startAgeYears, dtDays,
                Objects.requireNonNull(skin, "skin"));
    }

    /**
     * The reference person of a reduced skin model: this model's parameters with the noise off,
     * stepped with {@code skin}, and never dying (death does not act back on the burdens, so the
     * path simply continues to any age). A reduced skin (e.g. {@code meanfield.ReducedMeanFieldSkin})
     * tabulates the slowly varying part of its full model along this path.
     */
    public OrganismSimulation startReference(double startAgeYears, double dtDays, SkinSource skin) {
        OrganismSimulation sim = new OrganismSimulation(parameters.noise() ? parameters.withoutNoise() : parameters,
                exposures, 0L, 0L, startAgeYears, dtDays, Objects.requireNonNull(skin, "skin"));
        sim.immortal();
        return sim;
    }

    /**
     * Simulates one life from {@code startAgeYears} to {@code endAgeYears} (or death) at fixed steps
     * of {@code dtDays}, recording every step.
     */
    public OrganismRun simulate(long seed, double startAgeYears, double endAgeYears, double dtDays,
                                List<OrganismEvent> events) {
        return simulate(seed, 0L, startAgeYears, endAgeYears, dtDays, 1, events);
    }

    /**
     * Simulates one life, recording every {@code recordEverySteps}-th step (and the last one).
     *
     * @param entity the person's entity number in the random streams (person {@code i} of a cohort
     *               with the same seed follows the identical path)
     */
    public OrganismRun simulate(long seed, long entity, double startAgeYears, double endAgeYears, double dtDays,
                                int recordEverySteps, List<OrganismEvent> events) {
        if (!(endAgeYears > startAgeYears)) {
            throw new IllegalArgumentException("end age " + endAgeYears + " must exceed start age " + startAgeYears);
        }
        if (recordEverySteps < 1) {
            throw new IllegalArgumentException("recordEverySteps must be >= 1");
        }
        OrganismSimulation sim = start(seed, entity, startAgeYears, dtDays);
        List<OrganismEvent> pending = new ArrayList<>(events);
        pending.sort(Comparator.comparingDouble(OrganismEvent::ageYears));
        int next = 0;
        long steps = stepsBetween(startAgeYears, endAgeYears, dtDays);
        TimeSeries series = new TimeSeries(OrganismColumns.ALL);
        double[] row = new double[OrganismColumns.ALL.size()];
        Tracker tracker = new Tracker(parameters);
        for (long s = 0; ; s++) {
            double age = sim.ageYears();
            while (sim.alive() && next < pending.size() && pending.get(next).ageYears() <= age + 1e-9) {
                sim.apply(pending.get(next++));
            }
            boolean last = s == steps || !sim.alive();
            sim.observe(row);
            tracker.observe(age, row);
            if (s % recordEverySteps == 0 || last) {
                series.append(s * dtDays, age, row);
            }
            if (last) {
                break;
            }
            sim.step();
        }
        return new OrganismRun(series, tracker.summary(sim), sim.deathAgeYears(), sim.deathCause());
    }

    /** Number of steps of {@code dtDays} from one age to another (rounded up). */
    public static long stepsBetween(double fromYears, double toYears, double dtDays) {
        return (long) Math.ceil((toYears - fromYears) * OrganismParameters.DAYS_PER_YEAR / dtDays - 1e-9);
    }

    /**
     * The deterministic skeleton (noise off, no events) from {@code startAgeYears} to
     * {@code endAgeYears}, integrated by Hipparchus' Dormand–Prince 8(5,3) with tight tolerances and
     * sampled every {@code sampleDays}. Starts from the fixed point of the drift at the start age.
     */
    public TimeSeries deterministicPath(double startAgeYears, double endAgeYears, double sampleDays) {
        OrganismParameters quiet = parameters.noise() ? parameters.withoutNoise() : parameters;
        OrganismEquations eq = new OrganismEquations(quiet, startAgeYears, exposures);
        double[] y0 = skeletonInitialState(startAgeYears);
        double endDays = (endAgeYears - startAgeYears) * OrganismParameters.DAYS_PER_YEAR;
        TimeSeries series = new TimeSeries(OrganismColumns.ALL);
        double[] row = new double[OrganismColumns.ALL.size()];
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-6, 30.0, 1e-10, 1e-9);
        integrator.addStepHandler(new StepNormalizer(sampleDays, (state, isLast) -> {
            double age = eq.age(state.getTime());
            OrganismColumns.observe(quiet, state.getPrimaryState(), age, row);
            series.append(state.getTime(), age, row);
        }, StepNormalizerMode.MULTIPLES, StepNormalizerBounds.BOTH));
        integrator.integrate(new DeterministicSkeleton(eq), new ODEState(0.0, y0), endDays);
        return series;
    }

    /**
     * Starting state of the deterministic skeleton at an age: each organ at the fixed point of its
     * drift, loads equal to their burdens, log stem-cell reserve; components as in
     * {@link OrganismEquations}.
     */
    public double[] skeletonInitialState(double startAgeYears) {
        OrganismParameters quiet = parameters.noise() ? parameters.withoutNoise() : parameters;
        return QuasiStationary.state(quiet, quiet.productionScale(exposures), startAgeYears);
    }

    /**
     * A cohort of {@code size} identical people (entities {@code 0 .. size−1}) for the
     * struct-of-arrays stepper; person {@code i} follows exactly the path of
     * {@code simulate(seed, i, ...)} with the built-in skin.
     */
    public OrganismCohort cohort(long seed, int size, double startAgeYears, double dtDays) {
        return new OrganismCohort(parameters, exposures, seed, size, startAgeYears, dtDays);
    }

    /**
     * A cohort whose skin is {@code skin} (a fresh instance, serving this cohort only) instead of
     * the built-in compartment, e.g. {@code meanfield.ReducedMeanFieldSkin}. Person {@code i} follows
     * exactly the path of {@code start(seed, i, startAgeYears, dtDays, source)} stepped one step at a
     * time, where {@code source} is a {@link SkinSource} doing the cohort skin's arithmetic for one
     * person.
     */
    public OrganismCohort cohort(long seed, int size, double startAgeYears, double dtDays, CohortSkin skin) {
        return new OrganismCohort(parameters, exposures, seed, size, startAgeYears, dtDays,
                Objects.requireNonNull(skin, "skin"));
    }

    /**
     * People {@code first .. first + size − 1} of a cohort (entities of the random streams), for the
     * run layer's cohort design, which splits a cohort into such blocks and runs them side by side;
     * person {@code first + i} follows the path of the same person in {@link #cohort}. With a skin,
     * the skin is shared by the cohort's blocks: the caller has started it for the whole cohort
     * (everyone's starting burden {@code skinStart}) and prepares each batch of steps before the
     * blocks advance ({@link CohortSkin}).
     */
    public OrganismCohort cohortBlock(long seed, int first, int size, double startAgeYears, double dtDays,
                                      CohortSkin skin, double skinStart) {
        return new OrganismCohort(parameters, exposures, seed, first, size, startAgeYears, dtDays, skin, false,
                skinStart);
    }

    /** Fluent construction. */
    public static final class Builder {
        private final ParameterSet set;
        private Species species = Species.HUMAN;
        private Sex sex = Sex.MALE;
        private Exposures exposures = Exposures.REFERENCE;
        private boolean noise = true;
        private Function<OrganismParameters, SkinSource> skinFactory;

        private Builder(ParameterSet set) {
            this.set = Objects.requireNonNull(set, "set");
        }

        public Builder species(Species s) {
            this.species = Objects.requireNonNull(s);
            return this;
        }

        public Builder sex(Sex s) {
            this.sex = Objects.requireNonNull(s);
            return this;
        }

        public Builder exposures(Exposures e) {
            this.exposures = Objects.requireNonNull(e);
            return this;
        }

        /** Switches the noise off: the deterministic skeleton, stepped. */
        public Builder noise(boolean on) {
            this.noise = on;
            return this;
        }

        /** A skin source per simulated person instead of the built-in skin compartment. */
        public Builder skin(Function<OrganismParameters, SkinSource> factory) {
            this.skinFactory = factory;
            return this;
        }

        public OrganismModel build() {
            return new OrganismModel(this);
        }
    }

    /** Running maxima and first passages for the summary. */
    private static final class Tracker {
        private final OrganismParameters p;
        private final double frailCutoff;
        private double maxTotal = Double.NEGATIVE_INFINITY;
        private double peakGrip = Double.NEGATIVE_INFINITY;
        private double ageFrail = Double.NaN;
        private final double[] last = new double[OrganismColumns.ALL.size()];

        Tracker(OrganismParameters p) {
            this.p = p;
            this.frailCutoff = p.frailtyCutoff;
        }

        void observe(double age, double[] row) {
            maxTotal = Math.max(maxTotal, row[OrganismColumns.BURDEN_TOTAL]);
            double grip = row[OrganismColumns.GRIP_STRENGTH];
            if (!Double.isNaN(grip)) {
                peakGrip = Math.max(peakGrip, grip);
            }
            if (Double.isNaN(ageFrail) && row[OrganismColumns.FRAILTY_INDEX] >= frailCutoff) {
                ageFrail = age;
            }
            System.arraycopy(row, 0, last, 0, row.length);
        }

        List<SummaryItem> summary(OrganismSimulation sim) {
            List<SummaryItem> s = new ArrayList<>();
            s.add(new SummaryItem("age_at_death", "Age at death", sim.deathAgeYears(), "years",
                    "Age at death; NaN when alive at the end of the run."));
            s.add(new SummaryItem("death_cause", "Cause of death", sim.deathCause().code(), SummaryItem.CATEGORY,
                    DeathCause.LEGEND));
            s.add(new SummaryItem("age_end", "Age at end of run", sim.ageYears(), "years",
                    "Age at the last step (the death step for a death)."));
            s.add(new SummaryItem("total_burden_end", "Whole-body burden at end", last[OrganismColumns.BURDEN_TOTAL], "1",
                    "Karin's X at the last step."));
            s.add(new SummaryItem("total_burden_max", "Highest whole-body burden", maxTotal, "1",
                    "Largest whole-body burden observed."));
            s.add(new SummaryItem("grip_strength_peak", "Peak grip strength", p.species == Species.HUMAN ? peakGrip
                    : Double.NaN, "kg", "Highest grip strength observed (humans only)."));
            s.add(new SummaryItem("grip_strength_end", "Grip strength at end", last[OrganismColumns.GRIP_STRENGTH], "kg",
                    "Grip strength at the last step (humans only)."));
            s.add(new SummaryItem("memory_score_end", "Memory score at end", last[OrganismColumns.MEMORY_SCORE], "SD",
                    "Memory in SD from the young-adult mean at the last step."));
            s.add(new SummaryItem("frailty_index_end", "Frailty index at end", last[OrganismColumns.FRAILTY_INDEX], "1",
                    "Proportion of deficits at the last step."));
            s.add(new SummaryItem("age_frail", "Age of becoming frail", ageFrail, "years",
                    "First age with frailty index at or above the frailty cut-off; NaN if never."));
            return s;
        }
    }
}
