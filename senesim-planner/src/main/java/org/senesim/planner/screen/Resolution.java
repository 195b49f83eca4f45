package org.senesim.planner.screen;

import org.senesim.planner.objective.Objective;
import org.senesim.planner.search.Candidate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The differences a screening can vouch for, per objective, and the screening front thinned to
 * them before it is judged again day by day.
 *
 * <p>A screening orders plans well but not exactly: past its common bias, a plan's screened figure
 * strays from its daily one by the screening's scatter ({@link ScreeningError}). Two plans whose
 * screened figures differ by less than that are plans the screening cannot tell apart, and a
 * screening front is full of them (500 plans for {@code plan-35}, neighbours differing in the
 * fourth digit). So each simulated objective is cut into boxes of that relative width (on a log
 * scale: the figures span orders of magnitude), and each objective the plan itself fixes (sessions,
 * downtime, fees) is exact; a box beaten on every axis by another box is ε-dominated (Laumanns et
 * al. 2002) and left out, and of each remaining box one plan is judged again, the one nearest the
 * box's best corner. A plan left out therefore has a kept plan no worse in any exact objective,
 * and it is better than that plan in a simulated objective by less than the screening's scatter.
 *
 * @param objectives the problem's objectives, in order
 * @param relative   per objective, the relative width of a box; 0 for an exact objective
 */
public record Resolution(List<Objective> objectives, double[] relative) {

    public Resolution {
        if (relative.length != objectives.size()) {
            throw new IllegalArgumentException(relative.length + " resolutions for " + objectives.size() + " objectives");
        }
        for (double r : relative) {
            if (!(r >= 0 && r < 1)) {
                throw new IllegalArgumentException("a relative resolution lies in [0, 1), got " + r);
            }
        }
        relative = relative.clone();
    }

    /** True when every objective is exact: thinning keeps the whole front. */
    public boolean exact() {
        return Arrays.stream(relative).allMatch(r -> r == 0);
    }

    /**
     * The front's plans, one per ε-non-dominated box, in the front's order. Deterministic: ties
     * within a box go to the plan evaluated first.
     */
    public List<Candidate> thin(List<Candidate> front) {
        if (exact()) {
            return front;
        }
        Map<List<Double>, Candidate> boxes = new LinkedHashMap<>();
        Map<Candidate, Double> offset = new java.util.IdentityHashMap<>();
        for (Candidate c : front) {
            List<Double> box = new ArrayList<>(relative.length);
            double off = 0;
            for (int j = 0; j < relative.length; j++) {
                box.add(box(j, c.objective(j)));
                off += offset(j, c.objective(j));
            }
            offset.put(c, off);
            boxes.merge(box, c, (a, b) -> better(a, b, offset) ? a : b);
        }
        List<List<Double>> keys = new ArrayList<>(boxes.keySet());
        List<Candidate> kept = new ArrayList<>();
        for (List<Double> k : keys) {
            if (keys.stream().noneMatch(o -> dominates(o, k))) {
                kept.add(boxes.get(k));
            }
        }
        java.util.Set<Candidate> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        keep.addAll(kept);
        return front.stream().filter(keep::contains).toList();
    }

    private static boolean better(Candidate a, Candidate b, Map<Candidate, Double> offset) {
        int c = Double.compare(offset.get(a), offset.get(b));
        return c < 0 || c == 0 && a.index() <= b.index();
    }

    /** Box {@code a} is no worse than {@code b} on every axis and differs from it. */
    private static boolean dominates(List<Double> a, List<Double> b) {
        for (int j = 0; j < a.size(); j++) {
            if (a.get(j) > b.get(j)) {
                return false;
            }
        }
        return !a.equals(b);
    }

    /**
     * The box of a minimised value on axis {@code j}, non-decreasing in the value: the value itself
     * when exact, else the index of its log-scale box of the figure as read (a benefit, minimised
     * as its negative, has its index negated). A figure of zero is the best box of a burden and the
     * worst of a benefit.
     */
    double box(int j, double minimised) {
        double r = relative[j];
        if (r == 0) {
            return minimised;
        }
        boolean benefit = objectives.get(j).benefit();
        double read = benefit ? -minimised : minimised;
        if (!(read > 0)) {
            return benefit ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        double k = Math.floor(Math.log(read) / Math.log1p(r));
        return benefit ? -k : k;
    }

    /** How far into its box a value lies from the box's best corner, 0 to 1 (0 when exact). */
    private double offset(int j, double minimised) {
        double r = relative[j];
        boolean benefit = objectives.get(j).benefit();
        double read = benefit ? -minimised : minimised;
        if (r == 0 || !(read > 0)) {
            return 0;
        }
        double x = Math.log(read) / Math.log1p(r);
        double within = x - Math.floor(x);
        return benefit ? 1 - within : within;
    }

    /** In words for a report: "senescence 0.8 %, kc 4 %, cost exact". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < relative.length; j++) {
            parts.add(objectives.get(j).name() + (relative[j] == 0 ? " exact"
                    : " " + new java.math.BigDecimal(100 * relative[j]).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString() + " %"));
        }
        return String.join(", ", parts);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Resolution[%s]", describe());
    }
}
