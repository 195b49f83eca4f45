package org.senesim.engine;

import org.junit.jupiter.api.Test;
import org.senesim.meanfield.MeanFieldSkin;
import org.senesim.observe.TimeSeries;
import org.senesim.run.Fidelity;
import org.senesim.run.RunContext;
import org.senesim.run.RunSpec;
import org.senesim.run.Simulator;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The weekly screening fidelity ({@link Fidelity#MEAN_FIELD_WEEKLY}) against the daily mean field
 * it screens for, on the planner's kind of life (a woman followed from 35 to 85 on a 2D section)
 * under no treatment and four treatments of different kinds (a device, a drug, sunscreen, exosomes
 * after microneedling). What screening needs is that plans keep their order and their effects
 * their size; the tolerances are a guard set after the first measurement (docs/planner.md,
 * "Screening", gives the measured figures), not a validation.
 */
class WeeklyMeanFieldTest {

    private static final Scenario SCENARIO = ScenarioLoader.parse("""
            name: weekly
            seed: 3
            duration: 50 years
            person: {age: 35 years, sex: female, fitzpatrick: 2, latitude: -34, outdoor_hours: 1.5}
            tissue: {dimension: 2D, size: [0.2 mm, 1.2 mm]}
            outputs: {every: 30 days}
            protocol:
              - arm: none
              - arm: laser
                steps:
                  - {device: co2-fractional, start: 50 years, sessions: 3, interval: 5 years}
              - arm: senolytic
                steps:
                  - {drug: dasatinib-quercetin, route: oral, start: 60 years, sessions: 12, interval: 1 month}
              - arm: sunscreen
                steps:
                  - {lifestyle: sunscreen, start: 35 years, settings: {spf: 50, adherence: 0.8}}
              - arm: exosomes
                steps:
                  - {device: microneedling, start: 45 years, sessions: 3, interval: 6 weeks}
                  - {cells: exosomes, start: 45 years, sessions: 3, interval: 6 weeks}
            """, "weekly.yaml");

    private static TimeSeries life(Arm arm, Fidelity fidelity) {
        RunSpec spec = RunSpec.of(SCENARIO, arm, SCENARIO.parameterSet()).withoutSnapshots().withFidelity(fidelity);
        return Simulator.byFidelity().run(spec, RunContext.single()).result().series();
    }

    /** The life's mean of a column (the planner's senescence objective is the senescent fraction over the years). */
    private static double mean(TimeSeries s, String column) {
        double[] v = s.column(s.indexOf(column));
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    private static double last(TimeSeries s, String column) {
        return s.last(s.indexOf(column));
    }

    @Test
    void weeklyStridesKeepTheDailyMeanFieldsOrderAndEffects() {
        List<Arm> arms = SCENARIO.protocol().arms();
        List<double[]> daily = new ArrayList<>();
        List<double[]> weekly = new ArrayList<>();
        for (Arm arm : arms) {
            for (Fidelity f : new Fidelity[] {Fidelity.MEAN_FIELD, Fidelity.MEAN_FIELD_WEEKLY}) {
                TimeSeries s = life(arm, f);
                double[] o = {mean(s, "senescent_fraction"), last(s, "carcinoma_cumulative"), last(s, "collagen"),
                        last(s, "elastin_intact")};
                (f == Fidelity.MEAN_FIELD ? daily : weekly).add(o);
            }
        }
        // untreated: measured weekly / daily 0.957 (senescent fraction over the life), 0.883 (carcinomas
        // by 85), 1.032 (collagen at 85), 1.006 (elastin)
        double[] d0 = daily.get(0);
        double[] w0 = weekly.get(0);
        System.out.printf(java.util.Locale.ROOT, "weekly / daily, untreated: senescent fraction %.3f, carcinomas %.3f, collagen %.3f, elastin %.3f%n",
                w0[0] / d0[0], w0[1] / d0[1], w0[2] / d0[2], w0[3] / d0[3]);
        for (int a = 1; a < arms.size(); a++) {
            System.out.printf(java.util.Locale.ROOT, "  %s: effect weekly / daily, senescent fraction %.3f, carcinomas %.3f%n", arms.get(a).name(),
                    (weekly.get(a)[0] - w0[0]) / (daily.get(a)[0] - d0[0]), (weekly.get(a)[1] - w0[1]) / (daily.get(a)[1] - d0[1]));
        }
        assertThat(w0[0] / d0[0]).as("senescent fraction over the life").isCloseTo(1.0, within(0.10));
        assertThat(w0[1] / d0[1]).as("carcinomas by 85").isCloseTo(1.0, within(0.20));
        assertThat(w0[2] / d0[2]).as("collagen at 85").isCloseTo(1.0, within(0.06));
        assertThat(w0[3] / d0[3]).as("elastin at 85").isCloseTo(1.0, within(0.06));
        // each treatment's effect on the senescent fraction and on carcinomas: the same sign, within
        // 30 % of its daily size (measured 0.86-1.03 and 0.88)
        for (int a = 1; a < arms.size(); a++) {
            for (int k : new int[] {0, 1}) {
                double dailyEffect = daily.get(a)[k] - d0[k];
                double weeklyEffect = weekly.get(a)[k] - w0[k];
                assertThat(dailyEffect).as(arms.get(a).name() + " acts").isNegative();
                assertThat(weeklyEffect / dailyEffect).as(arms.get(a).name() + ", outcome " + k).isBetween(0.7, 1.3);
            }
        }
        // and the arms keep their order on both outcomes
        for (int k : new int[] {0, 1}) {
            int outcome = k;
            assertThat(order(weekly, outcome)).as("order on outcome " + k).isEqualTo(order(daily, outcome));
        }
    }

    @Test
    void aStrideOutsideOneDayToAMonthIsRefused() {
        MeanFieldSkin skin = new MeanFieldSkin(SCENARIO.parameterSet(), SCENARIO.person(),
                TissueSimulation.latticeOf(SCENARIO.tissue()));
        assertThatThrownBy(() -> skin.setStrideDays(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 30 days");
        assertThatThrownBy(() -> skin.setStrideDays(31)).isInstanceOf(IllegalArgumentException.class);
        skin.setStrideDays(7);
        assertThat(skin.strideDays()).isEqualTo(7);
    }

    private static List<Integer> order(List<double[]> values, int k) {
        return IntStream.range(0, values.size()).boxed().sorted(Comparator.comparingDouble(i -> values.get(i)[k])).toList();
    }
}
