package org.senesim.systemic;

import org.senesim.random.CounterRandom;
import org.senesim.random.RandomStreams;
import org.senesim.systemic.sde.ExponentialEuler;
import org.senesim.systemic.sde.ZigguratNormal;

import java.util.Arrays;

/**
 * A block of people with the same parameters advanced together, on the caller's thread:
 * struct-of-arrays state (one flat {@code double[]} per organ, load and reserve), advanced in chunks
 * of {@link #GRAIN} people, each chunk taking all requested steps while its slice of the arrays stays
 * in cache. Spreading people over threads is the run layer's business ({@code run.CohortDesign}: a
 * cohort is a list of such blocks, an executor runs them side by side).
 *
 * <p>The block holds entities {@code first .. first + size − 1} of the random streams (a cohort made
 * here directly: {@code 0 .. size − 1}). Person {@code i} follows exactly the path of
 * {@code OrganismModel.simulate(seed, i, ...)} with the built-in skin: the same predictor–corrector
 * step ({@link org.senesim.systemic.sde.ExponentialMidpoint}) written out with the same formulas
 * ({@link OrganismEquations}' static helpers, {@link ExponentialEuler#advance}) in the same order.
 * People are independent, each chunk writes only its own slice, so the results are bit-identical
 * for any thread count.
 */
public final class OrganismCohort {

    /** People per work chunk: 512 people × 11 arrays × 8 bytes ≈ 45 KB, inside L2. */
    public static final int GRAIN = 512;
    private static final int LM = OrganismEquations.LOAD_MUSCLE;
    private static final int LB = OrganismEquations.LOAD_BRAIN;
    private static final int LT = OrganismEquations.LOAD_TOTAL;
    private static final int RES = OrganismEquations.RESERVE;
    private static final int PER = OrganismEquations.PERSISTENT;
    private static final int TP = OrganismEquations.TRAIT_PRODUCTION;
    private static final int TA = OrganismEquations.TRAIT_AGE_OFFSET;
    private static final int MUSCLE = Organ.MUSCLE.ordinal();
    private static final int BRAIN = Organ.BRAIN.ordinal();
    private static final int SKIN = Organ.SKIN.ordinal();

    private final OrganismParameters p;
    private final long seed;
    /** Entity (random-stream index) of this block's person 0. */
    private final int first;
    private final int size;
    private final double startAge;
    private final double dt;
    private final double[] scale;
    private final double[] senolytic = new double[Organ.COUNT];
    /** state[c][i]: component c (organ ordinal, loads, reserve) of person i. */
    private final double[][] state = new double[OrganismEquations.DIMENSION][];
    private final double[] deathAge;
    private final byte[] cause;
    private final double[] extrinsicAge;
    /** The skin model when it is not the built-in compartment, else null. */
    private final CohortSkin skin;
    /** Whether this block started the skin and prepares its steps (false: a run-layer cohort shares it). */
    private final boolean ownsSkin;
    private long step;

    OrganismCohort(OrganismParameters p, Exposures exposures, long seed, int size, double startAgeYears,
                   double dtDays) {
        this(p, exposures, seed, 0, size, startAgeYears, dtDays, null, true, Double.NaN);
    }

    /**
     * A cohort whose skin burden comes from {@code skin} (null: the built-in compartment). With an
     * external skin, person {@code i} follows the path of {@code OrganismModel.start(seed, i, ...)}
     * with a {@link SkinSource} doing the same arithmetic (see {@link CohortSkin}): the skin sees the
     * blood SASP, immune capacity and senolytic rate at the start of each step, and the other organs
     * see the skin's start-of-step burden within the step.
     */
    OrganismCohort(OrganismParameters p, Exposures exposures, long seed, int size, double startAgeYears,
                   double dtDays, CohortSkin skin) {
        this(p, exposures, seed, 0, size, startAgeYears, dtDays, skin, true, Double.NaN);
    }

    /**
     * People {@code first .. first + size − 1} of a cohort. With {@code ownsSkin} false the skin is
     * shared with the cohort's other blocks: its caller started it for the whole cohort (everyone's
     * starting burden {@code skinStart}) and prepares every batch of steps before the blocks advance,
     * and this block addresses the skin by entity.
     */
    OrganismCohort(OrganismParameters p, Exposures exposures, long seed, int first, int size, double startAgeYears,
                   double dtDays, CohortSkin skin, boolean ownsSkin, double skinStart) {
        if (first < 0) {
            throw new IllegalArgumentException("first person must be >= 0, got " + first);
        }
        if (size < 1) {
            throw new IllegalArgumentException("cohort size must be >= 1, got " + size);
        }
        if (!(dtDays > 0) || Double.isInfinite(dtDays)) {
            throw new IllegalArgumentException("dtDays must be finite and > 0, got " + dtDays);
        }
        this.p = p;
        this.seed = seed;
        this.first = first;
        this.size = size;
        this.startAge = startAgeYears;
        this.dt = dtDays;
        this.scale = p.productionScale(exposures);
        double[] x0 = QuasiStationary.state(p, scale, startAgeYears);
        for (int c = 0; c < OrganismEquations.DIMENSION; c++) {
            state[c] = new double[size];
        }
        double[] xi = new double[OrganismEquations.DIMENSION];
        for (int i = 0; i < size; i++) {
            System.arraycopy(x0, 0, xi, 0, xi.length);
            QuasiStationary.personalise(p, xi, p.productionFactor(seed, first + i), p.ageOffset(seed, first + i),
                    startAgeYears, p.gripPeak(seed, first + i));
            for (int c = 0; c < xi.length; c++) {
                state[c][i] = xi[c];
            }
        }
        deathAge = new double[size];
        Arrays.fill(deathAge, Double.NaN);
        cause = new byte[size];
        extrinsicAge = new double[size];
        for (int i = 0; i < size; i++) {
            extrinsicAge[i] = OrganismSimulation.extrinsicDeathAge(p, seed, first + i, startAgeYears);
        }
        this.skin = skin;
        this.ownsSkin = ownsSkin;
        if (skin != null) {
            Arrays.fill(state[SKIN], ownsSkin ? skin.start(size, startAgeYears, dtDays) : skinStart);
        }
    }

    /** Advances every living person of the block by {@code steps} steps, on this thread. */
    public void advance(int steps) {
        if (steps <= 0) {
            return;
        }
        long firstStep = step;
        int[] twin = twins();
        if (skin != null && ownsSkin) {
            skin.prepare(firstStep + steps);
        }
        for (int from = 0; from < size; from += GRAIN) {
            advanceChunk(from, Math.min(size, from + GRAIN), firstStep, steps, twin);
        }
        step += steps;
    }

    /**
     * For each organ, an earlier organ with identical equations (same production scale, SASP
     * sensitivity, senolytic rate and noise loadings, and no organ-specific noise), or −1. An organ
     * whose twin is in the same state gets the same next state without recomputing it: with the
     * default shared noise and reference exposures, muscle, brain and the rest of the body are
     * usually in that case. The result is bit-identical to computing every organ. An external skin
     * is nobody's twin.
     */
    private int[] twins() {
        int[] twin = new int[Organ.COUNT];
        for (int o = 0; o < Organ.COUNT; o++) {
            twin[o] = -1;
            if (skin != null && o == SKIN) {
                continue;
            }
            for (int e = 0; e < o && twin[o] < 0; e++) {
                boolean externalSkin = skin != null && e == SKIN;
                if (!externalSkin && scale[e] == scale[o] && p.alpha[e] == p.alpha[o]
                        && p.couplingNorm[e] == p.couplingNorm[o] && senolytic[e] == senolytic[o]
                        && p.noiseShared[e] == p.noiseShared[o] && p.noiseOwn[e] == 0.0 && p.noiseOwn[o] == 0.0) {
                    twin[o] = e;
                }
            }
        }
        return twin;
    }

    /** Advances until the cohort's age reaches {@code ageYears} (rounded up to whole steps). */
    public void advanceTo(double ageYears) {
        long target = OrganismModel.stepsBetween(startAge, ageYears, dt);
        long remaining = target - step;
        while (remaining > 0) {
            int n = (int) Math.min(remaining, Integer.MAX_VALUE);
            advance(n);
            remaining -= n;
        }
    }

    private void advanceChunk(int from, int to, long firstStep, int steps, int[] twin) {
        final OrganismParameters p = this.p;
        final double[][] st = this.state;
        final double[] w = p.weight;
        final double[] sec = p.secretion;
        final double[] alpha = p.alpha;
        final double[] norm = p.couplingNorm;
        final double[] shared = p.noiseShared;
        final double[] own = p.noiseOwn;
        final double beta = p.beta;
        final double kappa = p.kappa;
        final double lambda = p.systemicSaturation;
        final double loadRate = 1.0 / p.loadTimeDays;
        final double threshold = p.threshold;
        final double[] xo = new double[Organ.COUNT];
        final double[] noise = new double[Organ.COUNT];
        final double[] mid = new double[Organ.COUNT];
        final double[] z = new double[OrganismEquations.NOISE_DIMENSION];
        final double[] midPersistent = new double[Organ.COUNT];
        final double[] persistentForcing = new double[Organ.COUNT];
        final double[][] persistentStep = new double[Organ.COUNT][];
        for (int o = 0; o < Organ.COUNT; o++) {
            // constant rates: the step's coefficients once (bit-identical to ExponentialEuler.advance)
            persistentStep[o] = ExponentialEuler.coefficients(p.persistentRate[o], dt);
            persistentForcing[o] = p.persistentShare[o] * p.persistentRate[o];
        }
        final double[] load = ExponentialEuler.coefficients(loadRate, dt);
        final double ld = load[0];
        final double lphi = load[1];
        final double lpsi = load[2];
        boolean ownNoise = false;
        for (double g : own) {
            ownNoise |= g != 0.0;
        }
        final boolean drawOwn = ownNoise;
        final CohortSkin external = this.skin;
        final double senolyticSkin = senolytic[SKIN];
        for (int s = 0; s < steps; s++) {
            long n = firstStep + s;
            double age = startAge + (n * dt) / OrganismParameters.DAYS_PER_YEAR;
            double ageMid = startAge + (n * dt + 0.5 * dt) / OrganismParameters.DAYS_PER_YEAR;
            double ageEnd = startAge + ((n + 1) * dt) / OrganismParameters.DAYS_PER_YEAR;
            double immune = p.immuneCapacity(age);
            double immuneMid = p.immuneCapacity(ageMid);
            double etaAge = p.eta * age;
            double etaAgeMid = p.eta * ageMid;
            long key = CounterRandom.key(seed, RandomStreams.ORGANISM_NOISE, n);
            for (int i = from; i < to; i++) {
                if (cause[i] != 0) {
                    continue;
                }
                double sasp = 0;
                double total0 = 0;
                for (int o = 0; o < Organ.COUNT; o++) {
                    xo[o] = st[o][i];
                    sasp += w[o] * sec[o] * xo[o];
                    total0 += w[o] * xo[o];
                }
                // an external skin steps on the start-of-step values; the other organs see its
                // start-of-step burden within the step (as OrganismSimulation with a SkinSource)
                double skinNext = external == null ? 0.0
                        : external.advance(first + i, n, age, sasp, immune, senolyticSkin);
                double logReserve = st[RES][i];
                double offset = st[TA][i];
                double etaAgeP = offset == 0.0 ? etaAge * st[TP][i]
                        : p.eta * OrganismEquations.productionAge(age, offset) * st[TP][i];
                double etaAgeMidP = offset == 0.0 ? etaAgeMid * st[TP][i]
                        : p.eta * OrganismEquations.productionAge(ageMid, offset) * st[TP][i];
                double stemKill = OrganismEquations.stemKill(p, logReserve);
                z[0] = ZigguratNormal.sample(key, first + i, 0);
                if (drawOwn) {
                    for (int j = 1; j < z.length; j++) {
                        z[j] = ZigguratNormal.sample(key, first + i, j);
                    }
                }
                // predictor: exponential step with the equations at the start of the step
                for (int o = 0; o < Organ.COUNT; o++) {
                    double nz = 0.0;
                    nz += shared[o] * z[0];
                    if (drawOwn) {
                        nz += own[o] * z[1 + o];
                    }
                    noise[o] = nz;
                    if (external != null && o == SKIN) {
                        mid[o] = xo[o];
                        continue;
                    }
                    int t = twin[o];
                    if (t >= 0 && xo[o] == xo[t]) {
                        mid[o] = mid[t];
                        continue;
                    }
                    double prod = OrganismEquations.production(etaAgeP, scale[o], alpha[o], norm[o], sasp);
                    double f = OrganismEquations.organForcing(prod, immune, beta, kappa, lambda, xo[o], sasp);
                    double k = OrganismEquations.organRate(immune, beta, kappa, lambda, xo[o], sasp,
                            stemKill + senolytic[o]);
                    mid[o] = 0.5 * (xo[o] + Math.abs(ExponentialEuler.advance(xo[o], f, k, dt, nz)));
                }
                double logReserveMid = 0.5 * (logReserve + ExponentialEuler.advance(logReserve,
                        -OrganismEquations.reserveRate(p, sasp), 0.0, dt, 0.0));
                // corrector: the same step with the equations at the midpoint state and time
                double saspMid = 0;
                double totalMid = 0;
                for (int o = 0; o < Organ.COUNT; o++) {
                    saspMid += w[o] * sec[o] * mid[o];
                    totalMid += w[o] * mid[o];
                }
                double stemKillMid = OrganismEquations.stemKill(p, logReserveMid);
                // persistent senescence-like burdens: linear, the same predictor-corrector as the organs
                double persistentMid = 0;
                for (int o = 0; o < Organ.COUNT; o++) {
                    double y = st[PER + o][i];
                    double[] c = persistentStep[o];
                    midPersistent[o] = 0.5 * (y + ExponentialEuler.combine(c[0], c[1], c[2], y, persistentForcing[o] * sasp, 0.0));
                    persistentMid += w[o] * midPersistent[o];
                    st[PER + o][i] = ExponentialEuler.combine(c[0], c[1], c[2], y, persistentForcing[o] * saspMid, 0.0);
                }
                double total1 = 0;
                for (int o = 0; o < Organ.COUNT; o++) {
                    int t = twin[o];
                    double next;
                    if (external != null && o == SKIN) {
                        next = skinNext;
                    } else if (t >= 0 && xo[o] == xo[t]) {
                        next = st[t][i];
                    } else {
                        double prod = OrganismEquations.production(etaAgeMidP, scale[o], alpha[o], norm[o], saspMid);
                            double f = OrganismEquations.organForcing(prod, immuneMid, beta, kappa, lambda, mid[o], saspMid);
                        double k = OrganismEquations.organRate(immuneMid, beta, kappa, lambda, mid[o], saspMid,
                                stemKillMid + senolytic[o]);
                        next = Math.abs(ExponentialEuler.advance(xo[o], f, k, dt, noise[o]));
                    }
                    st[o][i] = next;
                    total1 += w[o] * next;
                }
                st[LM][i] = ExponentialEuler.combine(ld, lphi, lpsi, st[LM][i],
                        (mid[MUSCLE] + midPersistent[MUSCLE]) * loadRate, 0.0);
                st[LB][i] = ExponentialEuler.combine(ld, lphi, lpsi, st[LB][i],
                        (mid[BRAIN] + midPersistent[BRAIN]) * loadRate, 0.0);
                st[LT][i] = ExponentialEuler.combine(ld, lphi, lpsi, st[LT][i], (totalMid + persistentMid) * loadRate, 0.0);
                st[RES][i] = ExponentialEuler.advance(logReserve, -OrganismEquations.reserveRate(p, saspMid), 0.0, dt, 0.0);
                if (extrinsicAge[i] <= ageEnd) {
                    deathAge[i] = extrinsicAge[i];
                    cause[i] = (byte) DeathCause.EXTRINSIC.code();
                } else if (total1 >= threshold) {
                    deathAge[i] = ageEnd;
                    cause[i] = (byte) DeathCause.SENESCENT_BURDEN.code();
                } else if (OrganismSimulation.bridgeCrossed(p, seed, first + i, n, total0, total1, dt)) {
                    deathAge[i] = 0.5 * (age + ageEnd);
                    cause[i] = (byte) DeathCause.SENESCENT_BURDEN.code();
                }
            }
        }
    }

    /** Applies an event to every living person now. */
    public void apply(OrganismEvent event) {
        if (event instanceof OrganismEvent.Injection inj) {
            double units = p.unitsPerCells(inj.cells());
            for (int o = 0; o < Organ.COUNT; o++) {
                if (inj.organ() == null) {
                    addToAlive(o, units);
                } else if (inj.organ().ordinal() == o) {
                    addToAlive(o, units / p.weight[o]);
                }
            }
        } else if (event instanceof OrganismEvent.SenolyticDose dose) {
            for (Organ o : dose.organs()) {
                double[] a = state[o.ordinal()];
                boolean external = skin != null && o == Organ.SKIN;
                for (int i = 0; i < size; i++) {
                    if (cause[i] == 0) {
                        a[i] *= 1.0 - dose.killFraction();
                        if (external) {
                            skin.kill(first + i, dose.killFraction());
                        }
                    }
                }
            }
        } else if (event instanceof OrganismEvent.ExposureChange change) {
            System.arraycopy(p.productionScale(change.exposures()), 0, scale, 0, Organ.COUNT);
        }
    }

    private void addToAlive(int o, double units) {
        double[] a = state[o];
        boolean external = skin != null && o == SKIN;
        for (int i = 0; i < size; i++) {
            if (cause[i] == 0) {
                a[i] += units;
                if (external) {
                    skin.addBurden(first + i, step, units);
                }
            }
        }
    }

    /** Continuous senolytic removal rate (per day) for an organ, for everyone, from now on. */
    public void setSenolyticRate(Organ organ, double perDay) {
        if (!(perDay >= 0) || Double.isInfinite(perDay)) {
            throw new IllegalArgumentException("senolytic rate must be finite and >= 0, got " + perDay);
        }
        senolytic[organ.ordinal()] = perDay;
    }

    /** Current age of the cohort, years. */
    public double ageYears() {
        return startAge + (step * dt) / OrganismParameters.DAYS_PER_YEAR;
    }

    public long stepIndex() {
        return step;
    }

    public int size() {
        return size;
    }

    /** Entity of this block's person 0: its place in the cohort it belongs to. */
    public int firstPerson() {
        return first;
    }

    public int aliveCount() {
        int n = 0;
        for (byte c : cause) {
            if (c == 0) {
                n++;
            }
        }
        return n;
    }

    /** Ages at death (NaN for the living), a copy. */
    public double[] deathAges() {
        return deathAge.clone();
    }

    /** Death causes, a copy. */
    public DeathCause[] deathCauses() {
        DeathCause[] out = new DeathCause[size];
        for (int i = 0; i < size; i++) {
            out[i] = DeathCause.ofCode(cause[i]);
        }
        return out;
    }

    /** Observations of everyone now; values of the dead are NaN. */
    public CohortSnapshot snapshot() {
        int n = OrganismColumns.ALL.size();
        double[][] values = new double[n][size];
        double[] x = new double[OrganismEquations.DIMENSION];
        double[] row = new double[n];
        double age = ageYears();
        for (int i = 0; i < size; i++) {
            if (cause[i] != 0) {
                for (int c = 0; c < n; c++) {
                    values[c][i] = Double.NaN;
                }
                continue;
            }
            for (int c = 0; c < x.length; c++) {
                x[c] = state[c][i];
            }
            OrganismColumns.observe(p, x, age, row);
            for (int c = 0; c < n; c++) {
                values[c][i] = row[c];
            }
        }
        return new CohortSnapshot(age, values);
    }

    /**
     * One state component for everyone (NaN for the dead), a copy: an organ burden
     * ({@code organ.ordinal()}) or a load / log reserve ({@link OrganismEquations} constants).
     */
    public double[] stateColumn(int component) {
        double[] out = state[component].clone();
        for (int i = 0; i < size; i++) {
            if (cause[i] != 0) {
                out[i] = Double.NaN;
            }
        }
        return out;
    }

    public OrganismParameters parameters() {
        return p;
    }
}
