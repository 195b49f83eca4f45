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
 * registry values are replaced, the intervention protocol and the experiments. Read with
 * {@link ScenarioLoader}; every field is already validated (the protocol against the intervention
 * catalog) and every default filled in. Variants are made with the {@code with…} copies.
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
 * @param protocol           the checked protocol ({@link Protocol#NONE} when there is none)
 * @param experiments        injected senescent cells, by age
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
        Protocol protocol,
        List<Experiment> experiments) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(tissue, "tissue");
        Objects.requireNonNull(outputs, "outputs");
        parameterOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(parameterOverrides));
        protocol = protocol == null ? Protocol.NONE : protocol;
        experiments = experiments == null ? List.of() : List.copyOf(experiments);
    }

    /** The same scenario with another name. */
    public Scenario withName(String newName) {
        return new Scenario(newName, description, source, seed, durationDays, person, tissue, outputs,
                parameterOverrides, minTier, protocol, experiments);
    }

    /** The same scenario with another source file (null: none). */
    public Scenario withSource(Path newSource) {
        return new Scenario(name, description, newSource, seed, durationDays, person, tissue, outputs,
                parameterOverrides, minTier, protocol, experiments);
    }

    /** The same scenario with another root seed (for replicates). */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, source, newSeed, durationDays, person, tissue, outputs,
                parameterOverrides, minTier, protocol, experiments);
    }

    /** The same scenario followed for another time, days (the protocol keeps its session days). */
    public Scenario withDurationDays(double days) {
        return new Scenario(name, description, source, seed, days, person, tissue, outputs,
                parameterOverrides, minTier, protocol, experiments);
    }

    /** The same scenario for another person. */
    public Scenario withPerson(Person newPerson) {
        return new Scenario(name, description, source, seed, durationDays, newPerson, tissue, outputs,
                parameterOverrides, minTier, protocol, experiments);
    }

    /** The same scenario on another patch. */
    public Scenario withTissue(TissueSpec newTissue) {
        return new Scenario(name, description, source, seed, durationDays, person, newTissue, outputs,
                parameterOverrides, minTier, protocol, experiments);
    }

    /** The same scenario recording other outputs. */
    public Scenario withOutputs(Outputs newOutputs) {
        return new Scenario(name, description, source, seed, durationDays, person, tissue, newOutputs,
                parameterOverrides, minTier, protocol, experiments);
    }

    /** The same scenario with other registry overrides (id to value, in the given order). */
    public Scenario withParameterOverrides(Map<String, Double> overrides) {
        return new Scenario(name, description, source, seed, durationDays, person, tissue, outputs,
                overrides, minTier, protocol, experiments);
    }

    /** The same scenario with another evidence cut (null: every tier stays on). */
    public Scenario withMinTier(EvidenceTier tier) {
        return new Scenario(name, description, source, seed, durationDays, person, tissue, outputs,
                parameterOverrides, tier, protocol, experiments);
    }

    /** The same scenario with another protocol. */
    public Scenario withProtocol(Protocol newProtocol) {
        return new Scenario(name, description, source, seed, durationDays, person, tissue, outputs,
                parameterOverrides, minTier, newProtocol, experiments);
    }

    /** The same scenario with other experiments. */
    public Scenario withExperiments(List<Experiment> newExperiments) {
        return new Scenario(name, description, source, seed, durationDays, person, tissue, outputs,
                parameterOverrides, minTier, protocol, newExperiments);
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
