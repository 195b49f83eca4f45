package org.senesim.planner.space;

import java.util.List;
import java.util.stream.Collectors;

/** A treatment schedule for one person: its courses, possibly none (no treatment). */
public record Plan(List<PlannedCourse> courses) {

    public static final Plan NONE = new Plan(List.of());

    public Plan {
        courses = List.copyOf(courses);
    }

    public int sessions() {
        return courses.stream().filter(c -> !c.lifestyle()).mapToInt(PlannedCourse::sessions).sum();
    }

    /** Downtime days over the whole plan, each session's at its settings ({@link Burdens#sessionDowntimeDays}). */
    public double downtimeDays(Burdens burdens) {
        return courses.stream().mapToDouble(c -> burdens.sessionDowntimeDays(c) * c.sessions()).sum();
    }

    /** Fees over the whole plan; a lifestyle change is paid every year from its start to {@code endAgeYears}. */
    public double costUsd(Burdens burdens, double endAgeYears) {
        double sum = 0;
        for (PlannedCourse c : courses) {
            Burden b = burdens.of(c.entry().id());
            sum += b.costPerYear() ? b.costUsd() * Math.max(0, endAgeYears - c.startAgeYears()) : b.costUsd() * c.sessions();
        }
        return sum;
    }

    /** Every choice of the plan at full precision: equal keys, equal plans. */
    public String key() {
        return courses.stream().map(c -> c.entry().id() + "|" + c.route() + "|" + Double.toString(c.startAgeYears()) + "|" + c.sessions()
                + "|" + Double.toString(c.intervalDays()) + "|" + new java.util.TreeMap<>(c.settings()) + "|" + c.after()).collect(Collectors.joining(";"));
    }

    public String describe() {
        return courses.isEmpty() ? "no treatment" : courses.stream().map(PlannedCourse::describe).collect(Collectors.joining("; "));
    }
}
