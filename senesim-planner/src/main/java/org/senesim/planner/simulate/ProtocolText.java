package org.senesim.planner.simulate;

import org.senesim.scenario.SettingSpec;
import org.senesim.scenario.SettingUnit;
import org.senesim.planner.space.Plan;
import org.senesim.planner.space.PlannedCourse;

import java.util.Map;
import java.util.StringJoiner;

/**
 * A plan written as the {@code protocol:} section of a scenario file, so that a planned life is
 * loaded and checked by exactly the loader every scenario goes through (catalog ranges, minimum
 * intervals, overlapping courses) rather than by a second path into the model. Numbers are written
 * at full precision: the text names the same plan the search chose.
 */
final class ProtocolText {

    private ProtocolText() {
    }

    static String of(Plan plan) {
        if (plan.courses().isEmpty()) {
            return "";
        }
        StringBuilder y = new StringBuilder("\nprotocol:\n");
        for (PlannedCourse c : plan.courses()) {
            y.append("  - ").append(c.entry().kind().key()).append(": ").append(c.entry().id()).append('\n');
            y.append("    start: ").append(Double.toString(c.startAgeYears())).append(" years\n");
            if (!c.lifestyle()) {
                y.append("    sessions: ").append(c.sessions()).append('\n');
                if (c.sessions() > 1) {
                    y.append("    interval: ").append(Double.toString(c.intervalDays())).append(" days\n");
                }
            }
            if (c.route() != null) {
                y.append("    route: ").append(c.route()).append('\n');
            }
            StringJoiner s = new StringJoiner(", ", "    settings: {", "}\n");
            for (Map.Entry<String, Object> e : c.settings().entrySet()) {
                SettingSpec spec = c.entry().settings().get(e.getKey());
                s.add(e.getKey() + ": " + value(spec, e.getValue()));
            }
            if (!c.settings().isEmpty()) {
                y.append(s);
            }
        }
        return y.toString();
    }

    private static String value(SettingSpec spec, Object v) {
        if (v instanceof String word) {
            return word;
        }
        double d = (Double) v;
        String n = d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        SettingUnit u = spec.unit();
        return switch (u) {
            case COUNT, NUMBER -> n;
            case PERCENT -> n + "%";
            default -> n + " " + u.symbol();
        };
    }
}
