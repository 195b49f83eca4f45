package org.senesim.planner.objective;

import org.senesim.planner.space.Burdens;
import org.senesim.planner.space.Plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One thing a plan is judged on, always as a number to minimise: a simulated outcome (a benefit
 * such as collagen is negated), or what the plan costs the person (sessions, downtime, fees).
 *
 * <p>Written on the command line as {@code senescence}, {@code kc}, {@code ak}, {@code uv}, {@code frailty@80},
 * {@code organs@80}, {@code collagen@60}, {@code elastin@60}, {@code sessions}, {@code downtime},
 * {@code cost}.
 */
public record Objective(String name, String outcome, boolean benefit, String label, String unit) {

    /** Parses a comma-separated list; an unknown name is an {@link IllegalArgumentException} saying what is allowed. */
    public static List<Objective> parse(String list) {
        List<Objective> out = new ArrayList<>();
        for (String raw : list.split(",")) {
            String t = raw.trim().toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) {
                Objective o = one(t);
                if (out.stream().anyMatch(x -> x.name().equals(o.name()))) {
                    throw new IllegalArgumentException("--objectives names '" + o.name() + "' twice. Fix: name each objective once");
                }
                out.add(o);
            }
        }
        if (out.size() < 2) {
            throw new IllegalArgumentException("--objectives needs at least two objectives to trade off, got '" + list
                    + "'. Fix: e.g. --objectives senescence,kc,cost");
        }
        return List.copyOf(out);
    }

    private static Objective one(String t) {
        String[] parts = t.split("@", 2);
        String base = parts[0];
        String age = parts.length > 1 ? parts[1] : null;
        if (age != null) {
            try {
                double a = Double.parseDouble(age);
                if (!(a > 0 && a < 130)) {
                    throw new NumberFormatException();
                }
                age = a == Math.rint(a) ? Long.toString((long) a) : Double.toString(a); // 80.0 and 80 name one objective
                t = base + "@" + age;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("objective '" + t + "': '" + age + "' is not an age in years. Fix: e.g. " + base + "@80");
            }
        }
        boolean needsAge = base.equals("frailty") || base.equals("organs") || base.equals("collagen") || base.equals("elastin");
        if (needsAge && age == null) {
            throw new IllegalArgumentException("objective '" + t + "' needs an age. Fix: write " + base + "@AGE, e.g. " + base + "@80");
        }
        if (!needsAge && age != null) {
            throw new IllegalArgumentException("objective '" + t + "' takes no age. Fix: write " + base);
        }
        return switch (base) {
            case "senescence" -> new Objective(t, t, false, "mean dermal senescent fraction", "fraction");
            case "kc" -> new Objective(t, t, false, "keratinocyte carcinomas by end", "per 100 cm2");
            case "ak" -> new Objective(t, t, false, "actinic keratoses at end", "per 100 cm2");
            case "uv" -> new Objective(t, t, false, "personal UV dose", "SED/day");
            case "frailty" -> new Objective(t, t, false, "frailty index at " + age, "index");
            case "organs" -> new Objective(t, t, false, "distant-organ burden at " + age, "young-adult units");
            case "collagen" -> new Objective(t, t, true, "collagen at " + age, "relative to 25");
            case "elastin" -> new Objective(t, t, true, "elastin at " + age, "relative to 25");
            case "sessions" -> new Objective(t, null, false, "sessions", "count");
            case "downtime" -> new Objective(t, null, false, "downtime", "days");
            case "cost" -> new Objective(t, null, false, "fees", "USD");
            default -> throw new IllegalArgumentException("unknown objective '" + t + "'. Allowed: senescence, kc, ak, uv, "
                    + "frailty@AGE, organs@AGE, collagen@AGE, elastin@AGE, sessions, downtime, cost");
        };
    }

    /** The age an outcome is read at ({@code frailty@80}: 80), or NaN for an objective over the whole follow-up. */
    public double age() {
        int at = name.indexOf('@');
        return at < 0 ? Double.NaN : Double.parseDouble(name.substring(at + 1));
    }

    public boolean simulated() {
        return outcome != null;
    }

    /** The value to minimise for a plan, given its outcomes (null for burden-only objectives). */
    public double value(Plan plan, Outcomes outcomes, Burdens burdens, double endAge) {
        return switch (name) {
            case "sessions" -> plan.sessions();
            case "downtime" -> plan.downtimeDays(burdens);
            case "cost" -> plan.costUsd(burdens, endAge);
            default -> benefit ? -outcomes.mean(outcome) : outcomes.mean(outcome);
        };
    }

    /** The value as a person reads it (benefits back to their sign). */
    public double readable(double minimised) {
        return benefit ? -minimised : minimised;
    }
}
