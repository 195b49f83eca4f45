package org.senesim.trial.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.senesim.evidence.Parameter;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.scenario.Diet;
import org.senesim.scenario.ScenarioNode;
import org.senesim.scenario.ScenarioNode.MapNode;
import org.senesim.scenario.Sex;
import org.senesim.trial.population.Marginal;
import org.senesim.trial.population.Population;
import org.senesim.trial.yaml.Nodes;

/** Reads the {@code population:} section of a trial file. */
final class PopulationReader {

    private static final Set<String> KEYS = Set.of("size", "seed", "sex", "age", "fitzpatrick", "latitude",
            "outdoor_hours", "smoking", "alcohol", "diet", "correlations", "vary");
    /** Bounds of each trait (the scenario loader's ranges) and its default when not given. */
    private static final double[][] BOUNDS = {
        {0, 1}, {0, 120}, {1, 6}, {-90, 90}, {0, 24}, {0, 5}, {0, 100}, {0, 3}
    };

    private PopulationReader() {
    }

    static Population read(MapNode m, ParameterRegistry registry) {
        Nodes.only(m, "population", KEYS);
        int size = (int) Nodes.number(m, "population", "size", 1000, 1, 100_000_000);
        long seed = (long) Nodes.number(m, "population", "seed", 1, 0, 9e15);
        List<String> traits = Population.TRAITS;
        Marginal[] marginals = new Marginal[traits.size()];
        for (int t = 0; t < traits.size(); t++) {
            String trait = traits.get(t);
            marginals[t] = m.has(trait) ? marginal(m, trait, t) : fallback(trait);
        }
        double[][] corr = new double[traits.size()][traits.size()];
        for (int i = 0; i < corr.length; i++) {
            corr[i][i] = 1.0;
        }
        if (m.has("correlations")) {
            for (ScenarioNode item : Nodes.items(m.get("correlations"), "population.correlations",
                    "correlations: [{between: [smoking, alcohol], r: 0.3}]")) {
                MapNode c = Nodes.map(item, "population.correlations", "{between: [smoking, alcohol], r: 0.3}");
                Nodes.only(c, "population.correlations", Set.of("between", "r"));
                List<ScenarioNode> pair = Nodes.items(c.get("between"), "population.correlations.between", "between: [smoking, alcohol]");
                if (pair.size() != 2) {
                    throw Nodes.fail(c.get("between"), "population.correlations.between", "name exactly two traits, e.g. [smoking, alcohol]");
                }
                int a = traitIndex(pair.get(0));
                int b = traitIndex(pair.get(1));
                double r = Nodes.number(c, "population.correlations", "r", 0, -0.99, 0.99);
                corr[a][b] = r;
                corr[b][a] = r;
            }
            if (Population.choleskyOrNull(corr) == null) {
                throw Nodes.fail(m.get("correlations"), "population.correlations",
                        "these correlations cannot hold together (the matrix is not positive definite). Fix: weaken some of them");
            }
        }
        List<Parameter> varied = new ArrayList<>();
        if (m.has("vary")) {
            for (ScenarioNode item : Nodes.items(m.get("vary"), "population.vary", "vary: [organism.clearance.beta]")) {
                String id = item instanceof ScenarioNode.ScalarNode s ? s.text() : "";
                if (!registry.contains(id)) {
                    throw Nodes.fail(item, "population.vary", "'" + id + "' is not a registry parameter. Fix: pick an id from 'senesim params'");
                }
                varied.add(registry.get(id));
            }
        }
        return new Population(size, seed, marginals, corr, varied);
    }

    private static int traitIndex(ScenarioNode n) {
        String name = n instanceof ScenarioNode.ScalarNode s ? s.text() : "";
        int i = Population.TRAITS.indexOf(name);
        if (i < 0) {
            throw Nodes.fail(n, "population.correlations.between", "'" + name + "' is not a trait. Fix: use one of "
                    + String.join(", ", Population.TRAITS));
        }
        return i;
    }

    private static Marginal fallback(String trait) {
        return switch (trait) {
            case "sex" -> new Marginal.Shares(new double[] {0, 1}, new String[] {"female", "male"}, new double[] {0.5, 0.5});
            case "age" -> new Marginal.Range(40, 50);
            case "fitzpatrick" -> new Marginal.Shares(new double[] {2}, new String[] {"2"}, new double[] {1});
            case "latitude" -> new Marginal.Normal(45, 0, -90, 90);
            case "outdoor_hours" -> new Marginal.Normal(1.5, 0, 0, 24);
            case "diet" -> new Marginal.Shares(new double[] {0}, new String[] {"balanced"}, new double[] {1});
            default -> new Marginal.Normal(0, 0, 0, 100);
        };
    }

    private static Marginal marginal(MapNode parent, String trait, int t) {
        String key = "population." + trait;
        ScenarioNode node = parent.get(trait);
        if (node instanceof ScenarioNode.ScalarNode s && s.isNumber()) {
            double v = Nodes.number(node, key, BOUNDS[t][0], BOUNDS[t][1]);
            return new Marginal.Normal(v, 0, v, v);
        }
        MapNode m = Nodes.map(node, key, trait + ": {mean: 45, sd: 8}");
        boolean categorical = trait.equals("sex") || trait.equals("diet") || trait.equals("fitzpatrick");
        if (categorical || m.has("shares")) {
            return shares(categorical && !m.has("shares") ? m : Nodes.map(m.get("shares"), key + ".shares",
                    "shares: {0: 0.8, 1: 0.2}"), key, trait, t);
        }
        Nodes.only(m, key, Set.of("range", "mean", "sd", "min", "max"));
        double lo = Nodes.number(m, key, "min", BOUNDS[t][0], BOUNDS[t][0], BOUNDS[t][1]);
        double hi = Nodes.number(m, key, "max", BOUNDS[t][1], BOUNDS[t][0], BOUNDS[t][1]);
        if (lo > hi) {
            throw Nodes.fail(Nodes.at(m, m.has("max") ? "max" : "min"), key + (m.has("max") ? ".max" : ".min"),
                    "min " + Nodes.format(lo) + " is above max " + Nodes.format(hi) + ". Fix: give min below max");
        }
        if (m.has("range")) {
            List<ScenarioNode> r = Nodes.items(m.get("range"), key + ".range", "range: [30, 40]");
            if (r.size() != 2) {
                throw Nodes.fail(m.get("range"), key + ".range", "give two numbers, e.g. [30, 40]");
            }
            double a = Nodes.number(r.get(0), key + ".range", BOUNDS[t][0], BOUNDS[t][1]);
            double b = Nodes.number(r.get(1), key + ".range", a, BOUNDS[t][1]);
            return new Marginal.Range(a, b);
        }
        if (!m.has("mean")) {
            throw Nodes.fail(m, key, "give a range or a mean. Fix: write e.g. \"" + trait + ": {range: [30, 40]}\" or \"{mean: 35, sd: 3}\"");
        }
        double mean = Nodes.number(m, key, "mean", 0, lo, hi);
        double sd = Nodes.number(m, key, "sd", 0, 0, BOUNDS[t][1] - BOUNDS[t][0]);
        return new Marginal.Normal(mean, sd, lo, hi);
    }

    private static Marginal shares(MapNode m, String key, String trait, int t) {
        int k = m.size();
        double[] values = new double[k];
        String[] labels = new String[k];
        double[] shares = new double[k];
        double sum = 0;
        int i = 0;
        for (MapNode.Entry e : m.entries()) {
            labels[i] = e.name();
            values[i] = code(e, key, trait, t);
            shares[i] = Nodes.number(e.value(), key + "." + e.name(), 0, 1);
            sum += shares[i];
            i++;
        }
        if (Math.abs(sum - 1.0) > 1e-9) {
            throw Nodes.fail(m, key, "shares add up to " + sum + ", not 1. Fix: make them sum to 1");
        }
        return new Marginal.Shares(values, labels, shares);
    }

    private static double code(MapNode.Entry e, String key, String trait, int t) {
        String name = e.name();
        switch (trait) {
            case "sex" -> {
                for (Sex s : Sex.values()) {
                    if (s.toString().equalsIgnoreCase(name)) {
                        return s.ordinal();
                    }
                }
                throw Nodes.fail(e.key(), key, "unknown sex '" + name + "'. Fix: use female or male");
            }
            case "diet" -> {
                for (Diet d : Diet.values()) {
                    if (d.id().equals(name)) {
                        return d.ordinal();
                    }
                }
                throw Nodes.fail(e.key(), key, "unknown diet '" + name + "'. Fix: use balanced, western, mediterranean or high-fat");
            }
            default -> {
                try {
                    double v = Double.parseDouble(name);
                    if (v >= BOUNDS[t][0] && v <= BOUNDS[t][1]) {
                        return v;
                    }
                } catch (NumberFormatException ignored) {
                    // below
                }
                throw Nodes.fail(e.key(), key, "'" + name + "' is not a value of " + trait + " in "
                        + BOUNDS[t][0] + " .. " + BOUNDS[t][1]);
            }
        }
    }
}
