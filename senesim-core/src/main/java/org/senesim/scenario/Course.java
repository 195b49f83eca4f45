package org.senesim.scenario;


import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One protocol step after checking: an intervention from the catalog, how it is given, its settings
 * (every setting resolved, typical values filled in) and the days of its sessions.
 *
 * @param path          dotted path of the step in the scenario, e.g. {@code protocol[1].steps[0]}
 * @param line          line of the step in the scenario file (for messages about it)
 * @param entry         the catalog entry
 * @param route         route (drugs, cells), else null
 * @param startAgeYears age at the first session
 * @param intervalDays  gap between sessions
 * @param settings      every setting of the entry: Double, or String for word choices
 * @param givenSettings the settings the protocol gave (the rest are typical values)
 * @param snapshotAfter whether a snapshot is wanted the day after the first session
 * @param label         free text, empty when none
 * @param sessionDays   simulated days of the sessions inside the run (day 0 = start of the run), ascending
 */
public record Course(String path, int line, CatalogEntry entry, String route, double startAgeYears,
                     double intervalDays, Map<String, Object> settings, Set<String> givenSettings,
                     boolean snapshotAfter, String label, List<Long> sessionDays) {

    public Course {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        givenSettings = Set.copyOf(givenSettings);
        sessionDays = List.copyOf(sessionDays);
    }

    /** Equal content, wherever in a file the step was written ({@link #line} is left out). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Course c && path.equals(c.path) && entry.equals(c.entry) && java.util.Objects.equals(route, c.route)
                && Double.compare(startAgeYears, c.startAgeYears) == 0 && Double.compare(intervalDays, c.intervalDays) == 0
                && settings.equals(c.settings) && givenSettings.equals(c.givenSettings) && snapshotAfter == c.snapshotAfter
                && label.equals(c.label) && sessionDays.equals(c.sessionDays);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(path, entry, route, startAgeYears, intervalDays, settings, givenSettings,
                snapshotAfter, label, sessionDays);
    }

    /** A numeric setting (the loader guarantees it exists). */
    public double number(String setting) {
        Object v = settings.get(setting);
        if (!(v instanceof Double d)) {
            throw new IllegalArgumentException(entry.id() + " has no numeric setting '" + setting + "'");
        }
        return d;
    }

    /** A numeric setting, or {@code fallback} when the entry has no such setting. */
    public double number(String setting, double fallback) {
        return settings.get(setting) instanceof Double d ? d : fallback;
    }

    /** A word setting (diet), or null. */
    public String word(String setting) {
        return settings.get(setting) instanceof String s ? s : null;
    }

    /** Length of one drug course in days (1 for everything without a course setting). */
    public double courseDays() {
        return Math.max(1.0, number("course", 1.0));
    }

    /** True when a drug is taken by mouth or cells are infused: the effect reaches the whole body. */
    public boolean systemic() {
        return "oral".equals(route) || "intravenous".equals(route);
    }

    /** The settings as a protocol would write them: {@code energy 20 mJ, coverage 20%}. */
    public String settingsText() {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : settings.entrySet()) {
            SettingSpec spec = entry.settings().get(e.getKey());
            String value = e.getValue() instanceof Double d ? spec.unit().format(d) : String.valueOf(e.getValue());
            parts.add(e.getKey() + " " + value + (givenSettings.contains(e.getKey()) ? "" : " (typical)"));
        }
        return String.join(", ", parts);
    }

    /** One line for tables: what, how and when. */
    public String describe(double personStartAge) {
        StringBuilder sb = new StringBuilder(entry.id());
        if (route != null) {
            sb.append(" (").append(route).append(')');
        }
        if (!settings.isEmpty()) {
            sb.append(": ").append(settingsText());
        }
        int n = sessionDays.size();
        sb.append("; ").append(n).append(n == 1 ? " session" : " sessions").append(" from age ")
                .append(Units.formatNumber(Math.round(startAgeYears * 100) / 100.0));
        if (n > 1) {
            sb.append(", every ").append(interval(intervalDays));
            double last = personStartAge + sessionDays.get(n - 1) / Units.DAYS_PER_YEAR;
            sb.append(", last at ").append(Units.formatNumber(Math.round(last * 10) / 10.0));
        }
        return sb.toString();
    }

    static String interval(double days) {
        if (days % 365.25 == 0) {
            return Units.formatNumber(days / 365.25) + (days == 365.25 ? " year" : " years");
        }
        if (days % 7 == 0) {
            return Units.formatNumber(days / 7) + (days == 7 ? " week" : " weeks");
        }
        return Units.formatNumber(Math.round(days * 100) / 100.0) + (days == 1 ? " day" : " days");
    }
}
