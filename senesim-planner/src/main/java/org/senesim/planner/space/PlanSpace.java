package org.senesim.planner.space;

import org.senesim.scenario.CatalogEntry;
import org.senesim.scenario.Kind;
import org.senesim.scenario.SettingSpec;
import org.senesim.planner.search.Decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schedules the planner may choose among for one person: for each catalog entry on offer,
 * whether to use it, from what age, how many sessions, how far apart (never closer than the
 * entry's minimum interval), and its settings within the catalog's ranges. A point of the space
 * is a vector of reals ({@link #decisions()}); {@link #decode} turns it into a {@link Plan}.
 *
 * <p>Integers (sessions, pass counts) are rounded and choices (wavelength, route, diet) are taken
 * by interval, so every variable evolves under the same real-coded operators and a decoded plan
 * is always valid: a session beyond the follow-up is dropped, not scheduled.
 *
 * <p>Combinations: a treatment whose effect the model makes depend on skin a device has just
 * wounded (the {@link #COMPANIONS} mechanisms: exosomes penetrate fully only through a fresh
 * wound, fat transfer's synthesis is boosted near a wounding session) has one more decision,
 * {@code ID.after}: its own schedule, or the day of every session of one wounding device on offer
 * (every k-th session when the device's interval is shorter than the companion's minimum).
 */
public final class PlanSpace {

    /**
     * Mechanisms whose response the model ties to a recent wound (intervention.ProtocolSchedule:
     * exosome penetration through open skin, fat transfer's laser synergy), so that giving them on
     * the day of a wounding session is a combination worth searching.
     */
    static final java.util.Set<String> COMPANIONS = java.util.Set.of("exosomes", "fat-transfer");

    /** The longest gap between two sessions the planner considers. */
    static final double MAX_INTERVAL_DAYS = 5 * 365.25;

    private final List<Option> options;
    private final List<Decision> decisions = new ArrayList<>();
    private final double startAge;
    private final double endAge;
    private final int maxSessionsPerCourse;

    /**
     * @param entries              the entries on offer, in the order they appear in a plan
     * @param startAge             the person's age when the plan may begin (years)
     * @param endAge               the end of follow-up (years)
     * @param maxSessionsPerCourse the most sessions one course may have
     */
    public PlanSpace(List<CatalogEntry> entries, double startAge, double endAge, int maxSessionsPerCourse) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("the plan space is empty: no treatment is on offer. "
                    + "Fix: name at least one catalog entry with --treatments (see 'senesim devices'), "
                    + "or lower --min-tier so that some entry qualifies.");
        }
        if (!(endAge - 1.0 / 12 > startAge)) {
            throw new IllegalArgumentException("the follow-up ends at " + endAge + " y, less than a month after the start at "
                    + startAge + " y: no course could begin. Fix: give the person file a longer duration.");
        }
        if (maxSessionsPerCourse < 1) {
            throw new IllegalArgumentException("the plan space is empty: at most " + maxSessionsPerCourse
                    + " sessions allows no course. Fix: give --max-sessions 1 or more.");
        }
        this.startAge = startAge;
        this.endAge = endAge;
        this.maxSessionsPerCourse = maxSessionsPerCourse;
        List<CatalogEntry> partners = entries.stream()
                .filter(e -> e.kind() == Kind.DEVICE && e.geometry() != null && e.geometry().wounds()).toList();
        List<Option> built = new ArrayList<>();
        for (CatalogEntry e : entries) {
            boolean companion = e.mechanism() != null && COMPANIONS.contains(e.mechanism()) && !partners.isEmpty();
            built.add(new Option(e, decisions.size(), companion ? partners : List.of()));
            addDecisions(e);
            if (companion) {
                // 0: own schedule; j (1..): the day of partner j's sessions
                decisions.add(new Decision(e.id() + ".after", 0, partners.size() + 1));
            }
        }
        this.options = List.copyOf(built);
    }

    private void addDecisions(CatalogEntry e) {
        String id = e.id();
        decisions.add(new Decision(id + ".use", 0, 1));
        decisions.add(new Decision(id + ".start_age", startAge, lastStart()));
        if (e.kind() != Kind.LIFESTYLE) {
            decisions.add(new Decision(id + ".sessions", 0.5, maxSessionsPerCourse + 0.5));
            double min = Math.max(1, e.minIntervalDays());
            decisions.add(new Decision(id + ".interval_days", min, Math.max(min, MAX_INTERVAL_DAYS)));
            if (e.routes().size() > 1) {
                decisions.add(new Decision(id + ".route", 0, e.routes().size()));
            }
        }
        for (SettingSpec s : e.settings().values()) {
            if (s.isChoice()) {
                decisions.add(new Decision(id + "." + s.name(), 0, s.choices().size()));
            } else {
                decisions.add(new Decision(id + "." + s.name(), s.min(), s.max()));
            }
        }
    }

    /** The latest start: a month before the end of follow-up (a course must begin inside the run). */
    private double lastStart() {
        return endAge - 1.0 / 12;
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    public double startAge() {
        return startAge;
    }

    public double endAge() {
        return endAge;
    }

    /** The plan at a point of the space. */
    public Plan decode(double[] x) {
        if (x.length != decisions.size()) {
            throw new IllegalArgumentException("expected " + decisions.size() + " decisions, got " + x.length);
        }
        Map<String, PlannedCourse> own = new LinkedHashMap<>();
        for (Option o : options) {
            PlannedCourse c = o.decode(x);
            if (c != null) {
                own.put(c.entry().id(), c);
            }
        }
        List<PlannedCourse> courses = new ArrayList<>();
        for (Option o : options) {
            PlannedCourse c = own.get(o.entry.id());
            if (c != null) {
                courses.add(o.partners.isEmpty() ? c : o.follow(c, x, own));
            }
        }
        return new Plan(courses);
    }

    /** One catalog entry's genes: where they start in the vector, and how they read as a course. */
    private final class Option {
        final CatalogEntry entry;
        final int first;
        final List<CatalogEntry> partners;

        Option(CatalogEntry entry, int first, List<CatalogEntry> partners) {
            this.entry = entry;
            this.first = first;
            this.partners = partners;
        }

        /**
         * The course on the day of its chosen partner's sessions, or as decoded when it keeps its own
         * schedule or its partner is not in the plan. Its settings and route stay its own.
         */
        PlannedCourse follow(PlannedCourse c, double[] x, Map<String, PlannedCourse> own) {
            int after = choice(x[first + ownGenes()], partners.size() + 1);
            PlannedCourse partner = after == 0 ? null : own.get(partners.get(after - 1).id());
            if (partner == null) {
                return c;
            }
            double min = Math.max(1, entry.minIntervalDays());
            int stride = partner.sessions() < 2 ? 1 : (int) Math.ceil(min / Math.max(1, partner.intervalDays()));
            int sessions = (partner.sessions() - 1) / stride + 1;
            double interval = sessions > 1 ? partner.intervalDays() * stride : 0;
            return new PlannedCourse(entry, c.route(), partner.startAgeYears(), sessions, interval, c.settings(),
                    partner.entry().id());
        }

        /** Genes of the entry before its {@code .after} gene. */
        private int ownGenes() {
            int n = 2;
            if (entry.kind() != Kind.LIFESTYLE) {
                n += 2 + (entry.routes().size() > 1 ? 1 : 0);
            }
            return n + entry.settings().size();
        }

        PlannedCourse decode(double[] x) {
            int i = first;
            boolean use = x[i++] >= 0.5;
            // a schedule is written to the month and a setting to three significant figures, as a clinic would
            double start = clamp(Math.round(x[i++] * 12) / 12.0, startAge, lastStart());
            int sessions = 1;
            double interval = 0;
            String route = null;
            if (entry.kind() != Kind.LIFESTYLE) {
                sessions = (int) Math.round(clamp(x[i++], 1, maxSessionsPerCourse));
                interval = Math.round(clamp(x[i++], Math.max(1, entry.minIntervalDays()), Math.max(1, Math.max(entry.minIntervalDays(), MAX_INTERVAL_DAYS))));
                if (entry.routes().size() > 1) {
                    route = entry.routes().get(choice(x[i++], entry.routes().size()));
                } else if (entry.routes().size() == 1) {
                    route = entry.routes().get(0);
                }
                // sessions past the end of follow-up are dropped: they could change nothing the plan is judged on
                sessions = fitted(sessions, start, interval);
            }
            Map<String, Object> settings = new LinkedHashMap<>();
            for (SettingSpec s : entry.settings().values()) {
                double v = x[i++];
                if (s.isChoice()) {
                    String c = s.choices().get(choice(v, s.choices().size()));
                    settings.put(s.name(), s.isWord() ? c : (Object) Double.parseDouble(c));
                } else {
                    double value = clamp(s.unit().whole() ? Math.round(v) : threeFigures(v), s.min(), s.max());
                    settings.put(s.name(), value);
                }
            }
            SettingSpec over = entry.sessionLimitExceeded(settings);
            if (over != null) {
                // a per-session setting (an ablative laser's density) bounds all passes together, as the
                // scenario loader does: the passes give way, to the most that keep the session in range
                settings.put(SettingSpec.PASSES, passesWithin(entry.settings().get(SettingSpec.PASSES),
                        over.max() / (Double) settings.get(over.name())));
            }
            if (entry.kind() == Kind.DRUG && sessions > 1 && settings.get("course") instanceof Double course
                    && interval < course) {
                // a drug's next course cannot start before this one ends (the scenario loader refuses
                // overlapping courses): the interval is at least the course, and the sessions refitted
                interval = Math.ceil(course);
                sessions = fitted(sessions, start, interval);
            }
            return use ? new PlannedCourse(entry, route, start, sessions, interval, settings) : null;
        }
    }

    /** The most passes of {@code spec}'s range or choices that is at most {@code most} (at least its smallest). */
    static double passesWithin(SettingSpec spec, double most) {
        if (spec.isChoice()) {
            double smallest = Double.POSITIVE_INFINITY;
            double best = Double.NEGATIVE_INFINITY;
            for (String c : spec.choices()) {
                double v = Double.parseDouble(c);
                smallest = Math.min(smallest, v);
                if (v <= most) {
                    best = Math.max(best, v);
                }
            }
            return best == Double.NEGATIVE_INFINITY ? smallest : best;
        }
        return Math.max(spec.min(), Math.min(spec.max(), Math.floor(most * (1 + 1e-12))));
    }

    /** At most {@code sessions}, and no more than fit from {@code start} to the end of follow-up. */
    private int fitted(int sessions, double start, double interval) {
        double room = (endAge - start) * 365.25;
        int fit = interval > 0 ? (int) Math.floor(room / interval) + 1 : 1;
        return Math.min(sessions, Math.max(1, fit));
    }

    private static double threeFigures(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(Math.abs(v))));
        return Math.round(v * scale) / scale;
    }

    private static int choice(double v, int n) {
        return (int) Math.min(n - 1, Math.max(0, Math.floor(v)));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
