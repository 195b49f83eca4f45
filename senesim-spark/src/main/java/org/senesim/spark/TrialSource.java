package org.senesim.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.scenario.Posterior;
import org.senesim.trial.design.Trial;
import org.senesim.trial.design.TrialLoader;
import org.senesim.trial.population.Population;
import org.senesim.trial.results.TrialOutput;
import org.senesim.trial.simulate.Allocation;
import org.senesim.trial.simulate.PersonSimulator;

/**
 * A trial as shipped to Spark's executors: the trial file's text and the command-line overrides,
 * not the loaded objects. Each executor JVM loads it once with the ordinary trial loader (so what
 * runs there is what the driver validated) and keeps the loaded trial for its later tasks.
 *
 * @param people  population size replacing the file's, or 0 to keep it
 * @param seed    seed replacing the file's, or -1 to keep it
 * @param minTier evidence cut replacing the file's, or null to keep it
 * @param posteriorText  text of a {@code --posterior} file the people live, or null for none
 * @param posteriorLabel that file's name (messages, report)
 */
public record TrialSource(String text, String label, int people, long seed, String minTier, String posteriorText,
                          String posteriorLabel) implements Serializable {

    /** A trial without a posterior. */
    public TrialSource(String text, String label, int people, long seed, String minTier) {
        this(text, label, people, seed, minTier, null, null);
    }

    /** What an executor needs to simulate a block: the trial, its allocation (for units) and the person simulator. */
    public record Loaded(Trial trial, Allocation allocation, PersonSimulator simulator) {
    }

    private static final Map<TrialSource, Loaded> LOADED = new ConcurrentHashMap<>();

    /** The trial with the overrides applied; throws the loader's located exception on bad input. */
    public Trial trial() {
        Trial t = TrialLoader.parse(text, label);
        Population p = t.population();
        Population resized = p.resized(people > 0 ? people : p.size(), seed >= 0 ? seed : p.seed());
        EvidenceTier tier = minTier == null ? t.minTier() : EvidenceTier.parse(minTier);
        if (posteriorText != null) {
            Posterior posterior = Posterior.parse(posteriorText, posteriorLabel, ParameterRegistry.builtIn());
            resized = resized.withPosterior(posterior, java.nio.file.Path.of(posteriorLabel).getFileName().toString());
        }
        return t.with(resized, tier);
    }

    /** Loaded once per JVM (a Spark executor runs many tasks of the same trial). */
    public Loaded loaded() {
        return LOADED.computeIfAbsent(this, s -> {
            Trial t = s.trial();
            return new Loaded(t, new Allocation(t), new PersonSimulator(t, TrialOutput.base(t)));
        });
    }
}
