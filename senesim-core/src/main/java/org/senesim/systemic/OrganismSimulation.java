package org.senesim.systemic;

import org.senesim.random.CounterRandom;
import org.senesim.random.RandomStreams;
import org.senesim.systemic.sde.CounterNoise;
import org.senesim.systemic.sde.ExponentialMidpoint;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Set;

/**
 * One simulated person advanced step by step: the API the tissue engine drives day by day when the
 * skin patch is coupled in (through a {@link SkinSource}), and the engine behind
 * {@link OrganismModel#simulate}.
 *
 * <p>Each {@link #step()} advances by the fixed step {@code dtDays} with the stochastic exponential
 * midpoint scheme ({@link ExponentialMidpoint}), then checks death: the whole-body burden at the end of the step at or above
 * {@code X_c}, or a crossing inside the step detected by the Brownian-bridge probability
 * {@code exp(−2(X_c − T₀)(X_c − T₁)/(σ_T²·dt))} (so weekly steps do not miss short excursions), or
 * the person's extrinsic death age (drawn once, exponential with the extrinsic hazard).
 *
 * <p>Random numbers: the step's normals are {@code (seed, ORGANISM_NOISE, step, entity, 0..5)};
 * bridge draws {@code (seed, ORGANISM_EVENTS, step, entity, 0)}; the extrinsic death age
 * {@code (seed, ORGANISM_EVENTS, 0, entity, 1)}; a wandering production factor's step
 * {@code (seed, ORGANISM_TRAIT, step, entity, 0)}, after the burdens' step. Same seed and entity, same path, whatever else runs.
 */
public final class OrganismSimulation {

    private static final int SKIN = Organ.SKIN.ordinal();

    private final OrganismParameters p;
    private final OrganismEquations eq;
    private final ExponentialMidpoint stepper = new ExponentialMidpoint();
    private final CounterNoise noise;
    private final double[] normals = new double[OrganismEquations.NOISE_DIMENSION];
    /** The Wiener processes that load on some component (with fully shared noise, only the shared one). */
    private final boolean[] usedNoise = new boolean[OrganismEquations.NOISE_DIMENSION];
    private final double[] x;
    private final long seed;
    private final long entity;
    private final double dtDays;
    private final SkinSource skin;
    /** Whether the skin reads the stem-cell reserve (else NaN is handed over, an exponential spared per step). */
    private final boolean reserveToSkin;
    private final double extrinsicDeathAge;
    /** {a, b} of the production factor's Ornstein-Uhlenbeck step, or null when it is lifelong. */
    private final double[] wander;
    private Exposures exposures;
    private long step;
    private boolean alive = true;
    private double deathAge = Double.NaN;
    private DeathCause cause = DeathCause.NONE;
    private boolean immortal;

    OrganismSimulation(OrganismParameters p, Exposures exposures, long seed, long entity, double startAgeYears,
                       double dtDays, SkinSource skin) {
        this(p, exposures, seed, entity, startAgeYears, dtDays, skin, null);
    }

    /**
     * @param start the person's starting state ({@link #startingState}) when already computed for
     *              the same parameters, exposures, seed, entity and age (copied), or null
     */
    OrganismSimulation(OrganismParameters p, Exposures exposures, long seed, long entity, double startAgeYears,
                       double dtDays, SkinSource skin, double[] start) {
        if (!(dtDays > 0) || Double.isInfinite(dtDays)) {
            throw new IllegalArgumentException("dtDays must be finite and > 0, got " + dtDays);
        }
        this.p = p;
        this.exposures = exposures;
        this.eq = new OrganismEquations(p, startAgeYears, exposures);
        this.noise = new CounterNoise(seed, RandomStreams.ORGANISM_NOISE, entity);
        this.seed = seed;
        this.entity = entity;
        this.dtDays = dtDays;
        this.skin = skin;
        this.reserveToSkin = skin != null && skin.readsStemCellReserve();
        this.x = start == null ? startingState(p, exposures, seed, entity, startAgeYears) : start.clone();
        if (skin != null) {
            x[SKIN] = skin.start(startAgeYears, x[SKIN]);
            eq.freezeSkin();
        }
        this.extrinsicDeathAge = extrinsicDeathAge(p, seed, entity, startAgeYears);
        this.wander = p.productionWander(dtDays);
        // the diffusion is constant (OrganismEquations.constantDiffusion): a normal nothing loads
        // on is never read by the stepper, so it need not be drawn
        double[][] g = new double[OrganismEquations.DIMENSION][OrganismEquations.NOISE_DIMENSION];
        eq.diffusion(0.0, x, g);
        for (double[] row : g) {
            for (int j = 0; j < row.length; j++) {
                usedNoise[j] |= row[j] != 0.0;
            }
        }
    }

    /** The quasi-stationary starting state of person {@code entity}, personalised (before any skin source). */
    static double[] startingState(OrganismParameters p, Exposures exposures, long seed, long entity,
                                  double startAgeYears) {
        double[] x = QuasiStationary.state(p, p.productionScale(exposures), startAgeYears);
        QuasiStationary.personalise(p, x, p.productionFactor(seed, entity), p.ageOffset(seed, entity),
                p.noiseFactor(seed, entity), startAgeYears, p.gripPeak(seed, entity));
        return x;
    }

    /** The age at which extrinsic mortality strikes this person (infinite without it). */
    static double extrinsicDeathAge(OrganismParameters p, long seed, long entity, double startAge) {
        if (p.extrinsicPerYear <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double u = CounterRandom.uniformPositive(CounterRandom.key(seed, RandomStreams.ORGANISM_EVENTS, 0), entity, 1);
        return startAge - StrictMath.log(u) / p.extrinsicPerYear;
    }

    /**
     * Advances one step of {@code dtDays}. Does nothing once the person is dead.
     *
     * @return whether the person is alive at the end of the step
     */
    public boolean step() {
        if (!alive) {
            return false;
        }
        double t = step * dtDays;
        double age = eq.age(t);
        double total0 = p.totalBurden(x);
        double skinNext = Double.NaN;
        if (skin != null) {
            skinNext = skin.advance(new SkinStep(seed, entity, step, age, dtDays, p.bloodSasp(x),
                    p.immuneCapacity(age), reserveToSkin ? StrictMath.exp(x[OrganismEquations.RESERVE]) : Double.NaN,
                    eq.senolyticRate(Organ.SKIN),
                    exposures, x[OrganismEquations.TRAIT_PRODUCTION], total0));
        }
        noise.fill(step, normals, usedNoise);
        stepper.step(eq, t, dtDays, x, normals);
        if (skin != null) {
            x[SKIN] = skinNext;
        }
        if (wander != null) {
            int tp = OrganismEquations.TRAIT_PRODUCTION;
            x[tp] = OrganismParameters.wanderedProductionFactor(x[tp], wander[0], wander[1], seed, step, entity);
        }
        step++;
        double ageEnd = eq.age(step * dtDays);
        double total1 = p.totalBurden(x);
        if (immortal) {
            return true;
        }
        if (extrinsicDeathAge <= ageEnd) {
            die(extrinsicDeathAge, DeathCause.EXTRINSIC);
        } else if (total1 >= p.threshold) {
            die(ageEnd, DeathCause.SENESCENT_BURDEN);
        } else if (bridgeCrossed(p, seed, entity, step - 1, total0, total1, dtDays, x[OrganismEquations.TRAIT_NOISE])) {
            die(0.5 * (age + ageEnd), DeathCause.SENESCENT_BURDEN);
        }
        return alive;
    }

    /** No death from now on: for reference paths that must cover every age (see {@link OrganismModel#startReference}). */
    void immortal() {
        immortal = true;
    }

    /**
     * Whether the whole-body burden crossed X_c inside a step that starts and ends below it, for a
     * person whose noise loadings are the parameters' times {@code noiseFactor} (variance times its square).
     */
    static boolean bridgeCrossed(OrganismParameters p, long seed, long entity, long step, double t0, double t1,
                                 double dt, double noiseFactor) {
        if (p.totalNoiseVariance <= 0) {
            return false;
        }
        // a factor of 1 (no between-person noise variation) leaves the variance's bits alone
        double variance = noiseFactor == 1.0 ? p.totalNoiseVariance : p.totalNoiseVariance * (noiseFactor * noiseFactor);
        double exponent = 2.0 * (p.threshold - t0) * (p.threshold - t1) / (variance * dt);
        if (exponent > 40.0) {
            return false;
        }
        double u = CounterRandom.uniform(CounterRandom.key(seed, RandomStreams.ORGANISM_EVENTS, step), entity, 0);
        return u < StrictMath.exp(-exponent);
    }

    private void die(double age, DeathCause c) {
        alive = false;
        deathAge = age;
        cause = c;
    }

    /** Applies an event now (whatever its age field says). */
    public void apply(OrganismEvent event) {
        if (event instanceof OrganismEvent.Injection inj) {
            inject(inj.organ(), inj.cells());
        } else if (event instanceof OrganismEvent.SenolyticDose dose) {
            applySenolytic(dose.organs(), dose.killFraction());
        } else if (event instanceof OrganismEvent.ExposureChange change) {
            setExposures(change.exposures());
        }
    }

    /** Injects senescent cells into an organ, or into the whole body when {@code organ} is null. */
    public void inject(Organ organ, double cells) {
        double units = p.unitsPerCells(cells);
        if (organ == null) {
            for (int o = 0; o < Organ.COUNT; o++) {
                addBurden(o, units);
            }
        } else {
            addBurden(organ.ordinal(), units / p.weight[organ.ordinal()]);
        }
    }

    private void addBurden(int o, double units) {
        x[o] += units;
        if (o == SKIN && skin != null) {
            skin.addBurden(units);
        }
    }

    /**
     * One senolytic dose: removes {@code killFraction} of the reachable senescent cells of each organ
     * given (all of them where the whole burden is reachable; {@link OrganismEquations#REACHABLE}).
     */
    public void applySenolytic(Set<Organ> organs, double killFraction) {
        if (!(killFraction >= 0 && killFraction <= 1)) {
            throw new IllegalArgumentException("killFraction must lie in [0, 1], got " + killFraction);
        }
        for (Organ o : organs) {
            OrganismEquations.kill(x, o.ordinal(), x, OrganismEquations.REACHABLE + o.ordinal(), killFraction);
            if (o == Organ.SKIN && skin != null) {
                skin.kill(killFraction);
            }
        }
    }

    /** Continuous senolytic removal rate (per day) for an organ from now on; 0 switches it off. */
    public void setSenolyticRate(Organ organ, double perDay) {
        eq.setSenolyticRate(organ, perDay);
    }

    /** Scales the blood SASP the organs feel from now on (oral senomorphics, cryotherapy); 1 = none. */
    public void setBloodSaspFactor(double factor) {
        eq.setBloodSaspFactor(factor);
    }

    /**
     * Adds to the stem-cell reserve R at once (intravenous stem-cell therapy): {@code R ← R + gain},
     * with R relative to a young adult.
     */
    public void addStemCellReserve(double gain) {
        if (!(gain >= 0) || Double.isInfinite(gain)) {
            throw new IllegalArgumentException("stem-cell reserve gain must be finite and >= 0, got " + gain);
        }
        int r = OrganismEquations.RESERVE;
        x[r] = StrictMath.log(StrictMath.exp(x[r]) + gain);
    }

    /** New exposures from now on. */
    public void setExposures(Exposures exposures) {
        this.exposures = exposures;
        eq.setExposures(exposures);
    }

    public boolean alive() {
        return alive;
    }

    /** Age at the current time, years. */
    public double ageYears() {
        return eq.age(step * dtDays);
    }

    /** Steps taken so far. */
    public long stepIndex() {
        return step;
    }

    public double dtDays() {
        return dtDays;
    }

    /** Age at death in years, NaN while alive. */
    public double deathAgeYears() {
        return deathAge;
    }

    public DeathCause deathCause() {
        return cause;
    }

    /** Senescent burden of an organ, organism units. */
    public double burden(Organ organ) {
        return x[organ.ordinal()];
    }

    /**
     * Persistent senescence-like burden of an organ's long-lived parenchymal cells (not cleared by
     * immunity, not part of Karin's X); the organ's senescence markers are {@code burden + persistent}.
     */
    public double persistentBurden(Organ organ) {
        return x[OrganismEquations.PERSISTENT + organ.ordinal()];
    }

    /** Organ senescence markers: clearable plus persistent burden ({@code X_o + Y_o}). */
    public double markerBurden(Organ organ) {
        return x[organ.ordinal()] + x[OrganismEquations.PERSISTENT + organ.ordinal()];
    }

    /** Whole-body burden {@code T = Σ w_o·X_o}, Karin's X. */
    public double totalBurden() {
        return p.totalBurden(x);
    }

    /** Blood SASP, burden units. */
    public double bloodSasp() {
        return p.bloodSasp(x);
    }

    /** Immune capacity now (1 = young adult). */
    public double immuneCapacity() {
        return p.immuneCapacity(ageYears());
    }

    /** Stem-cell reserve now (1 = young adult). */
    public double stemCellReserve() {
        return StrictMath.exp(x[OrganismEquations.RESERVE]);
    }

    public double gripStrengthKg() {
        return OrganismOutcomes.gripStrengthKg(p, x[OrganismEquations.LOAD_MUSCLE], x[OrganismEquations.TRAIT_GRIP_PEAK]);
    }

    public double memoryScore() {
        return OrganismOutcomes.memoryScore(p, x[OrganismEquations.LOAD_BRAIN]);
    }


    public double frailtyIndex() {
        return OrganismOutcomes.frailtyIndex(p, x[OrganismEquations.LOAD_TOTAL]);
    }

    /** Senescent fraction of dermal fibroblasts the skin burden stands for. */
    public double skinSenescentFraction() {
        return p.skinFractionFromBurden(x[SKIN]);
    }

    public OrganismParameters parameters() {
        return p;
    }

    /** A copy of the full state vector (organs, loads, log reserve; see {@link OrganismEquations}). */
    public double[] state() {
        return x.clone();
    }

    /** Writes the current observation row: each column's reporter ({@link OrganismColumns}). */
    public void observe(double[] row) {
        OrganismColumns.observe(p, x, ageYears(), row);
    }

    /**
     * Checkpoint: the state vector, the step counter (which is also every random stream's position:
     * the noise and the death draws are keyed by it), life and death, the exposures in force and
     * what treatments set on the equations. The skin source checkpoints itself.
     */
    public void writeState(DataOutput out) throws IOException {
        org.senesim.StateIo.section(out, "organism");
        org.senesim.StateIo.write(out, x);
        out.writeLong(step);
        out.writeBoolean(alive);
        out.writeDouble(deathAge);
        out.writeInt(cause.ordinal());
        out.writeBoolean(immortal);
        org.senesim.StateIo.write(out, new double[] {exposures.uvRelative(), exposures.cigarettesPerDay(),
                exposures.alcoholDrinksPerWeek(), exposures.dietRisk()});
        eq.writeState(out);
    }

    public void readState(DataInput in) throws IOException {
        org.senesim.StateIo.expectSection(in, "organism");
        org.senesim.StateIo.read(in, x);
        step = in.readLong();
        alive = in.readBoolean();
        deathAge = in.readDouble();
        int c = in.readInt();
        if (c < 0 || c >= DeathCause.values().length) {
            throw new org.senesim.StateIo.MismatchException("a cause of death numbered " + c);
        }
        cause = DeathCause.values()[c];
        immortal = in.readBoolean();
        double[] e = new double[4];
        org.senesim.StateIo.read(in, e);
        exposures = new Exposures(e[0], e[1], e[2], e[3]);
        eq.readState(in);
    }
}
