package org.senesim.planner.search;

import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.variable.RealVariable;
import org.moeaframework.problem.AbstractProblem;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Multi-objective search with MOEA Framework's NSGA-II. Each generation's candidates are
 * evaluated in parallel (a candidate is a whole simulated life, so that is where the cores pay
 * off) and handed to the algorithm in a fixed order, so the same seed gives the same search and
 * the same front with any thread count.
 *
 * <p>MOEA Framework draws its random numbers from one process-wide generator ({@link PRNG}); a
 * search therefore holds a lock for its whole run and reseeds that generator first.
 */
public final class ParetoSearch {

    private static final Object PRNG_LOCK = new Object();

    /** How much to search: evaluations in all, NSGA-II population, seed, evaluation threads. */
    public record Settings(int evaluations, int populationSize, long seed, int threads) {
        public Settings {
            if (evaluations < 1 || populationSize < 2 || threads < 1) {
                throw new IllegalArgumentException("evaluations, population and threads must be positive");
            }
        }
    }

    /** Told after each generation: evaluations done, the budget, and the current front's size. */
    public interface Listener {
        void generation(int evaluations, int budget, int frontSize);

        Listener NONE = (done, budget, front) -> { };
    }

    public SearchResult run(SearchProblem problem, Settings settings, Listener listener) {
        synchronized (PRNG_LOCK) {
            PRNG.setRandom(new Random(settings.seed()));
            ExecutorService pool = settings.threads() > 1 ? Executors.newFixedThreadPool(settings.threads(), r -> {
                Thread t = new Thread(r, "senesim-plan-eval");
                t.setDaemon(true);
                return t;
            }) : null;
            try (Adapter adapter = new Adapter(problem)) {
                Nsga2 algorithm = new Nsga2(adapter, pool);
                algorithm.setInitialPopulationSize(settings.populationSize());
                while (algorithm.getNumberOfEvaluations() < settings.evaluations()) {
                    algorithm.step();
                    listener.generation(algorithm.getNumberOfEvaluations(), settings.evaluations(), adapter.front.size());
                }
                return new SearchResult(List.copyOf(adapter.evaluated), adapter.front.sorted());
            } finally {
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
        }
    }

    /** NSGA-II whose batch evaluation runs the candidates in parallel, then records them in order. */
    private static final class Nsga2 extends NSGAII {
        private final Adapter adapter;
        private final ExecutorService pool;

        Nsga2(Adapter adapter, ExecutorService pool) {
            super(adapter);
            this.adapter = adapter;
            this.pool = pool;
        }

        @Override
        public void evaluateAll(Solution[] solutions) {
            evaluateAll(List.of(solutions));
        }

        @Override
        public void evaluateAll(Iterable<Solution> solutions) {
            List<Solution> batch = new ArrayList<>();
            solutions.forEach(batch::add);
            adapter.precompute(batch, pool);
            for (Solution s : batch) {
                evaluate(s);
            }
        }
    }

    /** The SearchProblem seen as MOEA Framework's Problem, every variable real-coded. */
    private static final class Adapter extends AbstractProblem {
        private final SearchProblem problem;
        private final List<Candidate> evaluated = new ArrayList<>();
        private final ParetoFront front = new ParetoFront();
        private final Map<Solution, Evaluation> ready = new IdentityHashMap<>();

        Adapter(SearchProblem problem) {
            super(problem.decisions().size(), problem.objectives().size(), problem.constraints());
            this.problem = problem;
        }

        void precompute(List<Solution> batch, ExecutorService pool) {
            if (pool == null) {
                return;
            }
            // dearest first (longest-processing-time order); results are still read in batch order
            int n = batch.size();
            double[][] xs = new double[n][];
            double[] cost = new double[n];
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                xs[i] = RealVariable.getReal(batch.get(i));
                cost[i] = problem.cost(xs[i]);
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(cost[b], cost[a]));
            List<Future<Evaluation>> futures = new ArrayList<>(java.util.Collections.nCopies(n, null));
            for (int i : order) {
                double[] x = xs[i];
                futures.set(i, pool.submit(() -> problem.evaluate(x)));
            }
            try {
                for (int i = 0; i < batch.size(); i++) {
                    ready.put(batch.get(i), futures.get(i).get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("search interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(cause);
            }
        }

        @Override
        public void evaluate(Solution solution) {
            double[] x = RealVariable.getReal(solution);
            Evaluation e = ready.remove(solution);
            if (e == null) {
                e = problem.evaluate(x);
            }
            solution.setObjectiveValues(e.objectives());
            // MOEA Framework reads a constraint value of 0 as satisfied and anything else as violated.
            solution.setConstraintValues(e.violations());
            Candidate c = new Candidate(evaluated.size(), x, e);
            evaluated.add(c);
            front.offer(c);
        }

        @Override
        public Solution newSolution() {
            List<Decision> ds = problem.decisions();
            Solution s = new Solution(ds.size(), problem.objectives().size(), problem.constraints());
            for (int i = 0; i < ds.size(); i++) {
                Decision d = ds.get(i);
                s.setVariable(i, new RealVariable(d.name(), d.lower(), d.upper()));
            }
            return s;
        }
    }
}
