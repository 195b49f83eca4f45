package org.senesim.calibration.sensitivity;

import org.senesim.calibration.report.SensitivityReport;
import org.senesim.calibration.space.Evaluator;
import org.senesim.calibration.space.ParameterSpace;
import org.senesim.calibration.targets.Quantity;
import org.senesim.calibration.targets.RunLayerEvaluator;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.run.Executor;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.Units;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One sensitivity analysis of {@code senesim sensitivity}, checked and ready to run on any
 * {@link Executor}: which registry parameters move population figures of a scenario's person, each
 * design point one cohort of that person. The command line runs it on this JVM's threads, the Spark
 * module on a cluster; the design, the points and so the results are the same.
 *
 * @param scenario   the person the cohorts copy
 * @param sobol      Sobol indices (Saltelli sampling) rather than Morris screening
 * @param space      the parameters varied, over their plausible ranges
 * @param quantities the cohort figures analysed
 * @param people     people per cohort
 * @param samples    Morris trajectories or Sobol base samples
 * @param seed       seed of the trajectories or the Sobol sequence's scrambling and the bootstrap
 * @param notes      things the user should know (e.g. parameters the scenario sets that vary anyway)
 */
public record SensitivityStudy(Scenario scenario, boolean sobol, ParameterSpace space, List<Quantity> quantities,
                               int people, int samples, long seed, List<String> notes) {

    /** Sobol above this many parameters is refused: screen with Morris first. */
    public static final int SOBOL_MAX_PARAMETERS = 30;
    /** Morris levels of the trajectories' grid. */
    public static final int MORRIS_LEVELS = 4;

    /** A bad option: the message names the option and the fix. */
    public static final class BadOption extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadOption(String message) {
            super(message);
        }
    }

    /**
     * Checks the options as the command gives them (null for a default) and resolves the study.
     *
     * @throws BadOption for a bad option, with a message naming it and the fix
     */
    public static SensitivityStudy of(Scenario scenario, String method, List<String> parameters, List<String> outputs,
                                      Integer samples, int people, long seed) {
        ParameterRegistry registry = ParameterRegistry.builtIn();
        if (!"morris".equals(method) && !"sobol".equals(method)) {
            throw new BadOption("--method is '" + method + "'. Fix: --method morris or --method sobol");
        }
        boolean sobol = method.equals("sobol");
        List<String> selectors = parameters == null ? List.of("organism.*") : parameters;
        ParameterSpace space;
        try {
            space = ParameterSpace.select(registry, selectors);
        } catch (IllegalArgumentException e) {
            throw new BadOption("--parameters: " + e.getMessage());
        }
        // a mouse parameter cannot move a woman's cohort (and the reverse): leave the other species' out
        String species = scenario.person().species().name().toLowerCase(Locale.ROOT);
        space = new ParameterSpace(space.dimensions().stream().filter(d -> {
            String s = registry.get(d.id()).species();
            return s.equals("any") || s.equals(species);
        }).toList());
        List<String> notes = new ArrayList<>();
        List<String> scenarioSet = space.ids().stream().filter(id -> scenario.parameterOverrides().containsKey(id)).toList();
        if (!scenarioSet.isEmpty()) {
            notes.add(String.join(", ", scenarioSet) + " set by the scenario will vary over the registry range instead");
        }
        if (space.size() == 0) {
            throw new BadOption("--parameters selects no parameter with a plausible range. Fix: list ids with"
                    + " 'senesim params --grep WORD'");
        }
        int n = samples != null ? samples : sobol ? 256 : 10;
        if (sobol && space.size() > SOBOL_MAX_PARAMETERS) {
            throw new BadOption("--method sobol with " + space.size() + " parameters would take N*(k+2) = "
                    + (n * (space.size() + 2)) + " cohort runs. Fix: screen with --method morris first and"
                    + " pass the top ones with --parameters (at most " + SOBOL_MAX_PARAMETERS + ")");
        }
        List<Quantity> quantities = new ArrayList<>();
        for (String q : outputs == null ? List.of("median_age_at_death") : outputs) {
            Quantity parsed = Quantity.parse(q.strip());
            if (parsed == null) {
                throw new BadOption("--outputs: unknown figure '" + q + "'. Fix: one of " + Quantity.FORMS);
            }
            if (parsed.kind() == Quantity.Kind.COLUMN_MEDIAN_AT && !Quantity.columns().contains(parsed.column())) {
                throw new BadOption("--outputs: no organism column '" + parsed.column() + "'. Fix: one of "
                        + String.join(", ", Quantity.columns()));
            }
            double age = parsed.ageRead();
            if (age < scenario.person().ageYears() || age > scenario.endAgeYears()) {
                throw new BadOption("--outputs: '" + q.strip() + "' reads age " + Units.formatNumber(age)
                        + ", which the cohort does not live: the scenario runs from " + Units.formatNumber(scenario.person().ageYears())
                        + " to " + Units.formatNumber(scenario.endAgeYears()) + ". Fix: choose an age in that span or lengthen"
                        + " the scenario's duration");
            }
            if (quantities.contains(parsed)) {
                throw new BadOption("--outputs names '" + q.strip() + "' twice. Fix: name each figure once");
            }
            quantities.add(parsed);
        }
        if (people < 10 || people > 10_000_000) {
            throw new BadOption("--people must be between 10 and 10000000, got " + people);
        }
        if (n < 2 || n > 1_000_000) {
            throw new BadOption("--samples must be between 2 and 1000000, got " + n);
        }
        return new SensitivityStudy(scenario, sobol, space, List.copyOf(quantities), people, n, seed, List.copyOf(notes));
    }

    /** The cohorts of the design points on an executor (each point's figures depend on the point alone). */
    public Evaluator evaluator(Executor executor) {
        return new RunLayerEvaluator(scenario, space, quantities, people, executor);
    }

    /** The figures as text, the form a remote executor rebuilds them from ({@link Quantity#parse}). */
    public List<String> quantityTexts() {
        return quantities.stream().map(Quantity::text).toList();
    }

    /** The ranked table ({@code sensitivity.csv}) and the report page of a finished analysis. */
    public record Result(String csv, String html) {
    }

    /** Runs the design through the evaluator and ranks the parameters. */
    public Result run(Evaluator evaluator) {
        String title = "Sensitivity: " + scenario.name();
        if (sobol) {
            List<SobolIndex> idx = Sobol.run(space, evaluator, samples, seed);
            return new Result(SensitivityReport.sobolCsv(idx), SensitivityReport.sobolHtml(title, note(), idx));
        }
        List<MorrisIndex> idx = Morris.run(space, evaluator, samples, MORRIS_LEVELS, seed);
        return new Result(SensitivityReport.morrisCsv(idx), SensitivityReport.morrisHtml(title, note(), idx));
    }

    /** The sentence under the report's title: method, cohort, parameters, seed, and the standing caveat. */
    public String note() {
        return String.format(Locale.ROOT, "%s: cohorts of %d copies of the scenario's person (%s), %d"
                + " parameters over their registry ranges, seed %d. Model predictions with stated evidence,"
                + " not medical advice.", sobol ? "Sobol indices (Saltelli sampling, N = " + samples + ")"
                : "Morris screening (" + samples + " trajectories, " + MORRIS_LEVELS + " levels)", people,
                scenario.name(), space.size(), seed);
    }
}
