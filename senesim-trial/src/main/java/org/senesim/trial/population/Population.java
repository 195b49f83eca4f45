package org.senesim.trial.population;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.Parameter;
import org.senesim.evidence.ParameterSet;
import org.senesim.random.CounterRandom;
import org.senesim.scenario.Diet;
import org.senesim.scenario.Sex;
import org.senesim.trial.TrialStreams;

/**
 * A virtual population: marginal distributions of the traits, their correlations (a Gaussian
 * copula), the registry parameters that vary between people, a size and a seed.
 *
 * <p>Person {@code i} is a pure function of (seed, i): its normal draws are counter-based, keyed by
 * the person index, so the same spec and seed give the same people on any machine, in any order,
 * with any number of threads.
 */
public final class Population {

    /** Traits in copula order; {@link #correlation} is indexed the same way. */
    public static final List<String> TRAITS = List.of("sex", "age", "fitzpatrick", "latitude", "outdoor_hours",
            "smoking", "alcohol", "diet");

    private final int size;
    private final long seed;
    private final Marginal[] marginals;
    private final double[][] cholesky;
    private final List<Parameter> varied;
    private final double[][] correlation;
    /** Calibrated between-person variation ({@code --posterior}); null for none. */
    private final PersonPosterior posterior;

    /**
     * @param marginals   one per {@link #TRAITS} entry (sex and diet as {@link Marginal.Shares} over
     *                    ordinal codes)
     * @param correlation correlation matrix over {@link #TRAITS} (must be positive definite)
     * @param varied      registry parameters drawn per person from their registry distribution
     */
    public Population(int size, long seed, Marginal[] marginals, double[][] correlation, List<Parameter> varied) {
        this(size, seed, marginals, correlation, varied, null);
    }

    private Population(int size, long seed, Marginal[] marginals, double[][] correlation, List<Parameter> varied,
                       PersonPosterior posterior) {
        this.posterior = posterior;
        this.size = size;
        this.seed = seed;
        this.marginals = marginals.clone();
        this.correlation = correlation;
        this.cholesky = choleskyOrNull(correlation);
        this.varied = List.copyOf(varied);
    }

    /** Lower Cholesky factor, or null when the matrix is not positive definite. */
    public static double[][] choleskyOrNull(double[][] a) {
        int p = a.length;
        double[][] l = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int m = 0; m < j; m++) {
                    sum -= l[i][m] * l[j][m];
                }
                if (i == j) {
                    if (!(sum > 0.0)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return l;
    }

    /** The same population with another size or seed (person i is unchanged when only the size changes). */
    public Population resized(int newSize, long newSeed) {
        return new Population(newSize, newSeed, marginals, correlation, varied, posterior);
    }

    /**
     * The same population whose people live a calibrated posterior: each person one of its
     * parameter sets ({@link PersonPosterior#set}), the parameters it held at their defaults held
     * there, and the {@code vary:} parameters it says nothing about still drawn from the registry.
     */
    public Population withPosterior(PersonPosterior p) {
        return new Population(size, seed, marginals, correlation, varied, p);
    }

    /** The calibrated posterior the people live, or null. */
    public PersonPosterior posterior() {
        return posterior;
    }

    /**
     * The registry values person {@code p} lives with: {@code base}, then the person's draws of the
     * {@code vary:} parameters, then their posterior set (which wins over a registry draw of the same
     * id, and holds the calibration's held ids at their defaults), then the evidence cut again, so a
     * parameter resting on weaker evidence than {@code minimum} stays at its neutral value even when
     * it varies between people.
     */
    public ParameterSet parametersOf(Participant p, ParameterSet base, EvidenceTier minimum) {
        if (varied.isEmpty() && posterior == null) {
            return base;
        }
        Map<String, Double> own = new HashMap<>();
        for (int k = 0; k < p.parameters().length; k++) {
            own.put(varied.get(k).id(), p.parameters()[k]);
        }
        if (posterior != null) {
            for (String id : posterior.held()) {
                if (own.containsKey(id)) {
                    own.put(id, base.get(id));
                }
            }
            own.putAll(posterior.draw(seed, p.id()));
        }
        return base.with(own, ParameterSet.Origin.SAMPLED).withMinimumTier(minimum);
    }

    public int size() {
        return size;
    }

    public long seed() {
        return seed;
    }

    public List<Parameter> varied() {
        return varied;
    }

    public Marginal marginal(String trait) {
        return marginals[TRAITS.indexOf(trait)];
    }

    /** Person {@code i}. */
    public Participant person(long i) {
        long key = CounterRandom.key(seed, TrialStreams.POPULATION, 0);
        int p = TRAITS.size();
        double[] e = new double[p];
        for (int k = 0; k < p; k++) {
            e[k] = CounterRandom.normal(key, i, k);
        }
        double[] v = new double[p];
        for (int r = 0; r < p; r++) {
            double z = 0.0;
            for (int c = 0; c <= r; c++) {
                z += cholesky[r][c] * e[c];
            }
            v[r] = marginals[r].value(z);
        }
        double[] params = new double[varied.size()];
        long pkey = CounterRandom.key(seed, TrialStreams.PERSON_PARAMETERS, i);
        for (int k = 0; k < params.length; k++) {
            Parameter par = varied.get(k);
            double u = CounterRandom.uniform(pkey, org.senesim.evidence.ParameterSet.samplingEntity(par.id()), 0);
            params[k] = par.distribution().quantile(u, par.min(), par.defaultValue(), par.max());
        }
        return new Participant(i, Sex.values()[(int) v[0]], v[1], (int) v[2], v[3], v[4], v[5], v[6],
                Diet.values()[(int) v[7]], params);
    }
}
