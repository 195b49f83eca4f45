package org.senesim.scenario;

import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run, as data: who is simulated, for how long, on which patch of skin, what is recorded, which
 * registry values are replaced, and the raw intervention protocol. Read with {@link ScenarioLoader};
 * every field is already validated and every default filled in.
 *
 * @param name               short name, {@code [A-Za-z0-9._-]+}
 * @param description        free text, empty when none
 * @param source             file it was read from, or null (built-in default, parsed text)
 * @param seed               root seed of the run's random streams
 * @param durationDays       simulated time, days
 * @param person             the simulated person or mouse
 * @param tissue             the skin patch geometry
 * @param outputs            what is recorded and when
 * @param parameterOverrides registry id to value, in file order
 * @param minTier            weakest evidence tier whose effects stay on, or null for all tiers
 * @param protocol           intervention entries as located YAML maps, for the interventions code
 * @param experiments        experiments (injected senescent cells) as located YAML maps, read by the engine
 */
public record Scenario(
        String name,
        String description,
        Path source,
        long seed,
        double durationDays,
        Person person,
        TissueSpec tissue,
        Outputs outputs,
        Map<String, Double> parameterOverrides,
        EvidenceTier minTier,
        List<ScenarioNode> protocol,
        List<ScenarioNode> experiments) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(tissue, "tissue");
        Objects.requireNonNull(outputs, "outputs");
        parameterOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(parameterOverrides));
        protocol = List.copyOf(protocol);
        experiments = experiments == null ? List.of() : List.copyOf(experiments);
    }

    /** A scenario without experiments. */
    public Scenario(String name, String description, Path source, long seed, double durationDays, Person person,
                    TissueSpec tissue, Outputs outputs, Map<String, Double> parameterOverrides, EvidenceTier minTier,
                    List<ScenarioNode> protocol) {
        this(name, description, source, seed, durationDays, person, tissue, outputs, parameterOverrides, minTier,
                protocol, List.of());
    }

    /** The same scenario with another root seed (for replicates). */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, source, newSeed, durationDays, person, tissue, outputs,
                parameterOverrides, minTier, protocol, experiments);
    }

    /** The same scenario with another evidence cut (null: every tier stays on). */
    public Scenario withMinTier(EvidenceTier tier) {
        return new Scenario(name, description, source, seed, durationDays, person, tissue, outputs,
                parameterOverrides, tier, protocol, experiments);
    }

    /**
     * The parameter values a run of this scenario uses: registry defaults, the scenario's overrides,
     * then the evidence filter of {@link #minTier()}. Every run builds its parameters here, so the
     * rule lives in one place.
     */
    public ParameterSet parameterSet(ParameterRegistry registry) {
        return ParameterSet.of(registry, parameterOverrides).withMinimumTier(minTier);
    }

    /** {@link #parameterSet(ParameterRegistry)} with the built-in registry. */
    public ParameterSet parameterSet() {
        return parameterSet(ParameterRegistry.builtIn());
    }

    /** Simulated time in years. */
    public double durationYears() {
        return durationDays / Units.DAYS_PER_YEAR;
    }

    /** Age at the end of the run, years. */
    public double endAgeYears() {
        return person.ageYears() + durationYears();
    }
}
