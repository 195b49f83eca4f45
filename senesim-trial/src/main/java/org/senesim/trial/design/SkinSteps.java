package org.senesim.trial.design;

import org.senesim.scenario.Catalog;
import org.senesim.scenario.CatalogEntry;
import org.senesim.scenario.Kind;
import org.senesim.scenario.ScenarioNode;
import org.senesim.scenario.ScenarioNode.MapNode;
import org.senesim.trial.yaml.Nodes;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads a treatment of an arm on a skin fidelity ({@link SkinStep}). */
final class SkinSteps {

    private static final Set<String> KINDS = Set.of("device", "drug", "cells", "therapy", "lifestyle");
    private static final Set<String> KEYS = Set.of("device", "drug", "cells", "therapy", "lifestyle", "start", "every", "stop",
            "start_age", "stop_age", "route", "settings");
    private static final String EXAMPLE = "{device: thulium-1927, start: 0 years, every: 6 months, stop: 10 years, settings: {energy: 5 mJ, coverage: 10 %}}";

    private SkinSteps() {
    }

    static SkinStep read(ScenarioNode node, String key, Catalog catalog) {
        MapNode t = Nodes.map(node, key, EXAMPLE);
        Nodes.only(t, key, KEYS);
        String kind = null;
        for (String k : KINDS) {
            if (t.has(k)) {
                if (kind != null) {
                    throw Nodes.fail(Nodes.at(t, k), key + "." + k, "a treatment names one catalog entry; this one has both "
                            + kind + " and " + k + ". Fix: split it into two treatments");
                }
                kind = k;
            }
        }
        if (kind == null) {
            throw Nodes.fail(t, key, "name what is given: device, drug, cells, therapy or lifestyle. Fix: write e.g. " + EXAMPLE);
        }
        String id = Nodes.text(t, key, kind, "");
        CatalogEntry entry = catalog.find(id);
        if (entry == null) {
            String close = catalog.closest(id);
            throw Nodes.fail(Nodes.at(t, kind), key + "." + kind, "'" + id + "' is not in the catalog"
                    + (close == null ? "" : " (did you mean " + close + "?)") + ". Fix: see 'senesim devices'");
        }
        Kind expected = Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        if (entry.kind() != expected) {
            throw Nodes.fail(Nodes.at(t, kind), key + "." + kind, "'" + id + "' is a " + entry.kind().name().toLowerCase(Locale.ROOT)
                    + ". Fix: write \"" + entry.kind().name().toLowerCase(Locale.ROOT) + ": " + id + "\"");
        }
        if (t.has("start_age") && t.has("start")) {
            throw Nodes.fail(Nodes.at(t, "start_age"), key + ".start_age", "give start (years after enrolment) or start_age, not both");
        }
        if (t.has("stop_age") && t.has("stop")) {
            throw Nodes.fail(Nodes.at(t, "stop_age"), key + ".stop_age", "give stop (years after enrolment) or stop_age, not both");
        }
        double startAge = Nodes.number(t, key, "start_age", Double.NaN, 0, 120);
        double start = Double.isNaN(startAge) ? Nodes.years(t, key, "start", 0, 0, 100) : Double.NaN;
        double every = Nodes.years(t, key, "every", 0, 0, 100);
        if (every > 0 && every * 365.25 < entry.minIntervalDays() - 1e-9) {
            throw Nodes.fail(Nodes.at(t, "every"), key + ".every", "sessions of " + id + " must be at least "
                    + entry.minIntervalDays() + " days apart (catalog)");
        }
        double stopAge = Nodes.number(t, key, "stop_age", Double.NaN, Double.isNaN(startAge) ? 0 : startAge, 120);
        double stop = Double.isNaN(stopAge) ? Nodes.years(t, key, "stop", 100, Double.isNaN(start) ? 0 : start, 120) : Double.NaN;
        String route = Nodes.text(t, key, "route", null);
        if (route != null && !entry.routes().contains(route)) {
            throw Nodes.fail(Nodes.at(t, "route"), key + ".route", id + " is given " + (entry.routes().isEmpty() ? "by no route"
                    : "by " + String.join(" or ", entry.routes())) + ". Fix: " + (entry.routes().isEmpty() ? "remove route"
                    : "use route: " + entry.routes().get(0)));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        if (t.has("settings")) {
            MapNode s = Nodes.map(t.get("settings"), key + ".settings", "settings: {energy: 5 mJ}");
            for (String name : s.keys()) {
                if (!entry.settings().containsKey(name)) {
                    throw Nodes.fail(Nodes.at(s, name), key + ".settings." + name, id + " has no setting '" + name
                            + "'. Fix: use one of " + String.join(", ", entry.settings().keySet()));
                }
                ScenarioNode v = s.get(name);
                if (!(v instanceof ScenarioNode.ScalarNode sc) || sc.isNull()) {
                    throw Nodes.fail(Nodes.at(s, name), key + ".settings." + name, "expected a value with its unit, e.g. \"5 mJ\"");
                }
                settings.put(name, sc.text());
            }
        }
        return new SkinStep(kind, id, start, every, stop, startAge, stopAge, route, settings);
    }
}
