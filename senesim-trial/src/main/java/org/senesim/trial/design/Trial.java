package org.senesim.trial.design;

import java.util.List;
import org.senesim.evidence.EvidenceTier;
import org.senesim.trial.population.Population;

/**
 * A trial as read from its YAML file: who (population), how (design), on which model (fidelity,
 * step), what is compared (arms) and measured (endpoints; the first time-to-event one named
 * {@code primary} drives the headline hazard ratio).
 */
public record Trial(String name, String file, Population population, Design design, Fidelity fidelity,
                    double stepDays, List<Arm> arms, List<Endpoint> endpoints, String primary,
                    EvidenceTier minTier) {

    public Trial {
        arms = List.copyOf(arms);
        endpoints = List.copyOf(endpoints);
    }

    /** The same trial with another size, seed or evidence cut (command-line overrides). */
    public Trial with(Population p, EvidenceTier tier) {
        return new Trial(name, file, p, design, fidelity, stepDays, arms, endpoints, primary, tier);
    }

    public Endpoint endpoint(String id) {
        return endpoints.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
