package org.senesim.systemic;

import org.senesim.random.CounterRandom;
import org.senesim.systemic.sde.ExponentialEuler;
import org.senesim.systemic.sde.ZigguratNormal;

/**
 * One person's step in the flat steppers ({@link OrganismCohort}, {@link OrganismPeople}), written
 * once: the predictor–corrector of {@link org.senesim.systemic.sde.ExponentialMidpoint} on
 * {@link OrganismEquations}, with the same formulas in the same order, so that a person here follows
 * {@link OrganismSimulation}'s path bit for bit (the steppers' tests hold them to it).
 *
 * <p>The state lives in the caller's struct-of-arrays ({@code state[c][i]}: component {@code c} of
 * person {@code i}); an instance holds only one step's scratch and is used by one thread. A step is
 * two calls because an external skin steps in between: {@link #begin} reads the start-of-step
 * burdens (the blood SASP and whole-body burden the skin and the death check need), the caller
 * advances its skin, and {@link #finish} completes the step with the skin's new burden. Then
 * {@link #ending} says whether and how the person died in the step.
 */
final class FlatOrganismStep {

    /** The person lives on. */
    static final int LIVES = 0;
    /** Extrinsic death, at the person's extrinsic death age. */
    static final int EXTRINSIC = 1;
    /** The whole-body burden ends the step at or above {@code X_c}: death at the step's end. */
    static final int AT_THRESHOLD = 2;
    /** The whole-body burden crossed {@code X_c} inside the step (Brownian bridge): death mid-step. */
    static final int WITHIN_STEP = 3;

    private static final int N = Organ.COUNT;
    private static final int SKIN = Organ.SKIN.ordinal();
    private static final int MUSCLE = Organ.MUSCLE.ordinal();
    private static final int BRAIN = Organ.BRAIN.ordinal();
    private static final int LM = OrganismEquations.LOAD_MUSCLE;
    private static final int LB = OrganismEquations.LOAD_BRAIN;
    private static final int LT = OrganismEquations.LOAD_TOTAL;
    private static final int RES = OrganismEquations.RESERVE;
    private static final int PER = OrganismEquations.PERSISTENT;
    private static final int TP = OrganismEquations.TRAIT_PRODUCTION;
    private static final int TA = OrganismEquations.TRAIT_AGE_OFFSET;
    private static final int RS = OrganismEquations.REACHABLE;
    private static final int TN = OrganismEquations.TRAIT_NOISE;
    /** Where the load's {decay, phi, psi} start in a coefficient array (after the organs' persistent burdens). */
    static final int LOAD_COEFFICIENTS = 3 * N;

    private final double[] xo = new double[N];
    private final double[] noise = new double[N];
    private final double[] mid = new double[N];
    private final double[] midPersistent = new double[N];
    private final double[] midShare = new double[N];
    private final double[] z = new double[OrganismEquations.NOISE_DIMENSION];
    /** Blood SASP at the start of the step ({@link #begin}). */
    private double sasp;
    /** Whole-body burden at the start and at the end of the step. */
    private double total0;
    private double total1;

    /**
     * The constant-rate coefficients {decay, phi, psi} of the persistent burdens ({@code 3·o + c})
     * and of the loads ({@link #LOAD_COEFFICIENTS} {@code + c}) for steps of {@code dt}: computed
     * once per person or block, bit-identical to advancing them with {@link ExponentialEuler#advance}.
     */
    static double[] coefficients(OrganismParameters p, double dt) {
        double[] c = new double[3 * N + 3];
        for (int o = 0; o < N; o++) {
            System.arraycopy(ExponentialEuler.coefficients(p.persistentRate[o], dt), 0, c, 3 * o, 3);
        }
        System.arraycopy(ExponentialEuler.coefficients(1.0 / p.loadTimeDays, dt), 0, c, LOAD_COEFFICIENTS, 3);
        return c;
    }

    /**
     * For each organ, an earlier organ with identical equations (same production scale, SASP
     * sensitivity, senolytic rate and noise loadings, and no organ-specific noise), or −1. An organ
     * whose twin is in the same state gets the same next state without recomputing it: with the
     * default shared noise and reference exposures, muscle, brain and the rest of the body are
     * usually in that case. The result is bit-identical to computing every organ. An external skin
     * is nobody's twin.
     */
    static int[] twins(OrganismParameters p, double[] scale, double[] senolytic, boolean externalSkin) {
        int[] twin = new int[N];
        for (int o = 0; o < N; o++) {
            twin[o] = -1;
            if (externalSkin && o == SKIN) {
                continue;
            }
            for (int e = 0; e < o && twin[o] < 0; e++) {
                if (!(externalSkin && e == SKIN) && scale[e] == scale[o] && p.alpha[e] == p.alpha[o]
                        && p.couplingNorm[e] == p.couplingNorm[o] && senolytic[e] == senolytic[o]
                        // a senolytic acts on each organ's reachable share, which may differ
                        && (senolytic[o] == 0.0 || p.reachableShare[e] == 1.0 && p.reachableShare[o] == 1.0)
                        && p.noiseShared[e] == p.noiseShared[o] && p.noiseOwn[e] == 0.0 && p.noiseOwn[o] == 0.0) {
                    twin[o] = e;
                }
            }
        }
        return twin;
    }

    /** Whether any organ has noise of its own (else only the shared normal is drawn). */
    static boolean drawsOwnNoise(OrganismParameters p) {
        for (double g : p.noiseOwn) {
            if (g != 0.0) {
                return true;
            }
        }
        return false;
    }

    /** Reads person {@code i}'s start-of-step organ burdens; {@link #bloodSasp} is then what the skin sees. */
    void begin(OrganismParameters p, double[][] state, int i) {
        double[] w = p.weight;
        double[] sec = p.secretion;
        double s = 0;
        double t = 0;
        for (int o = 0; o < N; o++) {
            double x = state[o][i];
            xo[o] = x;
            s += w[o] * sec[o] * x;
            t += w[o] * x;
        }
        sasp = s;
        total0 = t;
    }

    /** Blood SASP at the start of the step (after {@link #begin}). */
    double bloodSasp() {
        return sasp;
    }

    /** Whole-body burden at the start of the step (after {@link #begin}): what removal saturates on. */
    double wholeBodyBurden() {
        return total0;
    }

    /**
     * Completes person {@code i}'s step begun with {@link #begin}: organs, persistent burdens, loads
     * and stem-cell reserve, in {@code state}.
     *
     * @param key          the step's organism-noise key ({@code CounterRandom.key(seed, ORGANISM_NOISE, n)})
     * @param entity       the person's random-stream entity
     * @param scale        production multiplier per organ
     * @param twin         {@link #twins} for this person
     * @param senolytic    continuous senolytic removal rate per organ, per day
     * @param coefficients {@link #coefficients} for this person and {@code dt}
     * @param externalSkin whether the skin burden comes from a skin model; then {@code skinNext} is its
     *                     new burden and the other organs see its start-of-step burden within the step
     */
    void finish(OrganismParameters p, double[][] state, int i, double dt, double age, double ageMid,
                double immune, double immuneMid, long key, long entity, boolean drawOwn, double[] scale,
                int[] twin, double[] senolytic, double[] coefficients, boolean externalSkin, double skinNext) {
        final double[][] st = state;
        final double[] w = p.weight;
        final double[] sec = p.secretion;
        final double beta = p.beta;
        final double kappa = p.kappa;
        final double lambda = p.systemicSaturation;
        final double loadRate = 1.0 / p.loadTimeDays;
        double logReserve = st[RES][i];
        double offset = st[TA][i];
        double etaAgeP = p.eta * OrganismEquations.productionAge(age, offset) * st[TP][i];
        double etaAgeMidP = p.eta * OrganismEquations.productionAge(ageMid, offset) * st[TP][i];
        double stemKill = OrganismEquations.stemKill(p, logReserve);
        z[0] = ZigguratNormal.sample(key, entity, 0);
        if (drawOwn) {
            for (int j = 1; j < z.length; j++) {
                z[j] = ZigguratNormal.sample(key, entity, j);
            }
        }
        // the person's loadings as OrganismEquations.diffusion gives them (the same products, so the same bits)
        double noiseFactor = st[TN][i];
        // predictor: exponential step with the equations at the start of the step
        for (int o = 0; o < N; o++) {
            double nz = 0.0;
            nz += p.noiseShared[o] * noiseFactor * z[0];
            if (drawOwn) {
                nz += p.noiseOwn[o] * noiseFactor * z[1 + o];
            }
            noise[o] = nz;
            if (externalSkin && o == SKIN) {
                mid[o] = xo[o];
                continue;
            }
            int t = twin[o];
            if (t >= 0 && xo[o] == xo[t]) {
                mid[o] = mid[t];
                continue;
            }
            double prod = OrganismEquations.production(etaAgeP, scale[o], p.alpha[o], p.couplingNorm[o], sasp);
            double f = OrganismEquations.organForcing(prod, immune, beta, kappa, lambda, xo[o], total0);
            double k = OrganismEquations.organRate(immune, beta, kappa, lambda, xo[o], total0,
                    stemKill + senolytic[o] * st[RS + o][i]);
            mid[o] = 0.5 * (xo[o] + Math.abs(ExponentialEuler.advance(xo[o], f, k, dt, nz)));
        }
        // the reachable shares' predictor, where they move (OrganismEquations.split's order of terms)
        for (int o = 0; o < N; o++) {
            double share = st[RS + o][i];
            midShare[o] = share;
            if (!(externalSkin && o == SKIN) && OrganismEquations.shareMoves(p.reachableShare[o], share, senolytic[o])) {
                double prod = OrganismEquations.production(etaAgeP, scale[o], p.alpha[o], p.couplingNorm[o], sasp);
                double turnover = OrganismEquations.shareTurnover(prod, xo[o]);
                double f = turnover * p.reachableShare[o];
                double k = turnover + senolytic[o] * (1.0 - share);
                midShare[o] = 0.5 * (share + ExponentialEuler.advance(share, f, k, dt, 0.0));
            }
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
        // persistent senescence-like burdens: linear, the same predictor-corrector as the organs
        double persistentMid = 0;
        for (int o = 0; o < N; o++) {
            double y = st[PER + o][i];
            double d = coefficients[3 * o];
            double phi = coefficients[3 * o + 1];
            double psi = coefficients[3 * o + 2];
            double forcing = p.persistentShare[o] * p.persistentRate[o];
            midPersistent[o] = 0.5 * (y + ExponentialEuler.combine(d, phi, psi, y, forcing * sasp, 0.0));
            persistentMid += w[o] * midPersistent[o];
            st[PER + o][i] = ExponentialEuler.combine(d, phi, psi, y, forcing * saspMid, 0.0);
        }
        double total = 0;
        for (int o = 0; o < N; o++) {
            int t = twin[o];
            double next;
            if (externalSkin && o == SKIN) {
                next = skinNext;
            } else if (t >= 0 && xo[o] == xo[t]) {
                next = st[t][i];
            } else {
                double prod = OrganismEquations.production(etaAgeMidP, scale[o], p.alpha[o], p.couplingNorm[o], saspMid);
                double f = OrganismEquations.organForcing(prod, immuneMid, beta, kappa, lambda, mid[o], totalMid);
                double k = OrganismEquations.organRate(immuneMid, beta, kappa, lambda, mid[o], totalMid,
                        stemKillMid + senolytic[o] * midShare[o]);
                next = Math.abs(ExponentialEuler.advance(xo[o], f, k, dt, noise[o]));
            }
            st[o][i] = next;
            total += w[o] * next;
        }
        // the reachable shares' corrector
        for (int o = 0; o < N; o++) {
            double share = midShare[o];
            if (!(externalSkin && o == SKIN) && OrganismEquations.shareMoves(p.reachableShare[o], share, senolytic[o])) {
                double prod = OrganismEquations.production(etaAgeMidP, scale[o], p.alpha[o], p.couplingNorm[o], saspMid);
                double turnover = OrganismEquations.shareTurnover(prod, mid[o]);
                double f = turnover * p.reachableShare[o];
                double k = turnover + senolytic[o] * (1.0 - share);
                st[RS + o][i] = ExponentialEuler.advance(st[RS + o][i], f, k, dt, 0.0);
            }
        }
        total1 = total;
        double ld = coefficients[LOAD_COEFFICIENTS];
        double lphi = coefficients[LOAD_COEFFICIENTS + 1];
        double lpsi = coefficients[LOAD_COEFFICIENTS + 2];
        st[LM][i] = ExponentialEuler.combine(ld, lphi, lpsi, st[LM][i], (mid[MUSCLE] + midPersistent[MUSCLE]) * loadRate, 0.0);
        st[LB][i] = ExponentialEuler.combine(ld, lphi, lpsi, st[LB][i], (mid[BRAIN] + midPersistent[BRAIN]) * loadRate, 0.0);
        st[LT][i] = ExponentialEuler.combine(ld, lphi, lpsi, st[LT][i], (totalMid + persistentMid) * loadRate, 0.0);
        st[RES][i] = ExponentialEuler.advance(logReserve, -OrganismEquations.reserveRate(p, saspMid), 0.0, dt, 0.0);
    }

    /**
     * After {@link #finish}: person {@code i}'s production factor for the next step, one exact
     * Ornstein-Uhlenbeck step of its logarithm ({@link OrganismParameters#productionWander}, whose
     * {a, b} are {@code wander}), as {@link OrganismSimulation#step} does it. Callers skip it when the
     * factor is lifelong.
     */
    static void wander(double[][] state, int i, double[] wander, long seed, long n, long entity) {
        state[TP][i] = OrganismParameters.wanderedProductionFactor(state[TP][i], wander[0], wander[1], seed, n, entity);
    }

    /**
     * How the step just finished ended for the person, as {@link OrganismSimulation#step} decides it:
     * {@link #LIVES}, {@link #EXTRINSIC}, {@link #AT_THRESHOLD} or {@link #WITHIN_STEP}.
     */
    int ending(OrganismParameters p, double extrinsicAge, double ageEnd, long seed, long entity, long n, double dt,
               double noiseFactor) {
        if (extrinsicAge <= ageEnd) {
            return EXTRINSIC;
        } else if (total1 >= p.threshold) {
            return AT_THRESHOLD;
        } else if (OrganismSimulation.bridgeCrossed(p, seed, entity, n, total0, total1, dt, noiseFactor)) {
            return WITHIN_STEP;
        }
        return LIVES;
    }

    /** The age at death for an {@link #ending} other than {@link #LIVES}, in a step from {@code age} to {@code ageEnd}. */
    static double deathAge(int ending, double extrinsicAge, double age, double ageEnd) {
        return switch (ending) {
            case EXTRINSIC -> extrinsicAge;
            case AT_THRESHOLD -> ageEnd;
            case WITHIN_STEP -> 0.5 * (age + ageEnd);
            default -> throw new IllegalArgumentException("the person lives on: no age at death");
        };
    }

    /** The cause of death for an {@link #ending} other than {@link #LIVES}. */
    static DeathCause cause(int ending) {
        return ending == EXTRINSIC ? DeathCause.EXTRINSIC : DeathCause.SENESCENT_BURDEN;
    }

    /** The step's organism-noise key of {@code seed} for step {@code n}. */
    static long noiseKey(long seed, long n) {
        return CounterRandom.key(seed, org.senesim.random.RandomStreams.ORGANISM_NOISE, n);
    }
}
