package org.senesim.systemic;

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
 * {@code OrganismModel.simulate(seed, i, ...)} with the built-in skin: each person's step is
 * {@link FlatOrganismStep}, the predictor–corrector of
 * {@link org.senesim.systemic.sde.ExponentialMidpoint} written out once for both flat steppers.
 * People are independent, each chunk writes only its own slice, so the results are bit-identical
 * for any thread count.
 */
public final class OrganismCohort {

    /** People per work chunk: 512 people × 11 arrays × 8 bytes ≈ 45 KB, inside L2. */
    public static final int GRAIN = 512;
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
                    p.noiseFactor(seed, first + i),
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

    /** {@link FlatOrganismStep#twins} with this block's production scales and senolytic rates. */
    private int[] twins() {
        return FlatOrganismStep.twins(p, scale, senolytic, skin != null);
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
        final FlatOrganismStep kernel = new FlatOrganismStep();
        final double[] coefficients = FlatOrganismStep.coefficients(p, dt);
        final boolean drawOwn = FlatOrganismStep.drawsOwnNoise(p);
        final CohortSkin external = this.skin;
        final boolean externalSkin = external != null;
        final double senolyticSkin = senolytic[SKIN];
        final double[] wander = p.productionWander(dt);
        for (int s = 0; s < steps; s++) {
            long n = firstStep + s;
            double age = startAge + (n * dt) / OrganismParameters.DAYS_PER_YEAR;
            double ageMid = startAge + (n * dt + 0.5 * dt) / OrganismParameters.DAYS_PER_YEAR;
            double ageEnd = startAge + ((n + 1) * dt) / OrganismParameters.DAYS_PER_YEAR;
            double immune = p.immuneCapacity(age);
            double immuneMid = p.immuneCapacity(ageMid);
            long key = FlatOrganismStep.noiseKey(seed, n);
            for (int i = from; i < to; i++) {
                if (cause[i] != 0) {
                    continue;
                }
                long entity = first + i;
                kernel.begin(p, st, i);
                // an external skin steps on the start-of-step values; the other organs see its
                // start-of-step burden within the step (as OrganismSimulation with a SkinSource)
                double skinNext = externalSkin
                        ? external.advance(first + i, n, age, kernel.bloodSasp(), immune, senolyticSkin) : 0.0;
                kernel.finish(p, st, i, dt, age, ageMid, immune, immuneMid, key, entity, drawOwn, scale, twin,
                        senolytic, coefficients, externalSkin, skinNext);
                if (wander != null) {
                    FlatOrganismStep.wander(st, i, wander, seed, n, entity);
                }
                int ending = kernel.ending(p, extrinsicAge[i], ageEnd, seed, entity, n, dt, state[OrganismEquations.TRAIT_NOISE][i]);
                if (ending != FlatOrganismStep.LIVES) {
                    deathAge[i] = FlatOrganismStep.deathAge(ending, extrinsicAge[i], age, ageEnd);
                    cause[i] = (byte) FlatOrganismStep.cause(ending).code();
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
                double[] share = state[OrganismEquations.REACHABLE + o.ordinal()];
                boolean external = skin != null && o == Organ.SKIN;
                for (int i = 0; i < size; i++) {
                    if (cause[i] == 0) {
                        OrganismEquations.kill(a, i, share, i, dose.killFraction());
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
