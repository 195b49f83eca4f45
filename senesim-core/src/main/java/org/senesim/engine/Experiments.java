package org.senesim.engine;

import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioException;
import org.senesim.scenario.ScenarioNode;
import org.senesim.scenario.Suggest;
import org.senesim.scenario.Units;
import org.senesim.systemic.Organ;
import org.senesim.systemic.OrganismEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A scenario's {@code experiments:} — senescent cells injected at given ages, as in the transplant
 * studies (Xu 2018: 0.2–1 × 10⁶ senescent preadipocytes intraperitoneally; Franco 2025: senescent
 * fibroblasts intradermally in 3-month-old mice). Each entry:
 * <pre>
 *   - inject: 1.0e6        # senescent cells
 *     into: skin           # skin | liver | muscle | brain | rest | body (spread over all organs)
 *     at: 3 months         # age, a time quantity (bare number = years)
 * </pre>
 * They become organism injection events: into the skin they reach the live patch (as senescent
 * fibroblasts) through the organism's skin source, so any effect on distant organs goes through
 * the blood.
 */
public final class Experiments {

    private static final Set<String> KEYS = Set.of("inject", "into", "at");
    private static final List<String> TARGETS = List.of("skin", "liver", "muscle", "brain", "rest", "body");

    private Experiments() {
    }

    /** The scenario's experiments as organism events, checked against the run's ages. */
    public static List<OrganismEvent> of(Scenario scenario) {
        List<OrganismEvent> events = new ArrayList<>();
        double start = scenario.person().ageYears();
        double end = start + scenario.durationDays() / Units.DAYS_PER_YEAR;
        for (ScenarioNode node : scenario.experiments()) {
            if (!(node instanceof ScenarioNode.MapNode map)) {
                throw ScenarioException.at(node, "experiments", "each experiment is a map like "
                        + "{inject: 1.0e6, into: skin, at: 30 years}");
            }
            for (String key : map.keys()) {
                if (!KEYS.contains(key)) {
                    throw ScenarioException.at(map.keyNode(key), "experiments." + key, "unknown key '" + key + "'"
                            + Suggest.didYouMean(key, KEYS) + "; allowed: inject, into, at");
                }
            }
            double cells = number(map, "inject", "a number of senescent cells, e.g. 1.0e6");
            if (!(cells > 0) || cells > 1e12) {
                throw ScenarioException.at(map.get("inject"), "experiments.inject",
                        "expected a number of senescent cells between 1 and 1e12, got " + cells);
            }
            String into = text(map, "into");
            if (!TARGETS.contains(into)) {
                throw ScenarioException.at(map.get("into"), "experiments.into", "unknown target '" + into + "'"
                        + Suggest.didYouMean(into, TARGETS) + "; allowed: " + String.join(", ", TARGETS));
            }
            double age = age(map);
            if (age < start || age > end) {
                throw ScenarioException.at(map.get("at"), "experiments.at", "age " + age
                        + " years lies outside the run (" + start + " to " + end + " years)");
            }
            Organ organ = into.equals("body") ? null : Organ.parse(into);
            events.add(new OrganismEvent.Injection(age, organ, cells));
        }
        events.sort((a, b) -> Double.compare(a.ageYears(), b.ageYears()));
        return events;
    }

    private static ScenarioNode required(ScenarioNode.MapNode map, String key) {
        ScenarioNode v = map.get(key);
        if (v == null) {
            throw ScenarioException.at(map, "experiments." + key, "missing '" + key
                    + "'; an experiment needs inject, into and at, e.g. {inject: 1.0e6, into: skin, at: 30 years}");
        }
        return v;
    }

    private static String text(ScenarioNode.MapNode map, String key) {
        ScenarioNode v = required(map, key);
        Object plain = v.toPlain();
        return plain == null ? "" : plain.toString().strip();
    }

    private static double number(ScenarioNode.MapNode map, String key, String expected) {
        ScenarioNode v = required(map, key);
        Object plain = v.toPlain();
        if (plain instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(String.valueOf(plain).strip());
        } catch (NumberFormatException e) {
            throw ScenarioException.at(v, "experiments." + key, "expected " + expected + ", got \"" + plain + "\"");
        }
    }

    private static double age(ScenarioNode.MapNode map) {
        ScenarioNode v = required(map, "at");
        Object plain = v.toPlain();
        if (plain instanceof Number n) {
            return n.doubleValue();
        }
        Units.Split split = Units.split(String.valueOf(plain).strip());
        Units.Unit unit = split == null ? null : switch (split.unit().toLowerCase(java.util.Locale.ROOT)) {
            case "", "y", "yr", "yrs", "year", "years" -> Units.YEAR;
            case "mo", "month", "months" -> Units.MONTH;
            case "w", "wk", "week", "weeks" -> Units.WEEK;
            case "d", "day", "days" -> Units.DAY;
            default -> null;
        };
        if (unit == null) {
            throw ScenarioException.at(v, "experiments.at", "expected an age such as '30 years' or '3 months'"
                    + " (units: years, months, weeks, days), got \"" + plain + "\"");
        }
        return Units.convert(split.value(), unit, Units.YEAR);
    }
}
