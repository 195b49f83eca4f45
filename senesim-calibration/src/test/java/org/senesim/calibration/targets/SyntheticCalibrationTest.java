package org.senesim.calibration.targets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senesim.calibration.abc.AbcSmc;
import org.senesim.calibration.abc.Weighted;
import org.senesim.scenario.Posterior;
import org.senesim.calibration.report.CalibrationRun;
import org.senesim.calibration.space.ParameterSpace;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calibration on a synthetic problem: the "published" figures are the model's own, computed at
 * known parameter values (a larger cohort, another seed), and the posterior must cover them.
 */
class SyntheticCalibrationTest {

    private static final String SCENARIO = """
            name: synthetic-woman
            seed: 3
            duration: 45 years
            person: {species: human, sex: female, age: 60 years}
            outputs: {every: 14 days}
            """;
    private static final List<String> IDS = List.of("organism.production.eta.human", "organism.noise.epsilon.human");
    private static final double[] TRUE_U = {0.3, 0.65};

    @Test
    void posteriorCoversTheParametersTheDataWereMadeWith(@TempDir Path dir) throws Exception {
        ParameterRegistry registry = ParameterRegistry.builtIn();
        ParameterSpace space = ParameterSpace.select(registry, IDS);
        Map<String, Double> truth = space.overrides(TRUE_U);

        // the data: the model at the true values, 3,000 people, another seed
        Scenario data = ScenarioLoader.parse(SCENARIO.replace("seed: 3", "seed: 1003"), "data.yaml");
        List<Quantity> qs = List.of(Quantity.parse("median_age_at_death"), Quantity.parse("survival_to_80"),
                Quantity.parse("survival_to_95"));
        double[] observed = CohortFigures.compute(data, data.parameterSet().with(truth, ParameterSet.Origin.SAMPLED),
                3000, qs);

        Files.writeString(dir.resolve("woman-60.yaml"), SCENARIO);
        Files.writeString(dir.resolve("synthetic.published.yaml"), String.format(Locale.ROOT, """
                reproduction: synthetic
                title: the model's own figures at known parameters
                figures:
                  - {id: median_age_at_death, description: median age at death from 60, published: %s, unit: years, tolerance: {absolute: 1.5}, calibration: true, source: synthetic}
                  - {id: survival_to_80, description: alive at 80, published: %s, unit: fraction, tolerance: {absolute: 0.06}, calibration: true, source: synthetic}
                  - {id: survival_to_95, description: alive at 95, published: %s, unit: fraction, tolerance: {absolute: 0.06}, calibration: true, source: synthetic}
                """, observed[0], observed[1], observed[2]));
        Path targetsFile = dir.resolve("synthetic.targets.yaml");
        Files.writeString(targetsFile, """
                calibration: synthetic
                title: two organism parameters from three of the model's own figures
                parameters: [organism.production.eta.human, organism.noise.epsilon.human]
                abc: {particles: 60, generations: 3, quantile: 0.5, min_acceptance: 0.05, final_epsilon: 0.5, batch: 30, seed: 7}
                targets:
                  - {figure: median_age_at_death, published: synthetic.published.yaml, use: calibrate, scenario: woman-60.yaml, quantity: median_age_at_death, people: 300}
                  - {figure: survival_to_80, published: synthetic.published.yaml, use: calibrate, scenario: woman-60.yaml, quantity: survival_to_80, people: 300}
                  - {figure: survival_to_95, published: synthetic.published.yaml, use: hold-out, scenario: woman-60.yaml, quantity: survival_to_95, people: 300}
                """);
        TargetsFile targets = TargetsFile.load(targetsFile, registry);
        TargetModel model = new TargetModel(targets, 2, false);
        AbcSmc.Result result = new CalibrationRun(targets, model, model.withHoldOuts(), model, registry, 2).run(dir.resolve("out"),
                AbcSmc.Listener.SILENT);

        Posterior posterior = Posterior.read(dir.resolve("out/posterior.json"), registry);
        assertThat(posterior.parameters()).isEqualTo(IDS);
        assertThat(posterior.held()).contains("organism.death.threshold").doesNotContain(IDS.get(0));
        boolean narrowed = false;
        for (int i = 0; i < IDS.size(); i++) {
            double lo = Weighted.quantile(posterior.column(i), posterior.weights(), 0.025);
            double hi = Weighted.quantile(posterior.column(i), posterior.weights(), 0.975);
            assertThat(truth.get(IDS.get(i))).as("%s in [%s, %s]", IDS.get(i), lo, hi).isBetween(lo, hi);
            double priorWidth = space.get(i).max() - space.get(i).min();
            narrowed |= hi - lo < 0.6 * priorWidth;
        }
        assertThat(narrowed).as("the data narrow at least one parameter").isTrue();
        assertThat(result.generations()).hasSizeGreaterThan(1);
        String predictive = Files.readString(dir.resolve("out/predictive.csv"));
        assertThat(predictive).contains("survival_to_95,hold-out");
        // the hold-out was computed for the posterior (not NaN), though the search never ran it
        assertThat(predictive.lines().filter(l -> l.startsWith("survival_to_95")).findFirst().orElseThrow())
                .doesNotContain("NaN");
        assertThat(Files.readString(dir.resolve("out/diagnostics.csv")).lines()).hasSize(result.generations().size() + 1);
        assertThat(Files.readString(dir.resolve("out/report.html"))).contains("hold-outs (not fitted)");
    }
}
