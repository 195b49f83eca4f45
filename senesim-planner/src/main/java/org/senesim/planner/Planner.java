package org.senesim.planner;

import org.senesim.scenario.CatalogEntry;
import org.senesim.scenario.Units;
import org.senesim.planner.objective.Objective;
import org.senesim.planner.objective.PlanEvaluator;
import org.senesim.planner.report.PlanLives;
import org.senesim.planner.report.Recheck;
import org.senesim.planner.screen.InOrder;
import org.senesim.planner.screen.Resolution;
import org.senesim.planner.screen.ScreenedPlan;
import org.senesim.planner.screen.Thinning;
import org.senesim.planner.search.Candidate;
import org.senesim.planner.search.ParetoSearch;
import org.senesim.planner.search.SearchResult;
import org.senesim.planner.simulate.Screening;
import org.senesim.planner.simulate.SimulatedPlanEvaluator;
import org.senesim.planner.space.Burdens;
import org.senesim.planner.space.Plan;
import org.senesim.planner.space.PlanSpace;
import org.senesim.run.ArmRun;
import org.senesim.run.ParameterDraws;
import org.senesim.run.Fidelity;
import org.senesim.scenario.Arm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The planner: for one person, search the space of schedules for the Pareto front, once with every
 * evidence tier and once with only the effects at or above a stricter cut, each on the chosen skin
 * model (the mean-field skin by default: a life costs a fraction of the lattice's), then re-check
 * chosen front plans on the lattice patch with replicate seeds. No file output: the command writes
 * what this returns.
 */
public final class Planner {

    /**
     * What to plan.
     *
     * @param personText   the person file (a scenario without a protocol)
     * @param personFile   its name, for messages
     * @param entries      catalog entries on offer
     * @param startAge     earliest start of a course (the person's age)
     * @param endAge       end of follow-up
     * @param objectives   what to trade off
     * @param maxSessions  the most sessions in a plan (and in one course)
     * @param budgetUsd    the most a plan may cost
     * @param evaluations  plans evaluated per search
     * @param population   NSGA-II population
     * @param seeds        fixed seeds every plan is run with in the search
     * @param recheckSeeds seeds of the re-check
     * @param recheck      front plans to re-check per cut
     * @param strictTier   the stricter evidence cut (null: only the search with every tier)
     * @param seed         seed of the search itself
     * @param threads      evaluation threads
     * @param draws        parameter values of the life with seed {@code k} (search and re-check alike)
     * @param searchSkin   the skin model the search judges plans on (the re-check is always on the
     *                     lattice patch)
     * @param screening    the coarser fidelity the search judges plans on before its front is judged
     *                     again on the daily mean-field skin ({@link Screening#MEAN_FIELD}: none)
     * @param screenResolution times the screening's measured scatter, the differences the screening
     *                     front is thinned to before it is judged again ({@link Resolution}); 0 judges
     *                     every plan of the screening front again
     */
    public record Request(String personText, String personFile, List<CatalogEntry> entries, double startAge, double endAge,
                          List<Objective> objectives, int maxSessions, double budgetUsd, int evaluations, int population,
                          long[] seeds, long[] recheckSeeds, int recheck, String strictTier, long seed, int threads,
                          ParameterDraws draws, Fidelity searchSkin, Screening screening, double screenResolution) {
        public Request {
            if (!(screenResolution >= 0 && screenResolution <= MAX_RESOLUTION)) {
                throw new IllegalArgumentException("--screen-resolution must lie from 0 (judge every screened front plan again) to "
                        + Units.formatNumber(MAX_RESOLUTION) + " times the screening's scatter, got "
                        + Units.formatNumber(screenResolution) + ". Fix: e.g. --screen-resolution 1 (the default)");
            }
            if (screening.screens() && searchSkin != Fidelity.MEAN_FIELD) {
                throw new IllegalArgumentException("--screening " + screening.id() + " screens for the mean-field skin; "
                        + "with --search-skin patch use --screening mean-field");
            }
            for (Objective o : objectives) {
                // an outcome read at an age the run never reaches is no objective at all
                double at = o.age();
                if (at < startAge || at > endAge) {
                    throw new IllegalArgumentException("--objectives: '" + o.name() + "' reads an age the run does not reach: "
                            + personFile + " follows the person from " + Units.formatNumber(startAge) + " to "
                            + Units.formatNumber(endAge) + ". Fix: choose an age from " + Units.formatNumber(startAge) + " to "
                            + Units.formatNumber(endAge));
                }
            }
        }
    }

    /**
     * Widest screening resolution, in multiples of the screening's scatter: past ten the boxes are
     * wider than the differences between most front plans and the front would collapse to a few.
     */
    public static final double MAX_RESOLUTION = 10;

    /**
     * What came of it: one front per cut (every tier first), the re-checked plans, and the re-checked
     * plans' lives beside no treatment and the reactive pattern; under a screening, each search's
     * thinned screening front judged again on the daily mean field, and how each was thinned (both
     * empty without one).
     */
    public record Result(List<PlanFront> fronts, List<Recheck> rechecks, List<PlanLives> lives, List<ScreenedPlan> screened,
                         List<Thinning> thinning) {
    }

    /**
     * Told after each generation of each search, and (when the stages run) as the screening front's
     * plans are judged again and as the re-check's lives end: the stages after the search can take
     * as long as it does.
     */
    public interface Progress {
        void searched(String cut, int evaluations, int budget, int frontSize);

        /** {@code done} of the {@code total} thinned screening front plans judged again on the daily mean field. */
        default void rejudged(String cut, int done, int total) {
        }

        /** {@code done} of the {@code total} plans and reference patterns re-checked on the lattice patch (every seed each). */
        default void rechecked(String cut, int done, int total) {
        }
    }

    private final Burdens burdens;

    public Planner(Burdens burdens) {
        this.burdens = burdens;
    }

    public Result plan(Request r, Progress progress) {
        PlanSpace space = new PlanSpace(r.entries(), r.startAge(), r.endAge(), r.maxSessions());
        double[] ages = ages(r.objectives());
        List<PlanFront> fronts = new ArrayList<>();
        List<String> cuts = new ArrayList<>();
        cuts.add(null);
        if (r.strictTier() != null) {
            cuts.add(r.strictTier());
        }
        List<Recheck> rechecks = new ArrayList<>();
        List<PlanLives> lives = new ArrayList<>();
        List<ScreenedPlan> screened = new ArrayList<>();
        List<Thinning> thinning = new ArrayList<>();
        double[] scatter = r.screening().scatter(r.objectives());
        for (int j = 0; j < scatter.length; j++) {
            scatter[j] *= r.screenResolution();
        }
        Resolution resolution = new Resolution(r.objectives(), scatter);
        for (String cut : cuts) {
            String label = cut == null ? "every evidence tier" : cut + " and stronger";
            SimulatedPlanEvaluator eval = new SimulatedPlanEvaluator(r.personText(), r.personFile(), r.searchSkin(), r.seeds(), ages,
                    cut, r.draws(), r.screening());
            PlanProblem searched = new PlanProblem(space, r.objectives(), eval, burdens, r.maxSessions(), r.budgetUsd());
            SearchResult result = new ParetoSearch().run(searched,
                    new ParetoSearch.Settings(r.evaluations(), r.population(), r.seed(), r.threads()),
                    (done, budget, front) -> progress.searched(label, done, budget, front));
            PlanProblem problem = searched;
            if (r.screening().screens()) {
                // the screening's front judged again on the daily mean field: the front shown is the daily figures' front
                problem = new PlanProblem(space, r.objectives(), new SimulatedPlanEvaluator(r.personText(), r.personFile(),
                        Fidelity.MEAN_FIELD, r.seeds(), ages, cut, r.draws()), burdens, r.maxSessions(), r.budgetUsd());
                List<Candidate> judged = resolution.thin(result.front());
                thinning.add(new Thinning(label, result.front().size(), judged.size(), resolution.describe()));
                result = rejudge(label, searched, problem, result, judged, r.threads(), screened,
                        done -> progress.rejudged(label, done, judged.size()));
            }
            PlanFront front = PlanFront.of(label, problem, result, r.screening().screens());
            fronts.add(front);
            if (r.recheck() > 0) {
                SimulatedPlanEvaluator replicate = new SimulatedPlanEvaluator(r.personText(), r.personFile(), Fidelity.PATCH,
                        r.recheckSeeds(), ages, cut, r.draws());
                Map<String, List<ArmRun>> references = new LinkedHashMap<>();
                List<Arm> arms = References.arms(r.startAge(), r.endAge());
                List<Plan> plans = chosen(front, r.recheck());
                int total = arms.size() + plans.size();
                for (Arm a : arms) {
                    references.put(a.label(), replicate.runs(a));
                    progress.rechecked(label, references.size(), total);
                }
                for (int i = 0; i < plans.size(); i++) {
                    Plan p = plans.get(i);
                    List<ArmRun> runs = replicate.runs(p);
                    rechecks.add(new Recheck(p, problem.outcomes(p), replicate.summarise(runs)));
                    lives.add(new PlanLives(p, label, runs, references));
                    progress.rechecked(label, arms.size() + i + 1, total);
                }
            }
        }
        return new Result(fronts, rechecks, lives, screened, thinning);
    }

    /**
     * The screening search's (thinned) front judged on the daily problem (in parallel, kept in front
     * order): the result keeps everything evaluated as the screening saw it, and its front becomes
     * the re-judged plans no other re-judged plan beats. Each re-judged plan is added to {@code out}.
     */
    private static SearchResult rejudge(String cut, PlanProblem screening, PlanProblem daily, SearchResult result,
                                        List<Candidate> judged, int threads, List<ScreenedPlan> out,
                                        java.util.function.IntConsumer done) {
        List<Candidate> again = InOrder.map(judged,
                c -> new Candidate(c.index(), c.decisions(), daily.evaluate(c.decisions())), threads, done);
        List<Candidate> front = SearchResult.front(again);
        java.util.Set<Integer> kept = new java.util.HashSet<>();
        front.forEach(c -> kept.add(c.index()));
        for (Candidate c : again) {
            Plan p = daily.space().decode(c.decisions());
            boolean simulated = daily.objectiveList().stream().anyMatch(Objective::simulated);
            out.add(new ScreenedPlan(cut, p, simulated ? screening.outcomes(p) : null, simulated ? daily.outcomes(p) : null,
                    kept.contains(c.index())));
        }
        return new SearchResult(result.evaluated(), front);
    }

    /** Up to {@code n} front plans spread along the first objective: its two ends and evenly between. */
    static List<Plan> chosen(PlanFront f, int n) {
        List<Plan> plans = f.plans();
        if (plans.size() <= n) {
            return plans;
        }
        List<Plan> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int idx = (int) Math.round(i * (plans.size() - 1) / (double) (n - 1));
            if (!out.contains(plans.get(idx))) {
                out.add(plans.get(idx));
            }
        }
        return out;
    }

    /** The ages the objectives read outcomes at. */
    public static double[] ages(List<Objective> objectives) {
        return objectives.stream().filter(o -> o.name().contains("@"))
                .mapToDouble(o -> Double.parseDouble(o.name().substring(o.name().indexOf('@') + 1))).distinct().sorted().toArray();
    }

    /** The rows of a front ({@code f.plans()}, {@code f.front()}) in order of fees, cheapest first. */
    public static List<Integer> byCost(PlanFront f, Burdens burdens, double endAge) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < f.plans().size(); r++) {
            rows.add(r);
        }
        rows.sort(Comparator.comparingDouble(r -> f.plans().get(r).costUsd(burdens, endAge)));
        return rows;
    }
}
