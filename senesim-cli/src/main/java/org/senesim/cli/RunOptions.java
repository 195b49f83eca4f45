package org.senesim.cli;

import org.senesim.evidence.EvidenceTier;
import org.senesim.scenario.Scenario;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The options every simulating command shares ({@code run}, {@code compare}): where the run folder
 * goes, threads, seed, evidence cut and console noise. One declaration, mixed into each command, so
 * their names, help and checks cannot drift apart.
 */
final class RunOptions {

    @Option(names = "--out", paramLabel = "DIR",
            description = "Run folder to create. Default: runs/<scenario name>-<date-time>.")
    Path out;

    @Option(names = "--force", description = "Replace the run folder if it already holds an earlier run.")
    boolean force;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: all processors). Results do not depend on it.")
    Integer threads;

    @Option(names = "--seed", paramLabel = "S",
            description = "Random seed, replacing the scenario's (the same for every arm of a comparison).")
    Long seed;

    @Option(names = "--min-tier", paramLabel = "T",
            description = "Weakest evidence tier whose effects stay on (rct, human-observational, animal, in-vitro, "
                    + "mechanistic, expert-opinion); parameters resting on weaker evidence take their neutral value. "
                    + "Replaces the scenario's evidence.min_tier.")
    String minTier;

    @Option(names = "--quiet", description = "No progress bar and no tables on the console.")
    boolean quiet;

    @Option(names = "--fidelity", paramLabel = "F", defaultValue = "patch",
            description = "Skin model: patch (the voxel lattice, default) or mean-field (its expected state per depth layer: "
                    + "deterministic in the skin, no snapshots; docs/model.md section 8).")
    String fidelity;

    /** {@code --fidelity} as the run layer's fidelity, or bad input. */
    org.senesim.run.Fidelity fidelity() {
        return switch (fidelity) {
            case "patch" -> org.senesim.run.Fidelity.PATCH;
            case "mean-field" -> org.senesim.run.Fidelity.MEAN_FIELD;
            default -> throw new InputException("--fidelity must be patch or mean-field, got " + fidelity);
        };
    }

    /** The scenario with {@code --seed} and {@code --min-tier} applied, when given. */
    Scenario apply(Scenario scenario) {
        return withMinTier(withSeed(scenario));
    }

    /** Threads to use: {@code --threads}, else every processor. */
    int threadCount() {
        return threadCount(threads);
    }

    /** {@code threads}, else every processor; 1 to 1024 or bad input. */
    static int threadCount(Integer threads) {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 1024) {
            throw new InputException("--threads must be between 1 and 1024, got " + n);
        }
        return n;
    }

    private Scenario withSeed(Scenario scenario) {
        if (seed == null) {
            return scenario;
        }
        if (seed < 0) {
            throw new InputException("--seed must be >= 0, got " + seed + ". Fix: e.g. --seed 1");
        }
        return scenario.withSeed(seed);
    }

    private Scenario withMinTier(Scenario scenario) {
        if (minTier == null) {
            return scenario;
        }
        try {
            return scenario.withMinTier(EvidenceTier.parse(minTier));
        } catch (IllegalArgumentException e) {
            throw new InputException("--min-tier: unknown evidence tier '" + minTier + "'; allowed: " + EvidenceTier.allowed());
        }
    }
}
