package org.senesim.run;

import org.junit.jupiter.api.Test;
import org.senesim.observe.Column;
import org.senesim.observe.TimeSeries;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #17: the noise judgement of a comparison rests on paired per-seed differences (each seed runs
 * every arm with the same random numbers), and what a table sets side by side is over the same seeds.
 */
class PairedDifferencesTest {

    /** A collagen series from age 50 to {@code lastAge}, every year, at {@code value}. */
    private static TimeSeries series(double value, double lastAge) {
        TimeSeries s = new TimeSeries(List.of(new Column("collagen", "Collagen", "1", "Collagen")));
        for (double age = 50; age <= lastAge + 1e-9; age += 1) {
            s.append((age - 50) * 365.25, age, new double[] {value});
        }
        return s;
    }

    private static List<List<TimeSeries>> seeds(double[] untreated, double[] treated, double[] lastAgeTreated) {
        List<List<TimeSeries>> out = new ArrayList<>();
        for (int i = 0; i < untreated.length; i++) {
            out.add(List.of(series(untreated[i], 60), series(treated[i], lastAgeTreated[i])));
        }
        return out;
    }

    @Test
    void aSmallDifferenceEverySeedAgreesOnIsToldFromNoiseThoughTheSeedsThemselvesDifferWidely() {
        // seeds differ by ±0.2 between them; the treatment adds 0.01 in every one of them
        double[] base = {0.5, 0.7, 0.3, 0.6};
        double[] treated = {0.51, 0.712, 0.309, 0.61};
        Headlines.Row r = Headlines.tableOfReplicates(seeds(base, treated, new double[] {60, 60, 60, 60}),
                List.of(60.0), 0).get(0);
        assertThat(r.difference(1)).isCloseTo(0.01025, org.assertj.core.data.Offset.offset(1e-12));
        // unpaired, the two arms' spreads (sd ≈ 0.17) would swallow 0.01; paired, it stands out
        assertThat(r.withinNoise(1)).isFalse();
        assertThat(r.identical(1)).isFalse();
    }

    @Test
    void theValuesSetSideBySideAreOverTheSeedsThatReachedTheAgeInBothArms() {
        // the treated arm of the last seed died at 55: its difference at 60 cannot be taken
        double[] base = {0.5, 0.7, 0.3, 0.9};
        double[] treated = {0.6, 0.8, 0.4, 0.2};
        Headlines.Row r = Headlines.tableOfReplicates(seeds(base, treated, new double[] {60, 60, 60, 55}),
                List.of(60.0), 0).get(0);
        assertThat(r.pairs()[1]).isEqualTo(3);
        assertThat(r.values()[0]).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12)); // all four seeds
        assertThat(r.pairedReference()[1]).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12)); // the three
        assertThat(r.pairedValue(1) - r.pairedReference()[1]).isCloseTo(r.difference(1),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.relative(1)).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void armsStillIdenticalAreNeitherNoiseNorToldFromIt() {
        double[] base = {0.5, 0.7};
        Headlines.Row r = Headlines.tableOfReplicates(seeds(base, base, new double[] {60, 60}), List.of(60.0), 0).get(0);
        assertThat(r.identical(1)).isTrue();
        assertThat(r.withinNoise(1)).isFalse();
    }
}
