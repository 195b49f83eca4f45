package org.senesim.systemic;

import org.senesim.systemic.sde.SemiLinearSde;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The organism model as equations, with no stepping and no random numbers (Hipparchus-style
 * split: {@link org.senesim.systemic.sde.SdeStepper} solves them, {@link DeterministicSkeleton}
 * hands their noise-free part to a Hipparchus integrator, {@code sbml.SbmlExporter} writes it out).
 *
 * <p>Time {@code t} is in days since the start age {@code a0}; the age is {@code a = a0 + t/365.25}
 * years. For each organ {@code o} (Karin et al. 2019 saturating removal, organ by organ):
 *
 * <pre>
 *   dX_o = [η·h·a·P_o·E_o·(1 + α_o·S)/(1 + α_o·S_ref) − (I(a)·β/(κ + Z_o) + ζ·R + k_o(t)·v_o)·X_o] dt
 *          + σ_o·(√ρ·dW_0 + √(1−ρ)·dW_o),     Z_o = X_o + λ·(T − X_o)
 * </pre>
 *
 * <p>{@code Z_o} is the burden that saturates removal in organ {@code o}: with the systemic share
 * {@code λ = 1} it is the whole-body burden {@code T = Σ w_o·X_o} (Karin's X), so the immune
 * capacity is shared by the body and slowed by its whole senescent load, as in Karin's equation;
 * with {@code λ = 0} (default) each organ saturates on its own burden.
 *
 * with blood SASP {@code S = Σ w_o·s_o·X_o}, immune capacity {@code I(a)}, stem-cell reserve
 * {@code R}, senolytic removal rate {@code k_o(t)} acting on the
 * reachable share {@code v_o} of the burden ({@link #REACHABLE}), a shared noise fraction {@code ρ} and the person's
 * production factor {@code h} (a constant state component, {@link #TRAIT_PRODUCTION}). Each organ
 * also holds a persistent senescence-like burden {@code Y_o} of long-lived parenchymal cells,
 * {@code dY_o/dt = (φ_o·S − Y_o)/τ_o} ({@code τ_o} their turnover time), which no clearance removes
 * and which does not enter the death criterion. Three functional loads follow the organ's marker
 * burden {@code X + Y} with time constant {@code τ} ({@code dL/dt = (X + Y − L)/τ}, muscle, brain,
 * whole body), and the reserve decays as {@code d(ln R)/dt = −r·(1 + q·S)/365.25}.
 * Burdens are kept non-negative by reflection at zero ({@link #constrain}).
 *
 * <p>For the stepper the organ drift is split as {@code f − k·X} with {@code k} the local
 * relaxation rate {@code −∂μ/∂X} ({@link #organRate}, {@link #organForcing}), so one exponential
 * step is the exact solution of the drift linearised at the evaluation point (local
 * linearisation, Ozaki 1992; Biscay et al. 1996); the organism uses the predictor–corrector
 * {@link org.senesim.systemic.sde.ExponentialMidpoint}.
 */
public final class OrganismEquations implements SemiLinearSde {

    /** State component of the muscle load (1-year running mean of the muscle burden). */
    public static final int LOAD_MUSCLE = Organ.COUNT;
    /** State component of the brain (hippocampus) load. */
    public static final int LOAD_BRAIN = Organ.COUNT + 1;
    /** State component of the whole-body load (running mean of T). */
    public static final int LOAD_TOTAL = Organ.COUNT + 2;
    /**
     * State component holding the logarithm of the stem-cell reserve {@code ln R} (R = 1 at the
     * young-adult reference age); stored as a logarithm so its exponential decay is a plain sum.
     */
    public static final int RESERVE = Organ.COUNT + 3;
    /**
     * First state component of the persistent senescence-like burdens {@code Y_o} (component
     * {@code PERSISTENT + o.ordinal()}): senescence induced by blood SASP in long-lived parenchymal
     * cells, which immune clearance does not remove, {@code dY_o/dt = (φ_o·S − Y_o)/τ_o}.
     */
    public static final int PERSISTENT = Organ.COUNT + 4;
    /**
     * State component holding the person's production factor {@code h} (1 for the median person):
     * between-person variation of senescent-cell production, persistent, so a person's burden and
     * function carry information about their future. The equations hold it constant; with a
     * reversion rate ({@code organism.heterogeneity.production_reversion_rate}) the steppers move it
     * between steps ({@link OrganismParameters#wanderedProductionFactor}), default lifelong.
     */
    public static final int TRAIT_PRODUCTION = 2 * Organ.COUNT + 4;
    /** State component holding the person's peak grip strength in kg (constant; NaN for mice). */
    public static final int TRAIT_GRIP_PEAK = 2 * Organ.COUNT + 5;
    /**
     * State component holding the person's biological-age offset {@code δ} in years (constant over a
     * life, 0 for the median person): production is {@code η·h·max(0, a + δ)}, so a person is
     * persistently {@code δ} years older or younger than their age, at the population's rate of aging.
     */
    public static final int TRAIT_AGE_OFFSET = 2 * Organ.COUNT + 6;
    /**
     * First state component of the organs' senolytic-reachable shares {@code v_o} (component
     * {@code REACHABLE + o.ordinal()}): the share of the clearable burden {@code X_o} held by the
     * senescent cell types oral senolytics kill (Zhu 2015: dasatinib and quercetin each spare other
     * types). New cells are produced at the organ's share {@code ν_o}, every senescent cell is cleared
     * alike and the noise moves every type in proportion, so the share relaxes to {@code ν_o} at the
     * per-cell production {@code P_o/X_o}, and a senolytic removal {@code k_o} acts on it alone:
     * {@code dv_o/dt = (P_o/X_o)·(ν_o − v_o) − k_o·v_o·(1 − v_o)}, with {@code k_o·v_o·X_o} leaving the
     * organ. An organ whose share is 1 (the whole burden reachable) keeps {@code v_o = 1} exactly.
     */
    public static final int REACHABLE = 2 * Organ.COUNT + 7;
    /**
     * State component holding the person's noise loading factor {@code m = exp(σ_ε·z/2)} (1 for the
     * median person; constant over a life): a person's burden fluctuates with noise amplitude
     * {@code ε·m²}, so some people live with larger fluctuations of their senescent burden than others
     * ({@code organism.heterogeneity.noise_sd}).
     */
    public static final int TRAIT_NOISE = 3 * Organ.COUNT + 7;
    /** Number of state components. */
    public static final int DIMENSION = 3 * Organ.COUNT + 8;
    /**
     * Smallest burden the reachable share's relaxation rate {@code P/X} divides by: a numerical floor
     * (a burden reflected to exactly zero would give an infinite rate), not a biological quantity;
     * below it the share is back at {@code ν} within any step.
     */
    private static final double SHARE_BURDEN_FLOOR = 1e-12;
    /** Wiener processes: 0 shared by all organs, 1 + o the organ's own. */
    public static final int NOISE_DIMENSION = Organ.COUNT + 1;

    private final OrganismParameters p;
    private final double startAge;
    private final double[] productionScale;
    private final double[] senolyticRate = new double[Organ.COUNT];
    private double bloodSaspFactor = 1.0;
    private boolean skinFrozen;

    public OrganismEquations(OrganismParameters parameters, double startAgeYears, Exposures exposures) {
        this.p = parameters;
        this.startAge = startAgeYears;
        this.productionScale = parameters.productionScale(exposures);
    }

    public OrganismParameters parameters() {
        return p;
    }

    /** Age in years at time {@code t} days. */
    public double age(double t) {
        return startAge + t / OrganismParameters.DAYS_PER_YEAR;
    }

    public double startAge() {
        return startAge;
    }

    /** Changes the exposures from now on (smoking stops, a sunscreen habit starts). */
    public void setExposures(Exposures exposures) {
        double[] s = p.productionScale(exposures);
        System.arraycopy(s, 0, productionScale, 0, s.length);
    }

    /**
     * Freezes the skin compartment (zero drift and noise) because an external {@link SkinSource}
     * sets its value after every step; within a step the other organs then see the skin's value at
     * the start of the step.
     */
    void freezeSkin() {
        skinFrozen = true;
    }

    /** Production multiplier {@code P_o·E_o} of an organ under the current exposures. */
    public double productionScale(Organ o) {
        return productionScale[o.ordinal()];
    }

    /**
     * Sets a continuous senolytic removal rate (per day) for an organ: the hook for a drug taken
     * continuously (e.g. fisetin in the diet). Zero switches it off.
     */
    public void setSenolyticRate(Organ o, double perDay) {
        if (!(perDay >= 0) || Double.isInfinite(perDay)) {
            throw new IllegalArgumentException("senolytic rate must be finite and >= 0, got " + perDay);
        }
        senolyticRate[o.ordinal()] = perDay;
    }

    /**
     * Scales the blood SASP the organs feel (and that wears the stem-cell reserve): oral
     * senomorphics lower SASP secretion everywhere, cryotherapy lowers systemic inflammation for a
     * while. 1 = no treatment.
     */
    public void setBloodSaspFactor(double factor) {
        if (!(factor >= 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("blood SASP factor must be finite and >= 0, got " + factor);
        }
        bloodSaspFactor = factor;
    }

    public double bloodSaspFactor() {
        return bloodSaspFactor;
    }

    public double senolyticRate(Organ o) {
        return senolyticRate[o.ordinal()];
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public int noiseDimension() {
        return NOISE_DIMENSION;
    }

    @Override
    public void split(double t, double[] x, double[] forcing, double[] rate) {
        double age = age(t);
        double s = p.bloodSasp(x) * bloodSaspFactor;
        // the senescent cells that occupy the shared immune capacity: the whole-body burden, not what
        // they secrete (a secretion above 1 must not slow removal)
        double whole = p.totalBurden(x);
        double immune = p.immuneCapacity(age);
        double etaAge = p.eta * productionAge(age, x[TRAIT_AGE_OFFSET]) * x[TRAIT_PRODUCTION];
        double stemKill = stemKill(p, x[RESERVE]);
        for (int o = 0; o < Organ.COUNT; o++) {
            double prod = production(etaAge, productionScale[o], p.alpha[o], p.couplingNorm[o], s);
            forcing[o] = organForcing(prod, immune, p.beta, p.kappa, p.systemicSaturation, x[o], whole);
            double share = x[REACHABLE + o];
            rate[o] = organRate(immune, p.beta, p.kappa, p.systemicSaturation, x[o], whole,
                    stemKill + senolyticRate[o] * share);
            // the share's split: forcing (P/X)·ν, rate P/X + k·(1 − v); zero while it does not move
            double phi = p.reachableShare[o];
            boolean moves = shareMoves(phi, share, senolyticRate[o]);
            double turnover = moves ? shareTurnover(prod, x[o]) : 0.0;
            forcing[REACHABLE + o] = moves ? turnover * phi : 0.0;
            rate[REACHABLE + o] = moves ? turnover + senolyticRate[o] * (1.0 - share) : 0.0;
        }
        if (skinFrozen) {
            forcing[Organ.SKIN.ordinal()] = 0.0;
            rate[Organ.SKIN.ordinal()] = 0.0;
            forcing[REACHABLE + Organ.SKIN.ordinal()] = 0.0;
            rate[REACHABLE + Organ.SKIN.ordinal()] = 0.0;
        }
        for (int o = 0; o < Organ.COUNT; o++) {
            forcing[PERSISTENT + o] = p.persistentShare[o] * p.persistentRate[o] * s;
            rate[PERSISTENT + o] = p.persistentRate[o];
        }
        double loadRate = 1.0 / p.loadTimeDays;
        int m = Organ.MUSCLE.ordinal();
        int b = Organ.BRAIN.ordinal();
        forcing[LOAD_MUSCLE] = (x[m] + x[PERSISTENT + m]) * loadRate;
        rate[LOAD_MUSCLE] = loadRate;
        forcing[LOAD_BRAIN] = (x[b] + x[PERSISTENT + b]) * loadRate;
        rate[LOAD_BRAIN] = loadRate;
        forcing[LOAD_TOTAL] = (p.totalBurden(x) + p.persistentTotal(x)) * loadRate;
        rate[LOAD_TOTAL] = loadRate;
        forcing[RESERVE] = -reserveRate(p, s);
        rate[RESERVE] = 0.0;
        // person traits are constants: zero forcing and rate leave them exactly unchanged
        forcing[TRAIT_PRODUCTION] = 0.0;
        rate[TRAIT_PRODUCTION] = 0.0;
        forcing[TRAIT_GRIP_PEAK] = 0.0;
        rate[TRAIT_GRIP_PEAK] = 0.0;
        forcing[TRAIT_AGE_OFFSET] = 0.0;
        rate[TRAIT_AGE_OFFSET] = 0.0;
    }

    /**
     * The age that sets a person's production, {@code max(0, a + δ)} years: their biological age
     * with the persistent offset {@code δ}; exactly {@code a} when {@code δ = 0}, so the rate form of
     * heterogeneity alone gives the same numbers as before the offset existed.
     */
    static double productionAge(double ageYears, double offsetYears) {
        return offsetYears == 0.0 ? ageYears : Math.max(0.0, ageYears + offsetYears);
    }

    @Override
    public void diffusion(double t, double[] x, double[][] out) {
        for (double[] row : out) {
            Arrays.fill(row, 0.0);
        }
        for (int o = 0; o < Organ.COUNT; o++) {
            if (skinFrozen && o == Organ.SKIN.ordinal()) {
                continue;
            }
            // the loading times the person's factor, as the flat steppers multiply it (same bits)
            out[o][0] = p.noiseShared[o] * x[TRAIT_NOISE];
            out[o][1 + o] = p.noiseOwn[o] * x[TRAIT_NOISE];
        }
    }

    /**
     * The diffusion is the parameters' noise loadings times the person's noise factor, a state
     * component no step changes (freezing the skin happens before the first step): constant over
     * a life, so a stepper may evaluate it once per simulation (each has its own equations).
     */
    @Override
    public boolean constantDiffusion() {
        return true;
    }

    /** Reflection at zero: a burden pushed below zero by the noise comes back as far above it. */
    @Override
    public void constrain(double[] x) {
        for (int o = 0; o < Organ.COUNT; o++) {
            x[o] = Math.abs(x[o]);
        }
    }

    // ---- the formulas, shared with the cohort stepper so both do identical arithmetic ----

    /** Production {@code η·a·P_o·E_o·(1 + α_o·S)/(1 + α_o·S_ref)}, burden units per day. */
    static double production(double etaAge, double scale, double alpha, double couplingNorm, double sasp) {
        return etaAge * scale * (1.0 + alpha * sasp) * couplingNorm;
    }

    /**
     * The burden that saturates removal in an organ, {@code Z = X + λ·(T − X)}: the organ's own
     * burden for {@code λ = 0}, the whole-body burden {@code T = Σ w_o·X_o} for {@code λ = 1} (Karin's
     * equation). Until session 11 {@code T} was the blood SASP {@code S = Σ w_o·s_o·X_o}, equal to
     * {@code T} while every secretion {@code s_o} is 1 (the defaults); with a secretion above 1 (the
     * shipped posterior's muscle) removal then saturated on more than the body's senescent cells.
     */
    static double saturating(double lambda, double x, double whole) {
        return x + lambda * (whole - x);
    }

    /**
     * Local relaxation rate of an organ burden, per day, for the drift
     * {@code μ(X) = P − I·β·X/(κ + Z) − c·X} with {@code Z = X + λ·(T − X)} ({@code c = ζ·R + k_sen}):
     * {@code k = I·β·(κ + λ·max(0, T − X))/(κ + Z)² + c}. While the organ is at or below the body's
     * level this is the derivative of the removal along a move of the whole body's burden with the
     * organ's (the organs share their noise, so they move together): for {@code λ = 0} the organ's
     * own derivative {@code I·β·κ/(κ + X)² + c}, and for organs alike Karin's {@code I·β·κ/(κ + X)²}
     * whatever {@code λ}; above it the rate stays at {@code I·β·κ/(κ + Z)²}, never negative. The
     * split {@code f − k·X} is exact at the evaluation point for any {@code k ≥ 0}; {@code k} only
     * sets how well the exponential step follows the drift. Splitting with the local rate (local
     * linearisation) rather than the per-capita removal {@code I·β/(κ + Z)} lets the step follow the
     * slow relaxation of a large burden (Karin's critical slowing down): at X = 2 the local rate is
     * five times smaller.
     */
    static double organRate(double immune, double beta, double kappa, double lambda, double x, double whole, double c) {
        double s = kappa + saturating(lambda, x, whole);
        return immune * beta * (kappa + lambda * Math.max(0.0, whole - x)) / (s * s) + c;
    }

    /**
     * Forcing of the local-linearisation split, {@code f = μ(X) + k·X = P − I·β·X·(Z − λ·max(0, T − X))/(κ + Z)²}
     * ({@code P − I·β·X²/(κ + X)²} for {@code λ = 0}, bit for bit, and whenever {@code T ≥ X}).
     */
    static double organForcing(double production, double immune, double beta, double kappa, double lambda, double x,
                               double whole) {
        double z = saturating(lambda, x, whole);
        double d = kappa + z;
        double q = x / d;
        double r = (z - lambda * Math.max(0.0, whole - x)) / d;
        return production - immune * beta * q * r;
    }

    /**
     * Whether an organ's reachable share moves this step: only where part of the burden is out of
     * reach ({@code ν < 1}) and the share is away from {@code ν} or a senolytic acts. Otherwise its
     * forcing and rate are zero and the share stays bit for bit where it is (so untreated people and
     * organs wholly within reach compute exactly what they did before the share existed).
     */
    static boolean shareMoves(double phi, double share, double senolytic) {
        return phi < 1.0 && (share != phi || senolytic != 0.0);
    }

    /** Per-cell production {@code P/X} per day, the rate at which new cells restore the share. */
    static double shareTurnover(double production, double burden) {
        return production / Math.max(burden, SHARE_BURDEN_FLOOR);
    }

    /**
     * One senolytic dose that kills {@code killFraction} of an organ's reachable cells: the burden
     * {@code burden[b]} loses {@code f·v} of itself and the reachable share {@code share[s]} becomes
     * {@code v·(1 − f)/(1 − f·v)} (a whole-burden share stays 1). The one rule for every stepper's
     * state layout (a person's vector, or a cohort's columns).
     */
    static void kill(double[] burden, int b, double[] share, int s, double killFraction) {
        double v = share[s];
        burden[b] *= 1.0 - killFraction * v;
        if (v != 1.0) {
            double left = 1.0 - killFraction * v;
            share[s] = left > 0.0 ? v * (1.0 - killFraction) / left : 0.0;
        }
    }

    /** Extra per-capita removal by stem cells, {@code ζ·R}, from {@code ln R}. */
    static double stemKill(OrganismParameters p, double logReserve) {
        return p.stemClearance == 0.0 ? 0.0 : p.stemClearance * StrictMath.exp(logReserve);
    }

    /** Relative loss rate of the stem-cell reserve, {@code r·(1 + q·S)}, per day. */
    static double reserveRate(OrganismParameters p, double sasp) {
        return p.stemLossPerYear * (1.0 + p.stemSaspLoss * sasp) / OrganismParameters.DAYS_PER_YEAR;
    }

    /** Checkpoint: what treatments and exposures changed since construction. */
    void writeState(DataOutput out) throws IOException {
        org.senesim.StateIo.write(out, productionScale);
        org.senesim.StateIo.write(out, senolyticRate);
        out.writeDouble(bloodSaspFactor);
        out.writeBoolean(skinFrozen);
    }

    void readState(DataInput in) throws IOException {
        org.senesim.StateIo.read(in, productionScale);
        org.senesim.StateIo.read(in, senolyticRate);
        bloodSaspFactor = in.readDouble();
        skinFrozen = in.readBoolean();
    }
}
