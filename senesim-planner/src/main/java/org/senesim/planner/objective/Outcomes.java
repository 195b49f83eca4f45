package org.senesim.planner.objective;

import java.util.Map;

/**
 * What a simulated life under a plan came to, by name (e.g. {@code senescence}, {@code kc},
 * {@code collagen@70}): the means over the planner's fixed seeds, and the lowest and highest seed.
 */
public record Outcomes(Map<String, Double> mean, Map<String, Double> low, Map<String, Double> high) {

    public Outcomes {
        mean = Map.copyOf(mean);
        low = Map.copyOf(low);
        high = Map.copyOf(high);
    }

    public double mean(String name) {
        Double v = mean.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no outcome '" + name + "'; known: " + mean.keySet());
        }
        return v;
    }
}
