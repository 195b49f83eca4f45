package org.senesim.validation.tissue;

import org.junit.jupiter.api.Test;
import org.senesim.engine.RunResult;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Catalog;
import org.senesim.scenario.Kind;
import org.senesim.observe.Column;
import org.senesim.observe.Snapshot;
import org.senesim.observe.TimeSeries;
import org.senesim.validation.PublishedFigure;
import org.senesim.validation.ReproductionException;
import org.senesim.validation.ReproductionRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * How the tissue reproductions read their figures, on made-up series whose answers are known; and
 * that their scenario and published files agree, without running the model (the end-to-end run of
 * every reproduction belongs to the framework's end-to-end test).
 */
class TissueFiguresTest {

    private static final List<Column> COLUMNS = List.of(
            new Column("senescent_fraction", "s", "%", "g"),
            new Column("collagen", "c", "1", "g"),
            new Column("procollagen_per_fibroblast", "p", "1", "g"));

    /** A run from {@code from} to {@code to} years, one row a year, each column a function of age. */
    private static RunResult run(double from, double to, DoubleUnaryOperator senescent, DoubleUnaryOperator collagen) {
        TimeSeries s = new TimeSeries(COLUMNS);
        for (double age = from; age <= to + 1e-9; age += 1) {
            s.append((age - from) * 365.25, age, new double[]{senescent.applyAsDouble(age), collagen.applyAsDouble(age), 1});
        }
        return new RunResult(s, List.of(), List.of());
    }

    @Test
    void windowMeansTakeTheRowsInsideTheWindowAndSurvivorsOnly() {
        RunResult long1 = run(20, 90, a -> a, a -> 1);
        RunResult died = run(20, 70, a -> 1000, a -> 1);
        assertThat(TissueFigures.windowMean(long1.series(), "senescent_fraction", 85, 90)).isEqualTo(87.5);
        assertThat(TissueFigures.survivorMean(List.of(long1, died), "senescent_fraction", 85, 90)).isEqualTo(87.5);
        assertThat(TissueFigures.survivorMean(List.of(long1, died), "senescent_fraction", 20, 21)).isEqualTo((20.5 + 1000) / 2);
        assertThat(TissueFigures.survivorMean(List.of(died), "senescent_fraction", 85, 90)).isNaN();
        assertThatThrownBy(() -> TissueFigures.windowMean(long1.series(), "no_such_column", 20, 30))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no_such_column");
    }

    @Test
    void halfLifeOfAnExactExponentialIsRecovered() {
        double k = Math.log(2) / 15;
        double[] ages = new double[30];
        double[] values = new double[30];
        for (int i = 0; i < ages.length; i++) {
            ages[i] = 40 + i;
            values[i] = 3 * Math.exp(-k * i);
        }
        assertThat(TissueFigures.halfLife(ages, values, 40, 55)).isCloseTo(15, within(1e-9));
        assertThat(TissueFigures.halfLife(ages, new double[30], 40, 55)).isNaN();
    }

    @Test
    void herbigFiguresSeeAStraightLineAsNoAccelerationAndAnExponentialAsOne() {
        Map<String, Double> linear = Herbig2006.figures(List.of(run(20, 90, a -> 4 + 0.2 * (a - 22.5), a -> 1)));
        assertThat(linear.get("rise_late_over_early")).isCloseTo(1.0, within(1e-9));
        double k = Math.log(17.5 / 4) / 65;
        Map<String, Double> exponential = Herbig2006.figures(List.of(run(20, 90, a -> 4 * Math.exp(k * (a - 22.5)), a -> 1)));
        assertThat(exponential.get("rise_late_over_early")).isGreaterThan(1.8);
        assertThat(exponential.get("senescent_percent_young")).isCloseTo(4, within(0.2));
        assertThat(exponential.keySet()).isEqualTo(ids("herbig-2006"));
    }

    @Test
    void theCollagenChaseMeasuresTheDecayOfCollagenPresentAtTheLabel() {
        double k = Math.log(2) / 13;
        RunResult baseline = run(20, 85, a -> 5, a -> 1);
        RunResult chased = run(20, 85, a -> 5, a -> a < 40 ? 1 : 1 - Math.exp(-k * (a - 40)));
        assertThat(VaraniVerzijlCollagen.chaseHalfLife(List.of(baseline), List.of(chased))).isCloseTo(13, within(1e-6));
        RunResult fedBack = run(20, 85, a -> a < 40 ? 5 : 6, a -> 1);
        assertThatThrownBy(() -> VaraniVerzijlCollagen.chaseHalfLife(List.of(baseline), List.of(fedBack)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("feeds back");
    }

    @Test
    void healthyPapillaryOccupancyCountsHealthyCellsInTheTopLayersOnly() {
        Snapshot s = new Snapshot(0, 65, 4, 1, 3, 20);
        // layer 0: healthy, senescent, empty, healthy; layer 1: all healthy; layer 2 (not counted): all healthy
        s.put("cell_state", new float[]{1, 2, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1});
        assertThat(TissueFigures.healthyOccupancy(s, 1)).isEqualTo(0.5);
        assertThat(TissueFigures.healthyOccupancy(s, 2)).isEqualTo(0.75);
    }

    @Test
    void theDeviceReviewHasAnArmAndAFigureForEveryEnergyBasedDevice() {
        List<Arm> arms = ReproductionRunner.scenario("device-review.yaml").protocol().comparisonArms();
        Set<String> armNames = new TreeSet<>();
        arms.forEach(a -> armNames.add(a.name()));
        Set<String> expected = new TreeSet<>(Catalog.builtIn().ids(Kind.DEVICE));
        expected.add(DeviceReview.UNTREATED);
        assertThat(armNames).isEqualTo(expected);
        Set<String> figureIds = new TreeSet<>();
        for (String device : Catalog.builtIn().ids(Kind.DEVICE)) {
            figureIds.add("senescent_change_" + device.replace('-', '_'));
        }
        figureIds.add("pulsed_dye_actinic_keratoses_change_6_months");
        assertThat(ids("device-review")).isEqualTo(figureIds);
        assertThat(ReproductionRunner.scenario("device-review-ak.yaml").protocol().comparisonArms())
                .extracting(Arm::name).containsExactly(DeviceReview.UNTREATED, DeviceReview.PULSED_DYE);
    }

    @Test
    void theSpandauChenScenarioHasItsTwoArmsAndTheSnapshotAtThreeMonths() {
        var scenario = ReproductionRunner.scenario("spandau-chen.yaml");
        assertThat(scenario.protocol().comparisonArms()).extracting(Arm::name)
                .containsExactly(SpandauChenFractionalLaser.UNTREATED, SpandauChenFractionalLaser.TREATED);
        double threeMonths = 0.5 * (SpandauChenFractionalLaser.THREE_MONTHS[0] + SpandauChenFractionalLaser.THREE_MONTHS[1]);
        assertThat(scenario.outputs().snapshotAgesYears()).containsExactly(threeMonths);
        assertThat(ids("spandau-chen")).containsExactlyInAnyOrder("p16_fibroblasts_change_3_months",
                "dermal_igf1_change_3_months", "uvb_response_old_vs_young", "uvb_response_gap_closed_3_months",
                "actinic_keratoses_change_6_months");
        assertThat(ids("varani-verzijl")).containsExactlyInAnyOrder("procollagen_change_80_vs_young", "collagen_half_life_years");
    }

    private static Set<String> ids(String reproduction) {
        List<String> ids = new ArrayList<>();
        for (PublishedFigure f : ReproductionRunner.published(reproduction).figures()) {
            ids.add(f.id());
        }
        return new TreeSet<>(ids);
    }

    @Test
    void aSessionMovedInTheScenarioAloneIsBadInputNamingTheFile() {
        var scenario = ReproductionRunner.scenario(SpandauChenFractionalLaser.FILE);
        TissueFigures.requireSessionsAt(scenario, SpandauChenFractionalLaser.SESSION_AGE, SpandauChenFractionalLaser.FILE);
        assertThatThrownBy(() -> TissueFigures.requireSessionsAt(scenario, 64.0, SpandauChenFractionalLaser.FILE))
                .isInstanceOf(ReproductionException.class)
                .hasMessageStartingWith("examples/reproductions/spandau-chen.yaml:")
                .hasMessageContaining("Fix: start it at 64.0 years");
        var devices = ReproductionRunner.scenario(DeviceReview.FILE);
        TissueFigures.requireSessionsAt(devices, DeviceReview.SESSION_AGE, DeviceReview.FILE);
        var ak = ReproductionRunner.scenario(DeviceReview.AK_FILE);
        TissueFigures.requireSessionsAt(ak, DeviceReview.AK_SESSION_AGE, DeviceReview.AK_FILE);
    }
}
