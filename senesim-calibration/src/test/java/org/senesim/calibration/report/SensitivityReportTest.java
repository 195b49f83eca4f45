package org.senesim.calibration.report;

import org.junit.jupiter.api.Test;
import org.senesim.calibration.sensitivity.MorrisIndex;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Morris report says how many effects each index rests on, and why some are missing. */
class SensitivityReportTest {

    @Test
    void parametersWithoutTwoDefinedEffectsAreCountedAndExplained() {
        List<MorrisIndex> m = List.of(
                new MorrisIndex("y", "a", -3, 3, 1, 2, 4, 4),
                new MorrisIndex("y", "b", 2, 2, Double.NaN, 2, 2, 1),
                new MorrisIndex("y", "c", Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0));
        String html = SensitivityReport.morrisHtml("t", "n", m);
        assertThat(html).contains("<th>effects</th>").contains("2 parameters here have fewer than two");
        // the tornado still draws the defined bars
        assertThat(html).doesNotContain("width='NaN'");
        String all = SensitivityReport.morrisHtml("t", "n", List.of(new MorrisIndex("y", "a", -3, 3, 1, 2, 4, 4)));
        assertThat(all).doesNotContain("fewer than two");
    }
}
