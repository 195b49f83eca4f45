package org.senesim.systemic;

import org.senesim.scenario.Species;

/**
 * Starting state of a simulation at any adult age without simulating from birth.
 *
 * <p>Senescent cells turn over in days to weeks while production changes over years, so at the
 * start age each organ is close to the stationary law of its SDE with production frozen. With
 * noise, its mean is taken: the stationary density of {@code dX = μ(X)dt + σ dW} reflected at 0 is
 * {@code ∝ exp(2Φ(x)/σ²)}, {@code Φ(x) = ∫₀ˣ μ}, integrated numerically on {@code [0, X_c]}
 * (composite Gauss–Legendre, {@link StationaryQuadrature}; Simpson's rule outside its range). Without noise the fixed point of the drift is taken. Blood SASP couples the
 * organs, so the organ values are iterated a few times. The persistent burdens start as if the
 * start-age blood SASP had acted since birth ({@code Y = φ·S·(1 − e^{−a0/τ})}, an approximation:
 * the SASP of youth was lower). Loads start equal to their marker burdens; the
 * stem-cell reserve starts at {@code exp(−r·(a0 − a_ref))}.
 */
final class QuasiStationary {

    private static final int INTERVALS = 4000;
    private static final int ITERATIONS = 6;

    private QuasiStationary() {
    }

    static double[] state(OrganismParameters p, double[] productionScale, double startAge) {
        double[] x = new double[OrganismEquations.DIMENSION];
        x[OrganismEquations.TRAIT_PRODUCTION] = 1.0;
        x[OrganismEquations.TRAIT_NOISE] = 1.0;
        x[OrganismEquations.TRAIT_GRIP_PEAK] = p.species == Species.HUMAN ? p.gripPeak : Double.NaN;
        // no senolytic yet: every organ's burden holds the reachable cell types at their production share
        System.arraycopy(p.reachableShare, 0, x, OrganismEquations.REACHABLE, Organ.COUNT);
        double immune = p.immuneCapacity(startAge);
        double etaAge = p.eta * startAge;
        x[OrganismEquations.RESERVE] = -p.stemLossPerYear * Math.max(0.0, startAge - p.referenceAge);
        double stemKill = OrganismEquations.stemKill(p, x[OrganismEquations.RESERVE]);
        double[] prods = new double[Organ.COUNT];
        double[] vars = new double[Organ.COUNT];
        double[] next = new double[Organ.COUNT];
        for (int it = 0; it < ITERATIONS; it++) {
            double s = p.bloodSasp(x);
            for (int o = 0; o < Organ.COUNT; o++) {
                double prod = OrganismEquations.production(etaAge, productionScale[o], p.alpha[o], p.couplingNorm[o], s);
                double var = p.noiseShared[o] * p.noiseShared[o] + p.noiseOwn[o] * p.noiseOwn[o];
                prods[o] = prod;
                vars[o] = var;
                // an organ with the same production and noise as an earlier one (a twin) has its mean
                int twin = twinOf(prods, vars, o);
                next[o] = twin >= 0 ? next[twin]
                        : var > 0 ? stationaryMean(prod, immune * p.beta, p.kappa, stemKill, var, p.threshold)
                        : fixedPoint(prod, immune * p.beta, p.kappa, stemKill, p.threshold);
            }
            boolean settled = true;
            for (int o = 0; o < Organ.COUNT; o++) {
                settled &= Double.doubleToRawLongBits(next[o]) == Double.doubleToRawLongBits(x[o]);
            }
            System.arraycopy(next, 0, x, 0, Organ.COUNT);
            if (settled) {
                // the iteration reproduced its input bit for bit: every further one would too
                break;
            }
        }
        // persistent burdens: exposed to about today's blood SASP since birth, dY/dt = (φS − Y)/τ from 0
        double s = p.bloodSasp(x);
        for (int o = 0; o < Organ.COUNT; o++) {
            double exposureDays = startAge * OrganismParameters.DAYS_PER_YEAR;
            x[OrganismEquations.PERSISTENT + o] = p.persistentShare[o] * s
                    * -StrictMath.expm1(-p.persistentRate[o] * exposureDays);
        }
        int m = Organ.MUSCLE.ordinal();
        int b = Organ.BRAIN.ordinal();
        x[OrganismEquations.LOAD_MUSCLE] = x[m] + x[OrganismEquations.PERSISTENT + m];
        x[OrganismEquations.LOAD_BRAIN] = x[b] + x[OrganismEquations.PERSISTENT + b];
        x[OrganismEquations.LOAD_TOTAL] = p.totalBurden(x) + p.persistentTotal(x);
        return x;
    }

    /**
     * The median person's starting state made this person's: production factor {@code h}, age offset
     * {@code δ}, noise factor and grip peak set, organ and persistent burdens scaled by the person's production
     * relative to the median's, {@code h·max(0, a0 + δ)/a0} (at young-adult burdens the
     * stationary burden is nearly proportional to production; the person's own dynamics take over
     * within weeks for the clearable and within the turnover time for the persistent burdens), loads
     * recomputed. The burdens keep the median person's noise: with a noise factor the clearable
     * burdens relax to the person's own stationary spread within weeks. The same arithmetic for a
     * single person and a cohort member.
     */
    static void personalise(OrganismParameters p, double[] x, double h, double offset, double noise, double startAge,
                            double gripPeak) {
        x[OrganismEquations.TRAIT_PRODUCTION] = h;
        x[OrganismEquations.TRAIT_NOISE] = noise;
        x[OrganismEquations.TRAIT_GRIP_PEAK] = gripPeak;
        x[OrganismEquations.TRAIT_AGE_OFFSET] = offset;
        // production at the start is η·h·max(0, a0 + δ): the burdens scale with it (no offset: by h alone,
        // the same doubles as before the offset existed)
        double scale = offset == 0.0 || startAge <= 0.0 ? h
                : h * OrganismEquations.productionAge(startAge, offset) / startAge;
        for (int o = 0; o < Organ.COUNT; o++) {
            x[o] *= scale;
            x[OrganismEquations.PERSISTENT + o] *= scale;
        }
        int m = Organ.MUSCLE.ordinal();
        int b = Organ.BRAIN.ordinal();
        x[OrganismEquations.LOAD_MUSCLE] = x[m] + x[OrganismEquations.PERSISTENT + m];
        x[OrganismEquations.LOAD_BRAIN] = x[b] + x[OrganismEquations.PERSISTENT + b];
        x[OrganismEquations.LOAD_TOTAL] = p.totalBurden(x) + p.persistentTotal(x);
    }

    /** Root of {@code prod − b·x/(κ + x) − c·x = 0} on [0, cap]. */
    static double fixedPoint(double prod, double b, double kappa, double c, double cap) {
        if (c == 0.0) {
            return prod < b ? Math.min(cap, kappa * prod / (b - prod)) : cap;
        }
        // c·x² + (c·κ + b − prod)·x − prod·κ = 0, positive root
        double bq = c * kappa + b - prod;
        return Math.min(cap, (-bq + Math.sqrt(bq * bq + 4 * c * prod * kappa)) / (2 * c));
    }

    /** Earlier organ with bit-identical production and noise variance, or −1. */
    private static int twinOf(double[] prods, double[] vars, int o) {
        for (int e = 0; e < o; e++) {
            if (Double.doubleToRawLongBits(prods[e]) == Double.doubleToRawLongBits(prods[o])
                    && Double.doubleToRawLongBits(vars[e]) == Double.doubleToRawLongBits(vars[o])) {
                return e;
            }
        }
        return -1;
    }

    /**
     * Mean of the stationary density ∝ exp(2Φ/σ²) on [0, upper], Φ(x) = ∫ drift: by composite
     * Gauss–Legendre ({@link StationaryQuadrature}) where the density is smooth enough for it, which
     * covers the registry's ranges, otherwise by Simpson's rule with 4,000 intervals.
     */
    static double stationaryMean(double prod, double b, double kappa, double c, double variance, double upper) {
        if (StationaryQuadrature.covers(prod, b, kappa, c, variance, upper)) {
            return StationaryQuadrature.of(kappa, upper).mean(prod, b, c, variance);
        }
        return simpsonMean(prod, b, kappa, c, variance, upper);
    }

    /** The same by Simpson's rule with {@value #INTERVALS} intervals (the reference, and the fallback). */
    static double simpsonMean(double prod, double b, double kappa, double c, double variance, double upper) {
        return stationaryMean(prod, b, kappa, c, variance, upper, saturationTerms(kappa, upper));
    }

    /**
     * The same, given {@link #saturationTerms}{@code (kappa, upper)}: the grid's values of
     * {@code x − κ·log1p(x/κ)}, which depend on neither production, clearance nor noise, so one table
     * serves every organ, iteration and person with the same κ and X_c (the same doubles as computed
     * in place, so the mean is bit for bit the same).
     */
    static double stationaryMean(double prod, double b, double kappa, double c, double variance, double upper,
                                 double[] saturation) {
        double h = upper / INTERVALS;
        double[] logDensity = new double[INTERVALS + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= INTERVALS; i++) {
            double xi = i * h;
            double phi = prod * xi - b * saturation[i] - 0.5 * c * xi * xi;
            logDensity[i] = 2.0 * phi / variance;
            max = Math.max(max, logDensity[i]);
        }
        double mass = 0;
        double first = 0;
        for (int i = 0; i <= INTERVALS; i++) {
            double w = (i == 0 || i == INTERVALS) ? 1 : (i % 2 == 1 ? 4 : 2);
            double d = StrictMath.exp(logDensity[i] - max) * w;
            mass += d;
            first += d * i * h;
        }
        return first / mass;
    }

    /** Last table of {@link #saturationTerms}, kept while people share κ and X_c. */
    private static volatile SaturationTable last;

    private record SaturationTable(double kappa, double upper, double[] terms) {
    }

    /** {@code x − κ·log1p(x/κ)} on the Simpson grid of [0, upper]; the returned array is shared, read only. */
    static double[] saturationTerms(double kappa, double upper) {
        SaturationTable t = last;
        if (t != null && Double.doubleToRawLongBits(t.kappa) == Double.doubleToRawLongBits(kappa)
                && Double.doubleToRawLongBits(t.upper) == Double.doubleToRawLongBits(upper)) {
            return t.terms;
        }
        double h = upper / INTERVALS;
        double[] terms = new double[INTERVALS + 1];
        for (int i = 0; i <= INTERVALS; i++) {
            double xi = i * h;
            terms[i] = xi - kappa * StrictMath.log1p(xi / kappa);
        }
        last = new SaturationTable(kappa, upper, terms);
        return terms;
    }
}
