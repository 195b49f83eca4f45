package org.senesim.trial.results;

import org.senesim.trial.survival.Cox;
import org.senesim.trial.survival.LogRank;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A hazard ratio the Cox fit cannot give is reported with its reason: in a counterfactual trial
 * whose treatment delays the event in every person the likelihood is monotone (the ratio runs to
 * 0), which is not the same as having no information.
 */
class NotEstimableTest {

    @Test
    void aTreatmentThatDelaysTheEventInEveryPersonRunsTheRatioToZero() {
        // 20 people, each in both arms (stratum = person): control's event always first
        int people = 20;
        double[] time = new double[2 * people];
        boolean[] event = new boolean[2 * people];
        int[] group = new int[2 * people];
        double[] x = new double[2 * people];
        int[] stratum = new int[2 * people];
        for (int i = 0; i < people; i++) {
            time[2 * i] = 10 + i;
            event[2 * i] = true;
            time[2 * i + 1] = 15 + i;
            event[2 * i + 1] = i % 2 == 0;   // treated: later, or censored
            group[2 * i + 1] = 1;
            x[2 * i + 1] = 1;
            stratum[2 * i] = i;
            stratum[2 * i + 1] = i;
        }
        assertThatThrownBy(() -> Cox.fit(time, event, new double[][] {x}, stratum)).isInstanceOf(ArithmeticException.class);
        LogRank lr = LogRank.test(time, event, group, stratum);
        assertThat(TrialAnalysis.whyNotEstimable(lr)).contains("runs to 0").contains("monotone likelihood");

        // the other way round: the treated arm's event always first
        boolean[] swapped = new boolean[2 * people];
        double[] later = new double[2 * people];
        for (int i = 0; i < people; i++) {
            later[2 * i] = time[2 * i + 1];
            swapped[2 * i] = event[2 * i + 1];
            later[2 * i + 1] = time[2 * i];
            swapped[2 * i + 1] = true;
        }
        assertThat(TrialAnalysis.whyNotEstimable(LogRank.test(later, swapped, group, stratum))).contains("runs to infinity");
    }

    @Test
    void eventsTiedWithinEveryStratumCarryNoInformation() {
        double[] time = {5, 5, 7, 7, 9, 9};
        boolean[] event = {true, true, true, true, true, true};
        int[] group = {0, 1, 0, 1, 0, 1};
        int[] stratum = {0, 0, 1, 1, 2, 2};
        assertThat(TrialAnalysis.whyNotEstimable(LogRank.test(time, event, group, stratum))).contains("no information");
    }
}
