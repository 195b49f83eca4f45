package org.senesim.trial.population;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.senesim.random.CounterRandom;
import org.senesim.trial.TrialStreams;

/**
 * A calibrated posterior ensemble as a trial's between-person variation: person {@code i} lives one
 * of the ensemble's parameter sets, chosen with probability its weight by a draw keyed by (population
 * seed, person index) — so the same population and seed give the same people on any machine, thread
 * count or executor — and the parameters the calibration held at their registry defaults stay there
 * (the posterior is conditional on them).
 *
 * <p>The trial module reads no posterior file itself: the command line turns a {@code posterior.json}
 * of {@code senesim calibrate} into this value (module {@code senesim-calibration} sits above trials).
 *
 * @param ids     calibrated registry ids, in the order of each set's values
 * @param held    ids held at their registry defaults by the calibration
 * @param weights normalised weights, one per set
 * @param values  {@code values[set][parameter]}
 * @param source  where the ensemble came from (file name), for the report and provenance
 */
public record PersonPosterior(List<String> ids, List<String> held, double[] weights, double[][] values, String source)
        implements Serializable {

    public PersonPosterior {
        ids = List.copyOf(ids);
        held = List.copyOf(held);
        if (weights.length == 0 || weights.length != values.length) {
            throw new IllegalArgumentException("a posterior needs one weight per parameter set and at least one set");
        }
        for (double[] set : values) {
            if (set.length != ids.size()) {
                throw new IllegalArgumentException("every posterior set needs one value per calibrated parameter");
            }
        }
        weights = weights.clone();
        values = values.clone();
    }

    /** Index of the parameter set person {@code person} of a population with seed {@code seed} lives. */
    public int set(long seed, long person) {
        double u = CounterRandom.uniform(CounterRandom.key(seed, TrialStreams.POSTERIOR_SET, 0), person, 0);
        double cumulative = 0;
        for (int j = 0; j < weights.length; j++) {
            cumulative += weights[j];
            if (u < cumulative) {
                return j;
            }
        }
        return weights.length - 1;
    }

    /** The calibrated values of that person, as registry overrides (ids to values). */
    public Map<String, Double> draw(long seed, long person) {
        double[] set = values[set(seed, person)];
        Map<String, Double> m = new LinkedHashMap<>();
        for (int k = 0; k < ids.size(); k++) {
            m.put(ids.get(k), set[k]);
        }
        return m;
    }

    /** Kish's effective number of sets. */
    public double effectiveSize() {
        double s = 0;
        for (double w : weights) {
            s += w * w;
        }
        return 1 / s;
    }

    /** One line for reports: the source, its size and what it sets. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%s (%d parameter sets, effective size %.1f; calibrated: %s%s)",
                source, weights.length, effectiveSize(), String.join(", ", ids),
                held.isEmpty() ? "" : "; " + held.size() + " more held at their registry defaults");
    }
}
