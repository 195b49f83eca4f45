package org.senesim.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.observe.Column;
import org.senesim.observe.SummaryItem;
import org.senesim.observe.TimeSeries;
import org.senesim.report.chart.Downsampler;
import org.senesim.report.chart.TimeSeriesCharts;
import org.senesim.report.html.HtmlReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class UncertaintyTest {

    private static final List<Column> COLUMNS = List.of(new Column("a", "A", "1", "G"), new Column("b", "B", "%", "G"));

    /** A series of {@code rows} rows in which column a is {@code level} and column b is {@code 2·level + row}. */
    private static TimeSeries series(double level, int rows) {
        TimeSeries s = new TimeSeries(COLUMNS);
        for (int i = 0; i < rows; i++) {
            s.append(i * 10, 30 + i / 10.0, new double[] {level, 2 * level + i});
        }
        return s;
    }

    private static List<SummaryItem> summary(double v) {
        return List.of(new SummaryItem("x", "X", v, "1", "x"),
                new SummaryItem("death", "Age at death", v > 5 ? 80 + v : Double.NaN, "year", "d"),
                new SummaryItem("cause", "Cause of death", v > 2 ? 1 : 0, SummaryItem.CATEGORY, "code"));
    }

    /** Samples with levels 1..n, in a shuffled order so the estimator must sort. */
    private static List<Uncertainty.Sample> samples(int n, int shortRows) {
        ParameterSet p = ParameterRegistry.builtIn().defaults().sampled(1, 1);
        List<Uncertainty.Sample> out = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            int level = (k * 11) % n + 1;
            int rows = level == n ? shortRows : 5;
            out.add(new Uncertainty.Sample(k, 1L, p, series(level, rows), summary(level)));
        }
        return out;
    }

    @Test
    void percentilesFollowTheDocumentedEstimator() {
        // R-7 on 1..10: h = 9p, so p05 = 1 + 0.45, p50 = 5.5, p95 = 9 + 0.55.
        Uncertainty u = Uncertainty.of(1, series(0, 5), summary(0), samples(10, 5));
        double[] b = u.band(u.indexOf("a"), 0);
        assertThat(b[0]).isCloseTo(1.45, within(1e-12));
        assertThat(b[1]).isCloseTo(5.5, within(1e-12));
        assertThat(b[2]).isCloseTo(9.55, within(1e-12));
        assertThat(Uncertainty.percentile(new double[] {3, Double.NaN, 1, 2}, 50)).isEqualTo(2);
        Uncertainty.Band x = u.summaryBand("x");
        assertThat(x.p05()).isCloseTo(1.45, within(1e-12));
        assertThat(x.p50()).isCloseTo(5.5, within(1e-12));
        assertThat(x.p95()).isCloseTo(9.55, within(1e-12));
        assertThat(x.samples()).isEqualTo(10);
        // Age at death is defined for the five samples above level 5 only.
        assertThat(u.summaryBand("death").samples()).isEqualTo(5);
        assertThat(u.summaryBand("death").p50()).isEqualTo(88);
    }

    @Test
    void everyBandContainsItsMedian() {
        Uncertainty u = Uncertainty.of(1, series(0, 5), summary(0), samples(7, 5));
        for (int c = 0; c < COLUMNS.size(); c++) {
            for (int i = 0; i < u.rows(); i++) {
                double[] b = u.band(c, i);
                assertThat(b[0]).isLessThanOrEqualTo(b[1]);
                assertThat(b[1]).isLessThanOrEqualTo(b[2]);
            }
        }
    }

    @Test
    void aCategoryCodeGetsNoBand() {
        Uncertainty u = Uncertainty.of(1, series(0, 5), summary(0), samples(6, 5));
        assertThat(u.summaryBand("x")).isNotNull();
        assertThat(u.summaryBand("cause")).isNull();
    }

    @Test
    void observationsSomeSamplesDidNotReachRestOnTheOthers() {
        // The sample at the highest level ends after 3 rows (its person died), the others run 5.
        Uncertainty u = Uncertainty.of(1, series(0, 5), summary(0), samples(4, 3));
        assertThat(u.rows()).isEqualTo(5);
        assertThat(u.reached(2)).isEqualTo(4);
        assertThat(u.reached(3)).isEqualTo(3);
        assertThat(u.band(u.indexOf("a"), 3)[2]).isLessThan(4);
        assertThat(u.band(u.indexOf("a"), 2)[2]).isGreaterThan(3);
    }

    @Test
    void filesCarryTheBandsTheSampledValuesAndTheOutcomes(@TempDir Path dir) throws Exception {
        Uncertainty u = Uncertainty.of(3, series(0, 5), summary(0), samples(4, 5));
        try (RunFolder folder = RunFolder.create(dir.resolve("run"), false)) {
            folder.writeText(RunFiles.PROVENANCE, "{}");
            u.write(folder);
            SummaryJson.write(folder, summary(0), u.summaryBands());
            folder.commit();
        }
        List<String> bands = Files.readAllLines(dir.resolve("run").resolve(Uncertainty.CSV));
        assertThat(bands.get(0)).isEqualTo("day,age_years,column,samples,p05,p50,p95");
        assertThat(bands).hasSize(1 + 5 * COLUMNS.size());
        assertThat(bands.get(1)).startsWith("0,30,a,4,");
        List<String> drawn = Files.readAllLines(dir.resolve("run").resolve(Uncertainty.SAMPLES_CSV));
        assertThat(drawn.get(0)).startsWith("sample,").contains(u.sampledParameters().get(0));
        assertThat(drawn).hasSize(5);
        assertThat(drawn.get(4)).startsWith("4,");
        List<String> outcomes = Files.readAllLines(dir.resolve("run").resolve(Uncertainty.OUTCOMES_CSV));
        assertThat(outcomes.get(0)).isEqualTo("sample,seed,x,death,cause"); // a category keeps its per-sample codes here
        assertThat(outcomes.get(1)).startsWith("1,1,"); // the seed its run lived, to re-run it alone
        JsonNode item = Json.MAPPER.readTree(dir.resolve("run").resolve(RunFiles.SUMMARY).toFile()).path("items").get(0);
        assertThat(item.path("p05").asDouble()).isEqualTo(u.summaryBand("x").p05());
        assertThat(item.path("p95").asDouble()).isEqualTo(u.summaryBand("x").p95());
        assertThat(item.path("samples").asInt()).isEqualTo(4);
    }

    @Test
    void chartsDrawABandAndTheReportTabulatesIt() {
        TimeSeries nominal = series(0, 5);
        Uncertainty u = Uncertainty.of(1, nominal, summary(0), samples(5, 5));
        String plain = TimeSeriesCharts.svg(TimeSeriesCharts.chart(nominal, "G", List.of(0, 1)), 400, 300, "c");
        String banded = TimeSeriesCharts.svg(TimeSeriesCharts.chart(nominal, "G", List.of(0, 1), u::chartBand), 400, 300,
                "c");
        assertThat(banded).contains("fill-opacity:0.18").hasSizeGreaterThan(plain.length());
        assertThat(plain).doesNotContain("fill-opacity:0.18");
        String html = HtmlReport.builder("t").summary(summary(0)).timeSeries(nominal).uncertainty(u).build().html();
        assertThat(html).contains("5–95 % (median)").contains(u.summaryBand("x").text()).contains(Uncertainty.CSV);
    }

    @Test
    void aBandOfFewerSamplesThanRanSaysHowManyAndOneSampleIsNoBand() {
        Uncertainty.Band all = new Uncertainty.Band(1, 2, 3, 50);
        Uncertainty.Band some = new Uncertainty.Band(1, 2, 3, 7);
        Uncertainty.Band one = new Uncertainty.Band(1.78, 1.78, 1.78, 1);
        assertThat(all.text(50)).isEqualTo(all.text()).doesNotContain("samples");
        assertThat(some.text(50)).isEqualTo(some.text() + ", 7 of 50 samples");
        assertThat(one.text(50)).isEqualTo("1.78, 1 of 50 samples").doesNotContain("–");
        assertThat(new Uncertainty.Band(Double.NaN, Double.NaN, Double.NaN, 0).text(50)).isEqualTo("—");
    }

    @Test
    void thinningABandNeverNarrowsIt() {
        int n = 5000;
        double[] x = new double[n];
        double[] lo = new double[n];
        double[] mid = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            lo[i] = -1 - (i == 1234 ? 10 : 0);
            mid[i] = 0;
            hi[i] = 1 + (i == 4321 ? 10 : 0);
        }
        Downsampler.Envelope e = Downsampler.envelope(x, lo, mid, hi, 100);
        assertThat(e.size()).isLessThanOrEqualTo(100);
        assertThat(e.x()[0]).isEqualTo(0);
        assertThat(e.x()[e.size() - 1]).isEqualTo(n - 1);
        assertThat(java.util.Arrays.stream(e.low()).min().orElseThrow()).isEqualTo(-11);
        assertThat(java.util.Arrays.stream(e.high()).max().orElseThrow()).isEqualTo(11);
    }

    @Test
    void describesItsOwnSamples() {
        Uncertainty u = Uncertainty.of(9, series(0, 5), summary(0), samples(3, 5));
        assertThat(u.describe()).startsWith("3 samples").contains("seed 9");
        assertThat(u.samples()).isEqualTo(3);
    }

    @Test
    void everySampleThatDiedIsListedYoungestFirstWithItsCauseAndFurthestDrawnParameters() {
        ParameterSet nominal = ParameterRegistry.builtIn().defaults();
        List<SummaryItem> nominalSummary = List.of(new SummaryItem("age_at_death", "Age at death", Double.NaN, "years", "d"),
                new SummaryItem("death_cause", "Cause of death", 0, SummaryItem.CATEGORY, "0 alive, 1 burden, 2 extrinsic."));
        List<Uncertainty.Sample> samples = new ArrayList<>();
        double[] ages = {Double.NaN, 71.2, 58.5};
        for (int k = 1; k <= 3; k++) {
            samples.add(new Uncertainty.Sample(k, 1L, nominal.sampled(4, k), series(k, 5), List.of(
                    new SummaryItem("age_at_death", "Age at death", ages[k - 1], "years", "d"),
                    new SummaryItem("death_cause", "Cause of death", Double.isNaN(ages[k - 1]) ? 0 : k - 1,
                            SummaryItem.CATEGORY, "code"))));
        }
        Uncertainty u = Uncertainty.of(4, series(0, 5), nominalSummary, samples);

        assertThat(u.deaths()).extracting(Uncertainty.Death::sample).containsExactly(3, 2);
        Uncertainty.Death first = u.deaths().get(0);
        assertThat(first.age()).isEqualTo(58.5);
        assertThat(first.cause()).isEqualTo(2);
        assertThat(first.notable()).hasSize(3).allSatisfy(n -> assertThat(n).contains("(default "));

        String html = HtmlReport.builder("t").summary(nominalSummary).uncertainty(u).build().html();
        assertThat(html).contains("Deaths among the samples").contains("2 of 3 samples died").contains("58.5")
                .contains("0 alive, 1 burden, 2 extrinsic.");

        // only the parameters the run can depend on are named: here the organism's, however far the rest lie
        Uncertainty organismOnly = Uncertainty.of(4, series(0, 5), nominalSummary, samples,
                p -> p.id().startsWith("organism."));
        assertThat(organismOnly.deaths().get(0).notable()).hasSize(3).allSatisfy(n -> assertThat(n).startsWith("organism."));
        assertThat(first.notable()).anySatisfy(n -> assertThat(n).doesNotStartWith("organism."));
    }

    @Test
    void survivorsCountAsDyingAfterTheEndSoTheAgeAtDeathBandIsNotDrawnFromEarlyDeathsAlone() {
        ParameterSet nominal = ParameterRegistry.builtIn().defaults();
        List<SummaryItem> nominalSummary = List.of(new SummaryItem(Uncertainty.AGE_AT_DEATH, "Age at death", Double.NaN,
                "years", "d"));
        // Ten samples: four die (60, 70, 80, 90), six are alive at the last observation (age 30.4).
        double[] ages = {60, Double.NaN, 70, Double.NaN, 80, Double.NaN, 90, Double.NaN, Double.NaN, Double.NaN};
        List<Uncertainty.Sample> samples = new ArrayList<>();
        for (int k = 1; k <= ages.length; k++) {
            samples.add(new Uncertainty.Sample(k, 100L + k, nominal, series(k, 5), List.of(
                    new SummaryItem(Uncertainty.AGE_AT_DEATH, "Age at death", ages[k - 1], "years", "d"))));
        }
        Uncertainty u = Uncertainty.of(100, series(0, 5), nominalSummary, samples);
        Uncertainty.Band b = u.summaryBand(Uncertainty.AGE_AT_DEATH);
        // Left out, the survivors would put the median at 75; counted, it lies among them.
        assertThat(b.samples()).isEqualTo(10);
        assertThat(b.p05()).isCloseTo(60 + 0.45 * 10, within(1e-9));
        assertThat(b.p50()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(b.p95()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(b.aliveAt()).isEqualTo(30.4);
        assertThat(b.text()).isEqualTo("64.5 – alive at 30.4 (alive at 30.4)");
        assertThat(u.ownNoise()).isTrue();
        assertThat(u.describe()).contains("its own seed");
        // Every other item keeps leaving undefined values out.
        assertThat(Uncertainty.of(1, series(0, 5), summary(0), samples(10, 5)).summaryBand("death").samples()).isEqualTo(5);
        // A value at the end of the run is left out for the samples that died before it.
        List<SummaryItem> withEnd = List.of(nominalSummary.get(0), new SummaryItem("collagen_end", "Collagen at 30", 0.5,
                "1", "end"), new SummaryItem(Uncertainty.ALIVE_AT_END, "Alive", 1, "1", "alive"));
        List<Uncertainty.Sample> mixed = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            mixed.add(new Uncertainty.Sample(k, 100L + k, nominal, series(k, k <= 2 ? 3 : 5), List.of(
                    new SummaryItem(Uncertainty.AGE_AT_DEATH, "Age at death", k <= 2 ? 60 + k : Double.NaN, "years", "d"),
                    new SummaryItem("collagen_end", "Collagen at 30", k, "1", "end"),
                    new SummaryItem(Uncertainty.ALIVE_AT_END, "Alive", k <= 2 ? 0 : 1, "1", "alive"))));
        }
        Uncertainty ends = Uncertainty.of(100, series(0, 5), withEnd, mixed);
        Uncertainty.Band end = ends.summaryBand("collagen_end");
        assertThat(end.samples()).isEqualTo(2);
        assertThat(end.p05()).isGreaterThanOrEqualTo(3);
        // ...but whether the person lived to the end is defined for the dead too
        assertThat(ends.summaryBand(Uncertainty.ALIVE_AT_END).samples()).isEqualTo(4);
        assertThat(ends.summaryBand(Uncertainty.ALIVE_AT_END).p50()).isEqualTo(0.5);
        // A sample cut short (its series ends early) without an age at death is not a survivor.
        samples.set(1, new Uncertainty.Sample(2, 102L, nominal, series(2, 3), samples.get(1).summary()));
        assertThat(Uncertainty.of(100, series(0, 5), nominalSummary, samples).summaryBand(Uncertainty.AGE_AT_DEATH)
                .samples()).isEqualTo(9);
    }

    @Test
    void samplesOnTheRunsOwnSeedAreDescribedAsCommonRandomNumbers() {
        Uncertainty u = Uncertainty.of(1, series(0, 5), summary(0), samples(3, 5));
        assertThat(u.ownNoise()).isFalse();
        assertThat(u.describe()).contains("common random numbers").contains("parameters' uncertainty alone");
        String html = HtmlReport.builder("t").summary(summary(0)).timeSeries(series(0, 5)).uncertainty(u).build().html();
        assertThat(html).contains("same seed");
    }
}
