package org.senesim.planner.space;

import org.senesim.scenario.CatalogEntry;
import org.senesim.scenario.Kind;
import org.senesim.scenario.SettingSpec;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One course of a plan: a catalog entry given from a start age, a number of sessions at a fixed
 * interval, with its settings. A lifestyle change has one "session": the day it starts.
 *
 * @param settings setting name to value: Double for numbers, String for word choices
 * @param after    the catalog id of the wounding device whose sessions this course follows on the
 *                 same day (exosomes after microneedling, fat transfer with a laser), or null
 */
public record PlannedCourse(CatalogEntry entry, String route, double startAgeYears, int sessions, double intervalDays,
                            Map<String, Object> settings, String after) {

    public PlannedCourse {
        settings = Map.copyOf(settings);
    }

    /** A course on its own schedule. */
    public PlannedCourse(CatalogEntry entry, String route, double startAgeYears, int sessions, double intervalDays,
                         Map<String, Object> settings) {
        this(entry, route, startAgeYears, sessions, intervalDays, settings, null);
    }

    public boolean lifestyle() {
        return entry.kind() == Kind.LIFESTYLE;
    }

    /** Age at the last session, in years. */
    public double lastAgeYears() {
        return startAgeYears + (sessions - 1) * intervalDays / 365.25;
    }

    /** The course in words, as a clinician would write it. */
    public String describe() {
        StringJoiner s = new StringJoiner(", ", " (", ")");
        s.setEmptyValue("");
        for (Map.Entry<String, SettingSpec> e : entry.settings().entrySet()) {
            Object v = settings.get(e.getKey());
            if (v != null) {
                s.add(e.getKey().replace('_', ' ') + " " + (v instanceof Double d ? e.getValue().unit().format(d) : v));
            }
        }
        String what = entry.id() + (route == null ? "" : " " + route) + s;
        if (after != null) {
            what += " on the day of " + after + " sessions";
        }
        if (lifestyle()) {
            return what + " from " + age(startAgeYears);
        }
        if (sessions == 1) {
            return what + ", one session at " + age(startAgeYears);
        }
        return what + ", " + sessions + " sessions every " + interval(intervalDays) + " from " + age(startAgeYears)
                + " to " + age(lastAgeYears());
    }

    private static String age(double years) {
        return String.format(Locale.ROOT, "%.1f y", years);
    }

    private static String interval(double days) {
        if (days >= 365.25 * 0.95) {
            return String.format(Locale.ROOT, "%.1f years", days / 365.25);
        }
        if (days >= 28) {
            return String.format(Locale.ROOT, "%.0f weeks", days / 7);
        }
        return String.format(Locale.ROOT, "%.0f days", days);
    }
}
