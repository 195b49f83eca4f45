package org.senesim.systemic;

import org.senesim.random.CounterRandom;
import org.senesim.random.RandomStreams;
import org.senesim.systemic.sde.ExponentialEuler;
import org.senesim.systemic.sde.ZigguratNormal;

import java.util.Arrays;

/**
 * Different people advanced together, one step at a time for all, on the caller's thread: the
 * struct-of-arrays state of {@link OrganismCohort}, but each person with their own model (parameters,
 * exposures), start age, random streams (seed and entity) and {@link SkinSource}, as trial people
 * are. Person {@code i} follows bit for bit the path of {@code model.start(state, dtDays, skin)} on
 * {@link OrganismSimulation} given the same senolytic doses before the same steps: the same
 * predictor–corrector written out with the same formulas in the same order (the cohort stepper's,
 * which its tests hold to the single person). What it leaves out, so callers take the single path
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
    private static final int PER = OrganismEquations.PERSISTENT;
    private static final int TP = OrganismEquations.TRAIT_PRODUCTION;
    private static final int TG = OrganismEquations.TRAIT_GRIP_PEAK;
    private static final int TA = OrganismEquations.TRAIT_AGE_OFFSET;
    private static final int MUSCLE = Organ.MUSCLE.ordinal();
    private static final int BRAIN = Organ.BRAIN.ordinal();
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
    /** scale[o][i]: production multiplier of organ o for person i. */
    private final double[][] scale = new double[N][];
    /** twin[o][i]: an earlier organ with the same equations for person i (see OrganismCohort.twins), or −1. */
    private final byte[][] twin = new byte[N][];
    /** Per person the constant-rate coefficients {decay, phi, psi} of the persistent burdens (3·o + c) and the loads (3·N + c). */
    private final double[][] coefficient = new double[3 * N + 3][];
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
        for (int o = 0; o < N; o++) {
            scale[o] = new double[capacity];
            twin[o] = new byte[capacity];
        }
        for (int c = 0; c < coefficient.length; c++) {
            coefficient[c] = new double[capacity];
        }
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
        boolean own = false;
        for (int o = 0; o < N; o++) {
            scale[o][i] = s[o];
            own |= p.noiseOwn[o] != 0.0;
        }
        drawOwn[i] = own;
        for (int o = 0; o < N; o++) {
            // as OrganismCohort.twins with an external skin, which is nobody's twin
            int t = -1;
            if (o != SKIN) {
                for (int e = 0; e < o && t < 0; e++) {
                    if (e != SKIN && s[e] == s[o] && p.alpha[e] == p.alpha[o] && p.couplingNorm[e] == p.couplingNorm[o]
                            && p.noiseShared[e] == p.noiseShared[o] && p.noiseOwn[e] == 0.0 && p.noiseOwn[o] == 0.0) {
                        t = e;
                    }
                }
            }
            twin[o][i] = (byte) t;
        }
        for (int o = 0; o < N; o++) {
            double[] c = ExponentialEuler.coefficients(p.persistentRate[o], dt);
            for (int k = 0; k < 3; k++) {
                coefficient[3 * o + k][i] = c[k];
            }
        }
        double[] load = ExponentialEuler.coefficients(1.0 / p.loadTimeDays, dt);
        for (int k = 0; k < 3; k++) {
            coefficient[3 * N + k][i] = load[k];
        }
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
        state[o][i] *= 1.0 - killFraction;
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
        final double[][] st = state;
        final double[] xo = new double[N];
        final double[] noise = new double[N];
        final double[] mid = new double[N];
        final double[] midPersistent = new double[N];
        final double[] z = new double[OrganismEquations.NOISE_DIMENSION];
        final double tStart = n * dt;
        final double tMid = n * dt + 0.5 * dt;
        final double tEnd = (n + 1) * dt;
        for (int i = 0; i < size; i++) {
            if (cause[i] != 0 || stopped[i]) {
                continue;
            }
            final OrganismParameters p = par[i];
            final double[] w = p.weight;
            final double[] sec = p.secretion;
            final double beta = p.beta;
            final double kappa = p.kappa;
            final double lambda = p.systemicSaturation;
            final double loadRate = 1.0 / p.loadTimeDays;
            double a0 = startAge[i];
            double age = a0 + tStart / OrganismParameters.DAYS_PER_YEAR;
            double ageMid = a0 + tMid / OrganismParameters.DAYS_PER_YEAR;
            double ageEnd = a0 + tEnd / OrganismParameters.DAYS_PER_YEAR;
            double immune = p.immuneCapacity(age);
            double immuneMid = p.immuneCapacity(ageMid);
            double sasp = 0;
            double total0 = 0;
            for (int o = 0; o < N; o++) {
                xo[o] = st[o][i];
                sasp += w[o] * sec[o] * xo[o];
                total0 += w[o] * xo[o];
            }
            // the skin steps on the start-of-step values; the other organs see its start-of-step
            // burden within the step (as OrganismSimulation with a SkinSource)
            double logReserve = st[RES][i];
            double skinNext = skin[i].advance(new SkinStep(seed[i], entity[i], n, age, dt, sasp, immune,
                    reserveToSkin ? StrictMath.exp(logReserve) : Double.NaN, 0.0, exposures[i]));
            double offset = st[TA][i];
            double etaAgeP = p.eta * OrganismEquations.productionAge(age, offset) * st[TP][i];
            double etaAgeMidP = p.eta * OrganismEquations.productionAge(ageMid, offset) * st[TP][i];
            double stemKill = OrganismEquations.stemKill(p, logReserve);
            long key = CounterRandom.key(seed[i], RandomStreams.ORGANISM_NOISE, n);
            boolean ownNoise = drawOwn[i];
            z[0] = ZigguratNormal.sample(key, entity[i], 0);
            if (ownNoise) {
                for (int j = 1; j < z.length; j++) {
                    z[j] = ZigguratNormal.sample(key, entity[i], j);
                }
            }
            // predictor: exponential step with the equations at the start of the step
            for (int o = 0; o < N; o++) {
                double nz = 0.0;
                nz += p.noiseShared[o] * z[0];
                if (ownNoise) {
                    nz += p.noiseOwn[o] * z[1 + o];
                }
                noise[o] = nz;
                if (o == SKIN) {
                    mid[o] = xo[o];
                    continue;
                }
                int t = twin[o][i];
                if (t >= 0 && xo[o] == xo[t]) {
                    mid[o] = mid[t];
                    continue;
                }
                double prod = OrganismEquations.production(etaAgeP, scale[o][i], p.alpha[o], p.couplingNorm[o], sasp);
                double f = OrganismEquations.organForcing(prod, immune, beta, kappa, lambda, xo[o], sasp);
                double k = OrganismEquations.organRate(immune, beta, kappa, lambda, xo[o], sasp, stemKill + 0.0);
                mid[o] = 0.5 * (xo[o] + Math.abs(ExponentialEuler.advance(xo[o], f, k, dt, nz)));
            }
            double logReserveMid = 0.5 * (logReserve + ExponentialEuler.advance(logReserve,
                    -OrganismEquations.reserveRate(p, sasp), 0.0, dt, 0.0));
            // corrector: the same step with the equations at the midpoint state and time
            double saspMid = 0;
            double totalMid = 0;
            for (int o = 0; o < N; o++) {
                saspMid += w[o] * sec[o] * mid[o];
                totalMid += w[o] * mid[o];
            }
            double stemKillMid = OrganismEquations.stemKill(p, logReserveMid);
            double persistentMid = 0;
            for (int o = 0; o < N; o++) {
                double y = st[PER + o][i];
                double d = coefficient[3 * o][i];
                double phi = coefficient[3 * o + 1][i];
                double psi = coefficient[3 * o + 2][i];
                double forcing = p.persistentShare[o] * p.persistentRate[o];
                midPersistent[o] = 0.5 * (y + ExponentialEuler.combine(d, phi, psi, y, forcing * sasp, 0.0));
                persistentMid += w[o] * midPersistent[o];
                st[PER + o][i] = ExponentialEuler.combine(d, phi, psi, y, forcing * saspMid, 0.0);
            }
            double total1 = 0;
            for (int o = 0; o < N; o++) {
                int t = twin[o][i];
                double next;
                if (o == SKIN) {
                    next = skinNext;
                } else if (t >= 0 && xo[o] == xo[t]) {
                    next = st[t][i];
                } else {
                    double prod = OrganismEquations.production(etaAgeMidP, scale[o][i], p.alpha[o], p.couplingNorm[o], saspMid);
                    double f = OrganismEquations.organForcing(prod, immuneMid, beta, kappa, lambda, mid[o], saspMid);
                    double k = OrganismEquations.organRate(immuneMid, beta, kappa, lambda, mid[o], saspMid, stemKillMid + 0.0);
                    next = Math.abs(ExponentialEuler.advance(xo[o], f, k, dt, noise[o]));
                }
                st[o][i] = next;
                total1 += w[o] * next;
            }
            double ld = coefficient[3 * N][i];
            double lphi = coefficient[3 * N + 1][i];
            double lpsi = coefficient[3 * N + 2][i];
            st[LM][i] = ExponentialEuler.combine(ld, lphi, lpsi, st[LM][i], (mid[MUSCLE] + midPersistent[MUSCLE]) * loadRate, 0.0);
            st[LB][i] = ExponentialEuler.combine(ld, lphi, lpsi, st[LB][i], (mid[BRAIN] + midPersistent[BRAIN]) * loadRate, 0.0);
            st[LT][i] = ExponentialEuler.combine(ld, lphi, lpsi, st[LT][i], (totalMid + persistentMid) * loadRate, 0.0);
            st[RES][i] = ExponentialEuler.advance(logReserve, -OrganismEquations.reserveRate(p, saspMid), 0.0, dt, 0.0);
            if (extrinsicAge[i] <= ageEnd) {
                die(i, extrinsicAge[i], DeathCause.EXTRINSIC);
            } else if (total1 >= p.threshold) {
                die(i, ageEnd, DeathCause.SENESCENT_BURDEN);
            } else if (OrganismSimulation.bridgeCrossed(p, seed[i], entity[i], n, total0, total1, dt)) {
                die(i, 0.5 * (age + ageEnd), DeathCause.SENESCENT_BURDEN);
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
        size = 0;
        step = 0;
    }
}
