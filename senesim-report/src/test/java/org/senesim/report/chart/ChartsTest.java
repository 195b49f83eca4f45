package org.senesim.report.chart;

import org.junit.jupiter.api.Test;
import org.senesim.observe.Snapshot;
import org.senesim.observe.TimeSeries;
import org.senesim.report.Samples;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartsTest {

    @Test
    void downsamplingKeepsEndsAndSpikesWithinTheBudget() {
        int n = 21_916;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = Math.sin(i / 500.0);
        }
        y[12_345] = 50;
        y[777] = -50;
        Downsampler.Line line = Downsampler.minMax(x, y, 1000);
        assertThat(line.size()).isLessThanOrEqualTo(1000).isGreaterThan(900);
        assertThat(line.x()[0]).isEqualTo(0);
        assertThat(line.x()[line.size() - 1]).isEqualTo(n - 1);
        assertThat(line.y()).contains(50.0, -50.0);
        for (int i = 1; i < line.size(); i++) {
            assertThat(line.x()[i]).isGreaterThan(line.x()[i - 1]);
        }
    }

    @Test
    void downsamplingKeepsGaps() {
        double[] x = new double[5000];
        double[] y = new double[5000];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
            y[i] = i >= 3000 ? Double.NaN : i;
        }
        Downsampler.Line line = Downsampler.minMax(x, y, 300);
        assertThat(line.size()).isLessThanOrEqualTo(300);
        assertThat(line.y()).contains(Double.NaN);
    }

    @Test
    void shortSeriesAreKeptAsTheyAre() {
        Downsampler.Line line = Downsampler.minMax(new double[] {1, 2, 3}, new double[] {4, 5, 6}, 1000);
        assertThat(line.y()).containsExactly(4, 5, 6);
    }

    @Test
    void groupsFollowFirstAppearance() {
        TimeSeries ts = Samples.sixtyYearsDaily();
        Map<String, List<Integer>> groups = TimeSeriesCharts.groups(ts);
        assertThat(groups.keySet()).containsExactly("Senescence", "Matrix", "Function");
        assertThat(groups.get("Matrix")).containsExactly(2, 3);
    }

    @Test
    void svgIsDeterministicAndItsIdsArePrefixed() {
        TimeSeries ts = Samples.sixtyYearsDaily();
        List<Integer> cols = TimeSeriesCharts.groups(ts).get("Matrix");
        String a = TimeSeriesCharts.svg(TimeSeriesCharts.chart(ts, "Matrix", cols), 760, 380, "chart-2");
        String b = TimeSeriesCharts.svg(TimeSeriesCharts.chart(ts, "Matrix", cols), 760, 380, "chart-2");
        assertThat(a).isEqualTo(b).startsWith("<svg id='chart-2'").contains("Age (years)")
                .contains(">dimensionless<").doesNotContain("Matrix (dimensionless)").contains("Collagen").contains("Intact elastin");
        assertThat(a.replaceAll("id='chart-2[^']*'", "")).doesNotContain("id='");
    }

    @Test
    void deathsAreMarkedOnTheChartAtTheirAges() {
        TimeSeries ts = Samples.sixtyYearsDaily();
        List<Integer> cols = TimeSeriesCharts.groups(ts).get("Matrix");
        String plain = TimeSeriesCharts.svg(TimeSeriesCharts.chart(ts, "Matrix", cols), 760, 380, "c");
        String marked = TimeSeriesCharts.svg(TimeSeriesCharts.chart(ts, "Matrix", cols, null,
                List.of(new TimeSeriesCharts.Event(55.0, "\u2020"))), 760, 380, "c");
        assertThat(plain).doesNotContain("\u2020");
        assertThat(marked).contains("\u2020");
    }

    @Test
    void sliceRunsThroughTheMiddleWithDepthDownwards() {
        Snapshot s = Samples.snapshot(6, 4, 5, 0, 25);
        CrossSection.Slice slice = CrossSection.slice(s, "collagen");
        assertThat(slice.width()).isEqualTo(6);
        assertThat(slice.depth()).isEqualTo(5);
        assertThat(slice.values()[0][0]).isEqualTo(0.4f);
        assertThat(slice.values()[4][5]).isEqualTo(1.0f);
        float[] data = s.arrays().get("senescent");
        for (int z = 0; z < 5; z++) {
            for (int x = 0; x < 6; x++) {
                assertThat(Float.floatToRawIntBits(CrossSection.slice(s, "senescent").values()[z][x]))
                        .isEqualTo(Float.floatToRawIntBits(data[(z * 4 + 2) * 6 + x]));
            }
        }
        assertThat(CrossSection.slice(Samples.snapshot(1, 8, 3, 0, 25), "collagen").lateralAxis()).isEqualTo("y");
        assertThatThrownBy(() -> CrossSection.slice(s, "nope")).hasMessageContaining("collagen");
    }

    @Test
    void crossSectionIsAPngOfTheAnnouncedSize() throws Exception {
        Snapshot s = Samples.snapshot(50, 2, 60, 0, 25);
        byte[] png = CrossSection.png(s, ArrayView.of("senescent", "Senescent", "1").range(0, 1));
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        int[] size = CrossSection.size(s);
        assertThat(img.getWidth()).isEqualTo(size[0]);
        assertThat(img.getHeight()).isEqualTo(size[1]);
    }

    @Test
    void colourMapClampsAndMarksMissing() {
        ColourMap m = new ColourMap(0, 1);
        assertThat(m.rgb(-5)).isEqualTo(m.rgb(0)).isEqualTo(0x440154);
        assertThat(m.rgb(7)).isEqualTo(0xfde725);
        assertThat(m.rgb(Double.NaN)).isEqualTo(ColourMap.MISSING.getRGB() & 0xffffff);
    }
}
