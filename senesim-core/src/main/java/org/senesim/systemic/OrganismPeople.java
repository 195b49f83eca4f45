package org.senesim.systemic;

import java.util.Arrays;

/**
 * Different people advanced together, one step at a time for all, on the caller's thread: the
 * struct-of-arrays state of {@link OrganismCohort}, but each person with their own model (parameters,
 * exposures), start age, random streams (seed and entity) and {@link SkinSource}, as trial people
 * are. Person {@code i} follows bit for bit the path of {@code model.start(state, dtDays, skin)} on
 * {@link OrganismSimulation} given the same senolytic doses before the same steps: each person's
 * step is {@link FlatOrganismStep}, which the cohort stepper shares (its tests hold it to the single
 * person). What it leaves out, so callers take the single path
 * for it: exposure changes after the start, continuous senolytic rates, blood-SASP factors,
 * injections, stem-cell therapy and immortal reference people.
 *
 * <p>All people start at step 0 together; the caller may stop stepping a person at any time
 * ({@link #stop}: censored), the dead stop by themselves. What one person gets never depends on who
 * else is in the block, so any grouping of people gives the same numbers.
 */
public final class OrganismPeople {

    private static final int LM = OrganismEquations.LOAD_MUSCLE;
    private static final int LB = OrganismEquations.LOAD_BRAIN;
    private static final int LT = OrganismEquations.LOAD_TOTAL;
    private static final int RES = OrganismEquations.RESERVE;
    private static final int TG = OrganismEquations.TRAIT_GRIP_PEAK;
    private static final int TP = OrganismEquations.TRAIT_PRODUCTION;
    private static final int SKIN = Organ.SKIN.ordinal();
    private static final int N = Organ.COUNT;

    private final double dt;
    private final int capacity;
    /** Whether the skins read {@link SkinStep#stemCellReserve} (false: NaN is passed, one exponential less per person-step). */
    private final boolean reserveToSkin;
    private int size;
    private long step;

    // ---- per person
    private final OrganismParameters[] par;
    private final Exposures[] exposures;
    private final SkinSource[] skin;
    private final long[] seed;
    private final long[] entity;
    private final double[] startAge;
    private final double[] extrinsicAge;
    private final double[] deathAge;
    /** 0 alive, else the death cause's code. */
    private final byte[] cause;
    private final boolean[] stopped;
    private final boolean[] drawOwn;
    /** scale[i][o]: production multiplier of organ o for person i. */
    private final double[][] scale;
    /** twin[i][o]: an earlier organ with the same equations for person i ({@link FlatOrganismStep#twins}), or −1. */
    private final int[][] twin;
    /** Per person {@link FlatOrganismStep#coefficients} for this block's step. */
    private final double[][] coefficient;
    /** Per person {a, b} of the production factor's Ornstein-Uhlenbeck step, or null when it is lifelong. */
    private final double[][] wander;
    /** Trial people take no continuous senolytic (their callers take the single path for it). */
    private static final double[] NO_SENOLYTIC = new double[N];
    private final FlatOrganismStep kernel = new FlatOrganismStep();
    /** state[c][i]: component c of person i. */
    private final double[][] state = new double[OrganismEquations.DIMENSION][];

    /**
     * A block for up to {@code capacity} people stepped {@code dtDays} at a time.
     *
     * @param reserveToSkin false when every skin source ignores {@link SkinStep#stemCellReserve}
     *                      (the reduced mean-field skin's people do): it then gets NaN instead of
     *                      {@code e^{ln R}}, which changes nothing else
     */
    public OrganismPeople(int capacity, double dtDays, boolean reserveToSkin) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
        }
        if (!(dtDays > 0) || Double.isInfinite(dtDays)) {
            throw new IllegalArgumentException("dtDays must be finite and > 0, got " + dtDays);
        }
        this.capacity = capacity;
        this.dt = dtDays;
        this.reserveToSkin = reserveToSkin;
        par = new OrganismParameters[capacity];
        exposures = new Exposures[capacity];
        skin = new SkinSource[capacity];
        seed = new long[capacity];
        entity = new long[capacity];
        startAge = new double[capacity];
        extrinsicAge = new double[capacity];
        deathAge = new double[capacity];
        cause = new byte[capacity];
        stopped = new boolean[capacity];
        drawOwn = new boolean[capacity];
        scale = new double[capacity][];
        twin = new int[capacity][];
        coefficient = new double[capacity][];
        wander = new double[capacity][];
        for (int c = 0; c < state.length; c++) {
            state[c] = new double[capacity];
        }
    }

    /**
     * Adds a person before the first step: {@code model}'s parameters and exposures, the starting
     * state it made, and the person's own skin source ({@code model.start(state, dtDays, skin)}).
     *
     * @return the person's index in the block
     */
    public int add(OrganismModel model, OrganismModel.StartingState start, SkinSource skinSource) {
        if (step != 0) {
            throw new IllegalStateException("people join before the first step");
        }
        if (size == capacity) {
            throw new IllegalStateException("the block holds " + capacity + " people");
        }
        if (start.model() != model) {
            throw new IllegalArgumentException("the starting state was made by another model");
        }
        int i = size++;
        OrganismParameters p = model.parameters();
        par[i] = p;
        exposures[i] = model.exposures();
        skin[i] = java.util.Objects.requireNonNull(skinSource, "skin");
        seed[i] = start.seed();
        entity[i] = start.entity();
        double age = start.ageYears();
        startAge[i] = age;
        double[] x = start.x();
        for (int c = 0; c < state.length; c++) {
            state[c][i] = x[c];
        }
        state[SKIN][i] = skinSource.start(age, x[SKIN]);
        extrinsicAge[i] = OrganismSimulation.extrinsicDeathAge(p, seed[i], entity[i], age);
        deathAge[i] = Double.NaN;
        cause[i] = 0;
        stopped[i] = false;
        double[] s = p.productionScale(exposures[i]);
        scale[i] = s;
        drawOwn[i] = FlatOrganismStep.drawsOwnNoise(p);
        // the skin is external, so nobody's twin
        twin[i] = FlatOrganismStep.twins(p, s, NO_SENOLYTIC, true);
        coefficient[i] = FlatOrganismStep.coefficients(p, dt);
        wander[i] = p.productionWander(dt);
        return i;
    }

    public int size() {
        return size;
    }

    /** Steps taken so far (the same for everyone). */
    public long stepIndex() {
        return step;
    }

    /** No more steps for this person (censored); their state stays as it is. */
    public void stop(int i) {
        stopped[i] = true;
    }

    /** Whether person {@code i} is still stepped: alive and not stopped. */
    public boolean running(int i) {
        return cause[i] == 0 && !stopped[i];
    }

    public boolean alive(int i) {
        return cause[i] == 0;
    }

    /** Age of person {@code i} now (after {@link #stepIndex} steps), as {@link OrganismSimulation#ageYears}. */
    public double ageYears(int i) {
        return startAge[i] + (step * dt) / OrganismParameters.DAYS_PER_YEAR;
    }

    public double deathAgeYears(int i) {
        return deathAge[i];
    }

    public DeathCause deathCause(int i) {
        return DeathCause.ofCode(cause[i]);
    }

    /** One senolytic dose to one organ of person {@code i}, as {@link OrganismSimulation#applySenolytic}. */
    public void applySenolytic(int i, Organ organ, double killFraction) {
        if (!(killFraction >= 0 && killFraction <= 1)) {
            throw new IllegalArgumentException("killFraction must lie in [0, 1], got " + killFraction);
        }
        int o = organ.ordinal();
        OrganismEquations.kill(state[o], i, state[OrganismEquations.REACHABLE + o], i, killFraction);
        if (o == SKIN) {
            skin[i].kill(killFraction);
        }
    }

    public double frailtyIndex(int i) {
        return OrganismOutcomes.frailtyIndex(par[i], state[LT][i]);
    }

    public double memoryScore(int i) {
        return OrganismOutcomes.memoryScore(par[i], state[LB][i]);
    }

    public double gripStrengthKg(int i) {
        return OrganismOutcomes.gripStrengthKg(par[i], state[LM][i], state[TG][i]);
    }

    /** Whole-body burden {@code Σ w_o·X_o}, as {@link OrganismParameters#totalBurden}. */
    public double totalBurden(int i) {
        double[] w = par[i].weight;
        double t = 0;
        for (int o = 0; o < N; o++) {
            t += w[o] * state[o][i];
        }
        return t;
    }

    public double skinSenescentFraction(int i) {
        return par[i].skinFractionFromBurden(state[SKIN][i]);
    }

    /** Advances every running person by one step. */
    public void step() {
        final long n = step;
        final double tStart = n * dt;
        final double tMid = n * dt + 0.5 * dt;
        final double tEnd = (n + 1) * dt;
        final FlatOrganismStep kernel = this.kernel;
        for (int i = 0; i < size; i++) {
            if (cause[i] != 0 || stopped[i]) {
                continue;
            }
            final OrganismParameters p = par[i];
            double a0 = startAge[i];
            double age = a0 + tStart / OrganismParameters.DAYS_PER_YEAR;
            double ageMid = a0 + tMid / OrganismParameters.DAYS_PER_YEAR;
            double ageEnd = a0 + tEnd / OrganismParameters.DAYS_PER_YEAR;
            double immune = p.immuneCapacity(age);
            double immuneMid = p.immuneCapacity(ageMid);
            kernel.begin(p, state, i);
            // the skin steps on the start-of-step values; the other organs see its start-of-step
            // burden within the step (as OrganismSimulation with a SkinSource)
            double logReserve = state[RES][i];
            double skinNext = skin[i].advance(new SkinStep(seed[i], entity[i], n, age, dt, kernel.bloodSasp(), immune,
                    reserveToSkin ? StrictMath.exp(logReserve) : Double.NaN, 0.0, exposures[i], state[TP][i],
                    kernel.wholeBodyBurden()));
            kernel.finish(p, state, i, dt, age, ageMid, immune, immuneMid, FlatOrganismStep.noiseKey(seed[i], n),
                    entity[i], drawOwn[i], scale[i], twin[i], NO_SENOLYTIC, coefficient[i], true, skinNext);
            if (wander[i] != null) {
                FlatOrganismStep.wander(state, i, wander[i], seed[i], n, entity[i]);
            }
            int ending = kernel.ending(p, extrinsicAge[i], ageEnd, seed[i], entity[i], n, dt, state[OrganismEquations.TRAIT_NOISE][i]);
            if (ending != FlatOrganismStep.LIVES) {
                die(i, FlatOrganismStep.deathAge(ending, extrinsicAge[i], age, ageEnd), FlatOrganismStep.cause(ending));
            }
        }
        step++;
    }

    private void die(int i, double age, DeathCause c) {
        deathAge[i] = age;
        cause[i] = (byte) c.code();
    }

    /** Empties the block for a new set of people (arrays kept). */
    public void clear() {
        Arrays.fill(par, 0, size, null);
        Arrays.fill(exposures, 0, size, null);
        Arrays.fill(skin, 0, size, null);
        Arrays.fill(scale, 0, size, null);
        Arrays.fill(twin, 0, size, null);
        Arrays.fill(coefficient, 0, size, null);
        Arrays.fill(wander, 0, size, null);
        size = 0;
        step = 0;
    }
}
