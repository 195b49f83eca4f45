package org.senesim.planner.screen;

import org.senesim.planner.PlanProblem;
import org.senesim.planner.objective.Objective;
import org.senesim.planner.search.Candidate;
import org.senesim.planner.search.Decision;
import org.senesim.planner.search.Evaluation;
import org.senesim.planner.search.SearchResult;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How far a screening fidelity's judgement of plans is from the daily mean field's, on a fixed
 * sample of plans drawn uniformly from the plan space's decisions (the seed fixes the sample): per
 * simulated objective, Spearman's rank correlation between the two fidelities over the sample; and
 * of the daily mean field's Pareto front among the sample's feasible plans, the share that is also
 * on the screening's front (a screening search can keep what it sees as non-dominated, so a daily
 * front plan the screening thinks dominated is one it would lose); and per simulated objective the
 * screening's scatter: how far a plan's screened figure strays from its daily one once the
 * screening's common bias is taken out (the median over the sample of |r / median r − 1|, r the
 * daily figure over the screened one). A bias shared by every plan moves no plan past another; the
 * scatter does, so it is the difference between two plans the screening cannot vouch for.
 *
 * @param plans       plans in the sample
 * @param feasible    those within the session limit and budget
 * @param objectives  the simulated objectives' names, in the problem's order
 * @param spearman    Spearman's ρ per simulated objective (screening against daily, all plans of the sample)
 * @param dailyFront  plans on the daily mean field's front of the feasible sample
 * @param recovered   of those, the ones on the screening's front too
 * @param scatter     the screening's relative scatter per simulated objective (NaN when no plan of the
 *                    sample has a non-zero figure under both)
 */
public record ScreeningError(int plans, int feasible, List<String> objectives, double[] spearman, int dailyFront,
                             int recovered, double[] scatter) {

    /** Both problems must share the plan space and objectives; they differ only by how a plan is simulated. */
    public static ScreeningError measure(PlanProblem screening, PlanProblem daily, int n, long seed, int threads) {
        if (n < 2) {
            throw new IllegalArgumentException("a screening error needs at least 2 plans, got " + n);
        }
        List<double[]> points = sample(screening.decisions(), n, seed);
        List<Evaluation> s = InOrder.map(points, screening::evaluate, threads);
        List<Evaluation> d = InOrder.map(points, daily::evaluate, threads);
        List<String> names = new ArrayList<>();
        List<Double> rho = new ArrayList<>();
        List<Double> scatter = new ArrayList<>();
        List<Objective> objectives = daily.objectiveList();
        for (int j = 0; j < objectives.size(); j++) {
            if (!objectives.get(j).simulated()) {
                continue;
            }
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = s.get(i).objectives()[j];
                b[i] = d.get(i).objectives()[j];
            }
            names.add(objectives.get(j).name());
            rho.add(Ranks.spearman(a, b));
            scatter.add(scatter(a, b));
        }
        List<Candidate> cs = new ArrayList<>();
        List<Candidate> cd = new ArrayList<>();
        int feasible = 0;
        for (int i = 0; i < n; i++) {
            cs.add(new Candidate(i, points.get(i), s.get(i)));
            cd.add(new Candidate(i, points.get(i), d.get(i)));
            feasible += d.get(i).feasible() ? 1 : 0;
        }
        Set<Integer> screenedFront = new HashSet<>();
        SearchResult.front(cs).forEach(c -> screenedFront.add(c.index()));
        List<Candidate> dailyFront = SearchResult.front(cd);
        int recovered = (int) dailyFront.stream().filter(c -> screenedFront.contains(c.index())).count();
        return new ScreeningError(n, feasible, List.copyOf(names), rho.stream().mapToDouble(Double::doubleValue).toArray(),
                dailyFront.size(), recovered, scatter.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Median of |r / median r − 1| over the plans where both figures are non-zero, r = daily / screened:
     * the screening's plan-to-plan relative error with its common bias removed.
     */
    static double scatter(double[] screened, double[] daily) {
        double[] r = new double[screened.length];
        int n = 0;
        for (int i = 0; i < screened.length; i++) {
            if (screened[i] != 0 && daily[i] != 0) {
                r[n++] = daily[i] / screened[i];
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        double[] ratios = java.util.Arrays.copyOf(r, n);
        double bias = median(ratios);
        for (int i = 0; i < n; i++) {
            ratios[i] = Math.abs(ratios[i] / bias - 1);
        }
        return median(ratios);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : 0.5 * (s[m - 1] + s[m]);
    }

    /** {@code n} points drawn uniformly within each decision's range, in a fixed order for a seed. */
    static List<double[]> sample(List<Decision> decisions, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<double[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] x = new double[decisions.size()];
            for (int k = 0; k < x.length; k++) {
                Decision dec = decisions.get(k);
                x[k] = dec.lower() + random.nextDouble() * (dec.upper() - dec.lower());
            }
            out.add(x);
        }
        return out;
    }

    /** Spearman's ρ of the named objective. */
    public double spearman(String objective) {
        int i = objectives.indexOf(objective);
        if (i < 0) {
            throw new IllegalArgumentException("no simulated objective '" + objective + "'; measured: " + objectives);
        }
        return spearman[i];
    }

    /** Share of the daily front the screening's front holds. */
    public double recoveredShare() {
        return dailyFront == 0 ? Double.NaN : recovered / (double) dailyFront;
    }

    /** One line for the console and the docs. */
    public String describe() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%d plans (%d feasible): Spearman", plans, feasible));
        for (int i = 0; i < objectives.size(); i++) {
            sb.append(String.format(Locale.ROOT, " %s %.4f", objectives.get(i), spearman[i]));
        }
        sb.append("; scatter");
        for (int i = 0; i < objectives.size(); i++) {
            sb.append(String.format(Locale.ROOT, " %s %.2f %%", objectives.get(i), 100 * scatter[i]));
        }
        return sb.append(String.format(Locale.ROOT, "; daily mean-field front %d plans, %d on the screening front (%.0f %%)",
                dailyFront, recovered, 100 * recoveredShare())).toString();
    }
}
