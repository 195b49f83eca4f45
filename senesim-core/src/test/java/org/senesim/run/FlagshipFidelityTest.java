package org.senesim.run;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.Flagship;
import org.senesim.observe.TimeSeries;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Scenario;

import java.util.List;

import org.assertj.core.data.Percentage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #10: the flagship protocol on the mean-field skin moves collagen, the senescent fraction and
 * AKs the way it does on the lattice patch. Both run the flagship comparison as `senesim compare`
 * does (three arms, four seeds, arms of a seed sharing it); the change of an arm is
 * its mean over seeds less the untreated arm's, at 85. docs/model.md §8 ("Treatments on the mean
 * field") lists the measured figures and the reasons for the gaps.
 */
class FlagshipFidelityTest {

    private static final double END_AGE = 85;

    /** Mean over seeds of (arm − untreated) at {@code age}, and its standard error over seeds. */
    record Change(double untreated, double mean, double se) {
        double relative() {
            return mean / untreated;
        }
    }

    static Change change(List<List<ArmRun>> runs, int arm, String column, double age) {
        int n = runs.size();
        double[] d = new double[n];
        double untreated = 0;
        for (int r = 0; r < n; r++) {
            double base = at(runs.get(r).get(0), column, age);
            untreated += base / n;
            d[r] = at(runs.get(r).get(arm), column, age) - base;
        }
        double mean = 0;
        for (double x : d) {
            mean += x / n;
        }
        double ss = 0;
        for (double x : d) {
            ss += (x - mean) * (x - mean);
        }
        return new Change(untreated, mean, Math.sqrt(ss / (n - 1) / n));
    }

    /** The value on the observation day nearest {@code age} (the flagship ends at 85, its last row). */
    static double at(ArmRun run, String column, double age) {
        TimeSeries ts = run.result().series();
        int best = 0;
        for (int r = 1; r < ts.rows(); r++) {
            if (Math.abs(ts.age(r) - age) < Math.abs(ts.age(best) - age)) {
                best = r;
            }
        }
        return ts.value(best, ts.indexOf(column));
    }

    @Test
    void preJuvenationMovesCollagenSenescenceAndAksTheSameWayOnTheMeanFieldAsOnThePatch() {
        Scenario s = Flagship.scenario();
        List<Arm> arms = s.protocol().comparisonArms();
        assertThat(arms.get(1).name()).isEqualTo("pre-juvenation");
        ParameterSet p = s.parameterSet();
        // the four seeds docs/model.md's figures were measured with (the flagship itself now runs
        // twelve, so that three reach 85 for its noise judgement; this check of skins needs no more)
        int replicates = 4;
        List<List<ArmRun>> patch = new ArmsDesign(s, arms, p, replicates, Fidelity.PATCH)
                .run(new LocalExecutor(2), Simulator.byFidelity());
        List<List<ArmRun>> meanField = new ArmsDesign(s, arms, p, replicates, Fidelity.MEAN_FIELD)
                .run(new LocalExecutor(2), Simulator.byFidelity());
        for (int arm = 1; arm < arms.size(); arm++) {
            for (double age : new double[] {61, 75, END_AGE}) {
                for (String column : List.of("collagen", "senescent_fraction", "actinic_keratoses")) {
                    Change a = change(patch, arm, column, age);
                    Change b = change(meanField, arm, column, age);
                    System.out.printf("FIDELITY %s %s %.0f: patch %.4g (se %.2g, rel %.3f) mean-field %.4g (rel %.3f) ratio %.3f%n",
                            arms.get(arm).name(), column, age, a.mean(), a.se(), a.relative(), b.mean(), b.relative(),
                            b.mean() / a.mean());
                }
            }
        }
        // pre-juvenation: the same direction on both skins at 61, 75 and 85
        for (double age : new double[] {61, 75, END_AGE}) {
            assertThat(change(patch, 1, "collagen", age).mean()).as("patch collagen %s", age).isPositive();
            assertThat(change(meanField, 1, "collagen", age).mean()).as("mean-field collagen %s", age).isPositive();
            assertThat(change(patch, 1, "senescent_fraction", age).mean()).as("patch senescent %s", age).isNegative();
            assertThat(change(meanField, 1, "senescent_fraction", age).mean()).as("mean-field senescent %s", age).isNegative();
            Change patchAk = change(patch, 1, "actinic_keratoses", age);
            Change mfAk = change(meanField, 1, "actinic_keratoses", age);
            assertThat(patchAk.mean()).isNegative();
            assertThat(mfAk.mean()).isNegative();
            // AKs: the change relative to the untreated arm within 10 % (the mean field's absolute AK
            // burden is 2-3 times lower: docs/model.md §8, "Epidermis of the mean field")
            assertThat(mfAk.relative()).as("relative AK change at %s", age)
                    .isCloseTo(patchAk.relative(), Percentage.withPercentage(10));
        }
        // collagen: the same direction (above); not within 10 % of the patch's change — the mean field
        // gains 8-13 % less from pre-juvenation. Not the stem cells' encounter rate: the patch's climbing
        // stem cells remove 1.7 times the mean field's well-mixed rate (StemCellEncounterTest), but three
        // times that rate on the mean field moves these changes by under 0.0002 (docs/model.md §8, "Stem
        // cells on the two skins"), so no 10 % assertion
        // reactive (one CO2 session at 60): collagen up and AKs down on both skins; its effect on the
        // senescent fraction is within the patch's seed noise (docs/model.md §8)
        for (double age : new double[] {61, 75}) {
            assertThat(change(patch, 2, "collagen", age).mean()).isPositive();
            assertThat(change(meanField, 2, "collagen", age).mean()).isPositive();
            assertThat(change(patch, 2, "actinic_keratoses", age).mean()).isNegative();
            assertThat(change(meanField, 2, "actinic_keratoses", age).mean()).isNegative();
        }
    }
}
