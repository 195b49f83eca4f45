package org.senesim.scenario;

import org.senesim.scenario.ScenarioNode.ListNode;
import org.senesim.scenario.ScenarioNode.MapNode;
import org.senesim.scenario.ScenarioNode.ScalarNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the {@code protocol} section of a scenario against the intervention catalog. Every mistake is
 * a {@link ScenarioException} in the scenario loader's style: file, line, column, dotted key, what
 * was expected and found, and a correct example. Checked here: known interventions (with "did you
 * mean"), known settings with values inside the device's range and in its units, routes, start ages
 * inside the run, sessions and intervals, and sessions of one intervention closer together than the
 * catalog allows (healing time, overlapping drug courses).
 *
 * <p>Two forms. A plain list of steps is one protocol:
 * <pre>
 * protocol:
 *   - device: co2-fractional
 *     start: 60 years
 *     settings: {energy: 20 mJ, coverage: 20 %}
 * </pre>
 * or named arms to compare, optionally with the ages to compare at:
 * <pre>
 * protocol:
 *   - arm: none
 *   - arm: reactive
 *     steps:
 *       - {device: co2-fractional, start: 60 years}
 *   - compare: {ages: [60, 70, 85], reference: none, replicates: 3}
 * </pre>
 */
final class ProtocolParser {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final List<String> STEP_KEYS = List.of("device", "drug", "cells", "therapy", "lifestyle",
            "start", "at", "sessions", "interval", "until", "route", "settings", "snapshot", "label");
    private static final List<String> ARM_KEYS = List.of("arm", "label", "steps");
    private static final List<String> COMPARE_KEYS = List.of("ages", "reference", "replicates");
    private static final double EPS = 1e-9;
    private static final int MAX_SESSIONS = 100_000;

    private final Catalog catalog;
    private final double startAge;
    private final double endAge;
    private final long totalDays;

    /** Each step's map node, for messages that point at a step after all steps were read. */
    private final Map<Course, MapNode> nodes = new java.util.IdentityHashMap<>();

    private ProtocolParser(Catalog catalog, double startAge, double durationDays) {
        this.catalog = catalog;
        this.startAge = startAge;
        this.endAge = startAge + durationDays / Units.DAYS_PER_YEAR;
        this.totalDays = Math.round(durationDays);
    }

    /**
     * Reads the {@code protocol:} items of a scenario whose person starts at {@code startAge} and is
     * followed for {@code durationDays}, against {@code catalog}.
     */
    static Protocol read(List<ScenarioNode> items, Catalog catalog, double startAge, double durationDays) {
        return new ProtocolParser(catalog, startAge, durationDays).read(items);
    }

    private Protocol read(List<ScenarioNode> items) {
        boolean anyArm = false;
        for (ScenarioNode n : items) {
            if (n instanceof MapNode m && (m.has("arm") || m.has("compare"))) {
                anyArm = true;
            }
        }
        if (!anyArm) {
            List<Course> courses = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                courses.add(step((MapNode) items.get(i), "protocol[" + i + "]"));
            }
            checkSpacing(courses);
            return new Protocol(List.of(new Arm(Protocol.SINGLE, "Protocol", courses)), false, List.of(), null, 1);
        }
        List<Arm> arms = new ArrayList<>();
        MapNode compare = null;
        String comparePath = null;
        for (int i = 0; i < items.size(); i++) {
            MapNode m = (MapNode) items.get(i);
            String path = "protocol[" + i + "]";
            if (m.has("compare")) {
                if (m.size() != 1) {
                    ScalarNode other = otherKey(m, "compare");
                    throw fail(other, path + "." + other.text(), "a compare entry holds only 'compare:'",
                            "- compare: {ages: [60, 70, 85]}");
                }
                if (compare != null) {
                    throw fail(m.keyNode("compare"), path + ".compare", "compare is given twice (first at "
                            + compare.location() + ")", null);
                }
                compare = map(m.get("compare"), m.keyNode("compare"), path + ".compare", "compare: {ages: [60, 70, 85]}");
                comparePath = path + ".compare";
                continue;
            }
            if (!m.has("arm")) {
                String kind = firstKindKey(m);
                throw fail(m, path, "this entry has no 'arm:' but other entries are arms; when a protocol has arms, "
                        + "every step belongs to one", kind == null ? "- arm: my-arm"
                        : "- {arm: my-arm, steps: [{" + kind + ": ...}]}");
            }
            arms.add(arm(m, path, arms));
        }
        if (arms.isEmpty()) {
            throw fail(items.get(0), "protocol", "a compare entry needs arms to compare", "- arm: no-treatment");
        }
        List<Double> ages = List.of();
        String reference = null;
        int replicates = 1;
        if (compare != null) {
            checkKeys(compare, comparePath, COMPARE_KEYS, "compare");
            if (compare.has("ages")) {
                ages = compareAges(compare.get("ages"), compare.keyNode("ages"), comparePath + ".ages");
            }
            if (compare.has("reference")) {
                String ref = text(compare.get("reference"), compare.keyNode("reference"), comparePath + ".reference",
                        "reference: " + arms.get(0).name());
                List<String> names = arms.stream().map(Arm::name).toList();
                if (!names.contains(ref)) {
                    throw fail(compare.keyNode("reference"), comparePath + ".reference", "no arm named '" + ref + "'"
                            + Suggest.didYouMean(ref, names) + " Arms: " + String.join(", ", names),
                            "reference: " + names.get(0));
                }
                reference = ref;
            }
            if (compare.has("replicates")) {
                replicates = wholeNumber(compare.get("replicates"), compare.keyNode("replicates"), comparePath + ".replicates",
                        1, Protocol.MAX_REPLICATES, "replicates: 3");
            }
        }
        return new Protocol(arms, true, ages, reference, replicates);
    }

    private Arm arm(MapNode m, String path, List<Arm> before) {
        checkKeys(m, path, ARM_KEYS, "an arm");
        ScenarioNode nameNode = m.get("arm");
        String name = text(nameNode, m.keyNode("arm"), path + ".arm", "arm: pre-juvenation");
        if (!NAME.matcher(name).matches()) {
            throw fail(m.keyNode("arm"), path + ".arm", "an arm name may hold letters, digits, '.', '_' and '-' only, got \""
                    + name + "\"", "arm: pre-juvenation");
        }
        for (Arm a : before) {
            if (a.name().equals(name)) {
                throw fail(m.keyNode("arm"), path + ".arm", "two arms are named '" + name + "'", "arm: " + name + "-2");
            }
        }
        String label = m.has("label") ? text(m.get("label"), m.keyNode("label"), path + ".label", "label: \"...\"") : name;
        List<Course> courses = new ArrayList<>();
        if (m.has("steps")) {
            ScenarioNode steps = m.get("steps");
            if (!(steps instanceof ScalarNode s && s.isNull())) {
                if (!(steps instanceof ListNode list)) {
                    throw fail(m.keyNode("steps"), path + ".steps", "expected a list of steps (each a map with "
                            + "device, drug, cells, therapy or lifestyle), got " + steps.describe(),
                            "steps: [{device: thulium-1927, start: 35 years}]");
                }
                for (int i = 0; i < list.size(); i++) {
                    String p = path + ".steps[" + i + "]";
                    ScenarioNode item = list.get(i);
                    if (!(item instanceof MapNode sm)) {
                        throw fail(item, p, "expected a map (keys such as 'device:' and 'start:'), got " + item.describe(),
                                "- {device: thulium-1927, start: 35 years}");
                    }
                    courses.add(step(sm, p));
                }
            }
        }
        checkSpacing(courses);
        return new Arm(name, label, courses);
    }

    private Course step(MapNode m, String path) {
        checkKeys(m, path, STEP_KEYS, "a protocol step");
        String kindKey = null;
        for (String k : m.keys()) {
            if (Kind.of(k) != null) {
                if (kindKey != null) {
                    throw fail(m.keyNode(k), path + "." + k, "a step names one intervention, but this one has both '"
                            + kindKey + ":' and '" + k + ":'", "write a second step for the other");
                }
                kindKey = k;
            }
        }
        if (kindKey == null) {
            throw fail(m, path, "a step needs one of device, drug, cells, therapy or lifestyle", "device: co2-fractional");
        }
        Kind kind = Kind.of(kindKey);
        String idPath = path + "." + kindKey;
        String id = text(m.get(kindKey), m.keyNode(kindKey), idPath, kindKey + ": " + firstOf(kind));
        CatalogEntry entry = catalog.find(id);
        if (entry == null) {
            entry = catalog.find(id.toLowerCase(Locale.ROOT));
        }
        if (entry == null) {
            String mean = Suggest.closest(id, catalog.ids());
            CatalogEntry suggested = mean == null ? null : catalog.find(mean);
            String hint = suggested == null ? "." : ", did you mean '" + mean + "'" + (suggested.kind() == kind ? "" : " (a "
                    + suggested.kind().key() + ")") + "?";
            throw fail(m.keyNode(kindKey), idPath, "unknown " + kind.noun() + " '" + id + "'" + hint + " The catalog's "
                    + kind.key() + " entries: " + String.join(", ", catalog.ids(kind)) + " (senesim devices lists them all)",
                    kindKey + ": " + (suggested != null && suggested.kind() == kind ? mean : firstOf(kind)));
        }
        if (entry.kind() != kind) {
            throw fail(m.keyNode(kindKey), idPath, "'" + id + "' is a " + entry.kind().key() + ", not a " + kind.key(),
                    entry.kind().key() + ": " + id);
        }
        double start = startAge(m, path);
        Map<String, Object> settings = new LinkedHashMap<>();
        Set<String> given = new LinkedHashSet<>();
        readSettings(m, path, entry, settings, given);
        String route = route(m, path, entry);
        boolean once = entry.kind() == Kind.LIFESTYLE;
        if (once) {
            for (String k : List.of("sessions", "interval", "until")) {
                if (m.has(k)) {
                    throw fail(m.keyNode(k), path + "." + k, "a lifestyle change happens once, at its start age, and lasts; '"
                            + k + "' does not apply. Write another step for a later change", "start: 50 years");
                }
            }
        }
        if (m.has("sessions") && m.has("until")) {
            throw fail(m.keyNode("until"), path + ".until", "give either 'sessions' or 'until', not both",
                    "sessions: 4");
        }
        int sessions = 1;
        if (m.has("sessions")) {
            sessions = wholeNumber(m.get("sessions"), m.keyNode("sessions"), path + ".sessions", 1, MAX_SESSIONS, "sessions: 3");
        }
        double until = Double.NaN;
        if (m.has("until")) {
            until = age(m.get("until"), m.keyNode("until"), path + ".until", "until: " + fmt(Math.min(endAge, start + 10)) + " years");
            if (until < start - EPS) {
                throw fail(m.keyNode("until"), path + ".until", "'until' (" + fmt(until) + " years) is before the start ("
                        + fmt(start) + " years)", "until: " + fmt(Math.min(endAge, start + 10)) + " years");
            }
        }
        double interval = entry.typicalIntervalDays();
        boolean repeats = sessions > 1 || !Double.isNaN(until);
        if (m.has("interval")) {
            interval = duration(m.get("interval"), m.keyNode("interval"), path + ".interval", "interval: "
                    + Course.interval(Math.max(entry.typicalIntervalDays(), 1)));
            if (repeats && interval < entry.minIntervalDays() - EPS) {
                throw fail(m.keyNode("interval"), path + ".interval", "sessions " + Course.interval(interval) + " apart are closer than "
                        + entry.id() + " allows: at least " + Course.interval(entry.minIntervalDays()) + " between sessions ("
                        + reason(entry) + ")", "interval: " + Course.interval(entry.minIntervalDays()));
            }
        } else if (repeats && interval <= 0) {
            throw fail(m, path, "repeated sessions need an interval", "interval: 4 weeks");
        }
        if (repeats && entry.kind() == Kind.DRUG) {
            double course = Math.max(1, ((Double) settings.getOrDefault("course", 1.0)));
            if (interval < course - EPS) {
                ScenarioNode at = m.has("interval") ? m.keyNode("interval") : m;
                throw fail(at, path + (m.has("interval") ? ".interval" : ""), "courses of " + Course.interval(course)
                        + " every " + Course.interval(interval) + " would overlap", "interval: " + Course.interval(Math.ceil(course / 7) * 7));
            }
        }
        boolean snapshot = false;
        if (m.has("snapshot")) {
            ScenarioNode s = m.get("snapshot");
            if (!(s instanceof ScalarNode sc) || sc.kind() != ScalarNode.Kind.BOOLEAN) {
                throw fail(m.keyNode("snapshot"), path + ".snapshot", "expected true or false (a snapshot the day after the "
                        + "first session), got " + s.describe(), "snapshot: true");
            }
            snapshot = ScalarNode.class.cast(s).toPlain() == Boolean.TRUE;
        }
        String label = m.has("label") ? text(m.get("label"), m.keyNode("label"), path + ".label", "label: \"...\"") : "";

        List<Long> days = new ArrayList<>();
        double first = (start - startAge) * Units.DAYS_PER_YEAR;
        int limit = once ? 1 : Double.isNaN(until) ? sessions : MAX_SESSIONS;
        for (int k = 0; k < limit; k++) {
            double dayExact = first + k * interval;
            if (!Double.isNaN(until) && startAge + dayExact / Units.DAYS_PER_YEAR > until + EPS) {
                break;
            }
            long day = Math.round(dayExact);
            if (day >= totalDays) {
                break;
            }
            days.add(day);
        }
        if (days.isEmpty()) {
            ScenarioNode at = m.has("start") ? m.keyNode("start") : m.keyNode("at");
            throw fail(at, path + (m.has("start") ? ".start" : ".at"), "no session falls inside the run, which ends at "
                    + fmt(endAge) + " years", "start: " + fmt(startAge) + " years");
        }
        Course course = new Course(path, m.line(), entry, route, start, interval, settings, given, snapshot, label, days);
        nodes.put(course, m);
        return course;
    }

    private double startAge(MapNode m, String path) {
        if (m.has("start") && m.has("at")) {
            throw fail(m.keyNode("at"), path + ".at", "'at' and 'start' mean the same; give one", "start: 60 years");
        }
        String key = m.has("start") ? "start" : m.has("at") ? "at" : null;
        if (key == null) {
            throw fail(m, path, "a step needs a start age", "start: " + fmt(startAge) + " years");
        }
        String example = "start: " + fmt(startAge) + " years";
        double a = age(m.get(key), m.keyNode(key), path + "." + key, example);
        if (a < startAge - EPS || a >= endAge - EPS) {
            throw fail(m.keyNode(key), path + "." + key, "start age " + fmt(a) + " years lies outside the run, which goes from age "
                    + fmt(startAge) + " to " + fmt(endAge) + " years", example);
        }
        return Math.max(a, startAge);
    }

    private String route(MapNode m, String path, CatalogEntry entry) {
        if (!m.has("route")) {
            return entry.routes().isEmpty() ? null : entry.routes().get(0);
        }
        if (entry.routes().isEmpty()) {
            throw fail(m.keyNode("route"), path + ".route", entry.id() + " has no routes to choose from", "remove the key");
        }
        String r = text(m.get("route"), m.keyNode("route"), path + ".route", "route: " + entry.routes().get(0));
        for (String allowed : entry.routes()) {
            if (allowed.equalsIgnoreCase(r)) {
                return allowed;
            }
        }
        throw fail(m.keyNode("route"), path + ".route", "expected a route of " + entry.id() + ", one of "
                + String.join(", ", entry.routes()) + ", got \"" + r + "\"" + Suggest.didYouMean(r, entry.routes()),
                "route: " + entry.routes().get(0));
    }

    private void readSettings(MapNode m, String path, CatalogEntry entry, Map<String, Object> out, Set<String> given) {
        MapNode s = null;
        if (m.has("settings")) {
            ScenarioNode node = m.get("settings");
            if (!(node instanceof ScalarNode sc && sc.isNull())) {
                s = map(node, m.keyNode("settings"), path + ".settings", "settings: {" + example(entry) + "}");
            }
        }
        if (s != null) {
            for (MapNode.Entry e : s.entries()) {
                if (!entry.settings().containsKey(e.name())) {
                    String mean = Suggest.didYouMean(e.name(), entry.settings().keySet());
                    String allowed = entry.settings().isEmpty() ? entry.id() + " has no settings"
                            : "Settings of " + entry.id() + ": " + String.join(", ", entry.settings().keySet());
                    throw fail(e.key(), path + ".settings." + e.name(), "unknown setting '" + e.name() + "'"
                            + (mean.isEmpty() ? "." : mean) + " " + allowed, entry.settings().isEmpty()
                            ? "remove the key" : example(entry));
                }
            }
        }
        for (SettingSpec spec : entry.settings().values()) {
            if (s != null && s.has(spec.name())) {
                out.put(spec.name(), settingValue(s.get(spec.name()), s.keyNode(spec.name()),
                        path + ".settings." + spec.name(), entry, spec));
                given.add(spec.name());
            } else {
                out.put(spec.name(), spec.typicalValue());
            }
        }
        SettingSpec over = entry.sessionLimitExceeded(out);
        if (over != null) {
            double passes = (Double) out.get(SettingSpec.PASSES);
            double value = (Double) out.get(over.name());
            String name = over.name();
            ScenarioNode at = s == null ? m : s.has(name) ? s.keyNode(name) : s.has(SettingSpec.PASSES) ? s.keyNode(SettingSpec.PASSES) : s;
            throw fail(at, path + ".settings", name + " " + over.unit().format(value) + " × " + Units.formatNumber(passes)
                    + " passes is " + over.unit().format(value * passes) + " in one session, above the "
                    + over.unit().format(over.max()) + " that " + entry.id() + "'s " + name + " range allows per session, all passes"
                    + " together (" + over.source() + ")", "write " + name + " and passes whose product is at most "
                    + over.unit().format(over.max()) + ", e.g. \"" + name + ": " + over.unit().format(Math.floor(over.max() / passes * 10) / 10)
                    + "\" with " + Units.formatNumber(passes) + " passes, or one pass");
        }
    }

    private Object settingValue(ScenarioNode node, ScalarNode key, String path, CatalogEntry entry, SettingSpec spec) {
        String example = spec.name() + ": " + spec.typicalText();
        String expected = spec.isWord() ? "one of " + String.join(", ", spec.choices())
                : spec.unit().noun() + " of " + spec.allowed() + " (" + entry.id() + "'s range; typical " + spec.typicalText() + ")";
        if (!(node instanceof ScalarNode s) || s.isNull()) {
            throw fail(key, path, "expected " + expected + ", got " + node.describe(), example);
        }
        String text = s.text().strip();
        if (spec.isWord()) {
            for (String c : spec.choices()) {
                if (c.equalsIgnoreCase(text)) {
                    return c;
                }
            }
            throw fail(key, path, "expected " + expected + ", got \"" + text + "\"" + Suggest.didYouMean(text, spec.choices()), example);
        }
        Units.Split split = s.kind() == ScalarNode.Kind.BOOLEAN ? null : Units.split(text);
        if (split == null || !Double.isFinite(split.value())) {
            throw fail(key, path, "expected " + expected + ", got " + s.describe(), example);
        }
        double value;
        if (split.unit().isEmpty()) {
            if (!spec.unit().bareAllowed()) {
                throw fail(key, path, "a unit is needed after " + text + " for " + spec.unit().noun() + "; allowed units: "
                        + String.join(", ", spec.unit().accepted()), example);
            }
            value = split.value();
        } else {
            double f = spec.unit().factor(split.unit());
            if (Double.isNaN(f)) {
                String units = spec.unit().accepted().isEmpty() ? "none (write the number alone)"
                        : String.join(", ", spec.unit().accepted());
                throw fail(key, path, "unknown unit '" + split.unit() + "' in \"" + text + "\" for " + spec.unit().noun()
                        + "; allowed units: " + units, example);
            }
            value = split.value() * f;
        }
        if (spec.unit().whole() && value != Math.rint(value)) {
            throw fail(key, path, "expected " + expected + ", got " + text + " (not a whole number)", example);
        }
        if (spec.isChoice()) {
            for (String c : spec.choices()) {
                if (Math.abs(Double.parseDouble(c) - value) <= 1e-9 * Math.max(1, Math.abs(value))) {
                    return Double.parseDouble(c);
                }
            }
            throw fail(key, path, "expected " + expected + ", got " + text + " (not one of the choices)", example);
        }
        double tol = 1e-9 * Math.max(1, Math.abs(spec.max()));
        if (value < spec.min() - tol || value > spec.max() + tol) {
            throw fail(key, path, "expected " + expected + ", got " + text + " (out of range)", example);
        }
        return value + 0.0;
    }

    /**
     * Sessions of one intervention closer together than the catalog allows, across all steps of an
     * arm (two steps of the same device, or drug courses that overlap).
     */
    private void checkSpacing(List<Course> courses) {
        record Session(long day, Course course) {
        }
        Map<String, List<Session>> byEntry = new LinkedHashMap<>();
        for (Course c : courses) {
            if (c.entry().kind() == Kind.LIFESTYLE) {
                continue;
            }
            for (long d : c.sessionDays()) {
                byEntry.computeIfAbsent(c.entry().id(), k -> new ArrayList<>()).add(new Session(d, c));
            }
        }
        for (List<Session> list : byEntry.values()) {
            list.sort(Comparator.comparingLong(Session::day));
            for (int i = 1; i < list.size(); i++) {
                Session a = list.get(i - 1);
                Session b = list.get(i);
                if (a.course() == b.course()) {
                    continue;
                }
                CatalogEntry e = b.course().entry();
                double need = Math.max(e.minIntervalDays(), e.kind() == Kind.DRUG ? a.course().courseDays() : 0);
                long gap = b.day() - a.day();
                if (gap < need - 0.5) {
                    Course later = b.course().startAgeYears() >= a.course().startAgeYears() ? b.course() : a.course();
                    Course other = later == b.course() ? a.course() : b.course();
                    MapNode m = nodes.get(later);
                    String key = m.has("start") ? "start" : "at";
                    double ageA = startAge + a.day() / Units.DAYS_PER_YEAR;
                    double ageB = startAge + b.day() / Units.DAYS_PER_YEAR;
                    throw fail(m.keyNode(key), later.path() + "." + key, e.id() + " sessions at ages " + fmt2(ageA) + " and "
                            + fmt2(ageB) + " years (this step and " + other.path() + ") are " + Course.interval(gap)
                            + " apart; " + e.id() + " needs at least " + Course.interval(need) + " between sessions ("
                            + reason(e) + ")", key + ": " + fmt2(Math.min(endAge, ageA + need / Units.DAYS_PER_YEAR + 0.005)) + " years");
                }
            }
        }
    }

    private static String reason(CatalogEntry e) {
        return switch (e.kind()) {
            case DEVICE -> "the skin must heal between sessions";
            case DRUG -> "courses may not overlap";
            default -> "minimum interval in the catalog";
        };
    }

    private List<Double> compareAges(ScenarioNode node, ScalarNode key, String path) {
        if (!(node instanceof ListNode list) || list.size() == 0) {
            throw fail(key, path, "expected a list of ages, got " + node.describe(), "ages: [60, 70, 85]");
        }
        TreeSet<Double> ages = new TreeSet<>();
        for (int i = 0; i < list.size(); i++) {
            ScenarioNode item = list.get(i);
            double a = age(item, item, path + "[" + i + "]", "ages: [" + fmt(endAge) + "]");
            if (a < startAge - EPS || a > endAge + EPS) {
                throw fail(item, path + "[" + i + "]", "age " + fmt(a) + " years lies outside the run, which goes from age "
                        + fmt(startAge) + " to " + fmt(endAge) + " years", "ages: [" + fmt(endAge) + "]");
            }
            ages.add(a);
        }
        return new ArrayList<>(ages);
    }

    private void checkKeys(MapNode m, String path, List<String> allowed, String what) {
        for (MapNode.Entry e : m.entries()) {
            if (!allowed.contains(e.name())) {
                String mean = Suggest.didYouMean(e.name(), allowed);
                throw fail(e.key(), path + "." + e.name(), "unknown key '" + e.name() + "'" + (mean.isEmpty() ? "." : mean)
                        + " Allowed keys in " + what + ": " + String.join(", ", allowed), "rename or remove the key");
            }
        }
    }

    private String firstOf(Kind kind) {
        List<String> ids = catalog.ids(kind);
        return ids.isEmpty() ? "..." : ids.get(0);
    }

    private static String firstKindKey(MapNode m) {
        for (String k : m.keys()) {
            if (Kind.of(k) != null) {
                return k;
            }
        }
        return null;
    }

    private static ScalarNode otherKey(MapNode m, String key) {
        for (MapNode.Entry e : m.entries()) {
            if (!e.name().equals(key)) {
                return e.key();
            }
        }
        return m.keyNode(key);
    }

    private String example(CatalogEntry entry) {
        List<String> parts = new ArrayList<>();
        for (SettingSpec s : entry.settings().values()) {
            parts.add(s.name() + ": " + s.typicalText());
            if (parts.size() == 2) {
                break;
            }
        }
        return String.join(", ", parts);
    }

    // ---------------------------------------------------------------- scalar readers

    private static MapNode map(ScenarioNode node, ScenarioNode at, String path, String example) {
        if (node instanceof MapNode m) {
            return m;
        }
        throw fail(at, path, "expected a map of 'key: value' pairs, got " + node.describe(), example);
    }

    private static String text(ScenarioNode node, ScenarioNode at, String path, String example) {
        if (node instanceof ScalarNode s && !s.isNull() && !s.text().isBlank()) {
            return s.text().strip();
        }
        throw fail(at, path, "expected a word, got " + node.describe(), example);
    }

    private static int wholeNumber(ScenarioNode node, ScenarioNode at, String path, int min, int max, String example) {
        Double v = node instanceof ScalarNode s && s.kind() != ScalarNode.Kind.BOOLEAN ? s.number() : null;
        if (v == null || v != Math.rint(v) || v < min || v > max) {
            throw fail(at, path, "expected a whole number between " + min + " and " + max + ", got " + node.describe()
                    + (v != null && v == Math.rint(v) ? " (out of range)" : ""), example);
        }
        return v.intValue();
    }

    /** An age: bare numbers are years; read by the same quantity parser as every time in a scenario. */
    private static double age(ScenarioNode node, ScenarioNode at, String path, String example) {
        return (Double) Schema.QuantitySpec.AGE.read(node, new Schema.Where(path, at, example));
    }

    /** A duration in days of more than 0; a unit is required. */
    private static double duration(ScenarioNode node, ScenarioNode at, String path, String example) {
        return (Double) Schema.QuantitySpec.INTERVAL.read(node, new Schema.Where(path, at, example));
    }

    static ScenarioException fail(ScenarioNode at, String path, String problem, String example) {
        String p = problem.strip();
        if (!p.endsWith(".") && !p.endsWith("?")) {
            p = p + ".";
        }
        if (example != null) {
            p = p + (example.startsWith("remove") || example.startsWith("rename") || example.startsWith("write ")
                    ? " Fix: " + example + "." : " Fix: write e.g. \"" + example.replace("\n", " ") + "\".");
        }
        return ScenarioException.at(at, path, p);
    }

    private static String fmt(double v) {
        return Units.formatNumber(Math.round(v * 1e6) / 1e6);
    }

    private static String fmt2(double v) {
        return Units.formatNumber(Math.round(v * 100) / 100.0);
    }
}
