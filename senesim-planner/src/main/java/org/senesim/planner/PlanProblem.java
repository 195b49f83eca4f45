package org.senesim.planner;

import org.senesim.planner.objective.Objective;
import org.senesim.planner.objective.Outcomes;
import org.senesim.planner.objective.PlanEvaluator;
import org.senesim.planner.search.Decision;
import org.senesim.planner.search.Evaluation;
import org.senesim.planner.search.SearchProblem;
import org.senesim.planner.space.Burdens;
import org.senesim.planner.space.Plan;
import org.senesim.planner.space.PlanSpace;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The planner's search problem: points of a {@link PlanSpace} scored on the chosen objectives,
 * under a session limit and a budget. A plan is simulated only when one of its objectives needs
 * it, and only once: different points that decode to the same plan (an unused course's genes
 * still vary) share one simulation.
 */
public final class PlanProblem implements SearchProblem {

    private final PlanSpace space;
    private final List<Objective> objectives;
    private final PlanEvaluator evaluator;
    private final Burdens burdens;
    private final int maxSessions;
    private final double budgetUsd;
    private final Map<String, Outcomes> simulated = new ConcurrentHashMap<>();

    public PlanProblem(PlanSpace space, List<Objective> objectives, PlanEvaluator evaluator, Burdens burdens,
                       int maxSessions, double budgetUsd) {
        for (Objective o : objectives) {
            if (o.simulated() && !evaluator.outcomeNames().contains(o.outcome())) {
                throw new IllegalArgumentException("objective '" + o.name() + "' is not something this simulation reports; it reports "
                        + evaluator.outcomeNames());
            }
        }
        this.space = space;
        this.objectives = List.copyOf(objectives);
        this.evaluator = evaluator;
        this.burdens = burdens;
        this.maxSessions = maxSessions;
        this.budgetUsd = budgetUsd;
    }

    @Override
    public List<Decision> decisions() {
        return space.decisions();
    }

    @Override
    public List<String> objectives() {
        return objectives.stream().map(Objective::name).toList();
    }

    @Override
    public int constraints() {
        return 2;
    }

    @Override
    public Evaluation evaluate(double[] x) {
        Plan plan = space.decode(x);
        Outcomes outcomes = needsSimulation() ? outcomes(plan) : null;
        double[] f = new double[objectives.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = objectives.get(i).value(plan, outcomes, burdens, space.endAge());
        }
        double sessionsOver = Math.max(0, plan.sessions() - maxSessions);
        double costOver = Math.max(0, plan.costUsd(burdens, space.endAge()) - budgetUsd);
        return new Evaluation(f, new double[] {sessionsOver, costOver});
    }

    /**
     * Years of life a plan's simulation lives: a plan goes on from the untreated life's yearly
     * checkpoint before its first session (SimulatedPlanEvaluator), and one already simulated costs
     * nothing. Only its order is used (ParetoSearch starts the dearest first).
     */
    @Override
    public double cost(double[] x) {
        if (!needsSimulation()) {
            return 1.0;
        }
        Plan plan = space.decode(x);
        if (simulated.containsKey(plan.key())) {
            return 0.0;
        }
        // no treatment is the whole untreated life (it shares no checkpoint)
        double first = plan.courses().stream().mapToDouble(c -> c.startAgeYears()).min().orElse(space.startAge());
        return 1.0 + space.endAge() - Math.max(space.startAge(), Math.floor(first));
    }

    /** The simulated outcomes of a plan, simulated once per distinct plan. */
    public Outcomes outcomes(Plan plan) {
        return simulated.computeIfAbsent(plan.key(), k -> evaluator.evaluate(plan));
    }

    public PlanSpace space() {
        return space;
    }

    public List<Objective> objectiveList() {
        return objectives;
    }

    private boolean needsSimulation() {
        return objectives.stream().anyMatch(Objective::simulated);
    }
}
