package org.senesim.report.html;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senesim.observe.Snapshot;
import org.senesim.observe.TimeSeries;
import org.senesim.report.RunFiles;
import org.senesim.report.RunFolder;
import org.senesim.report.Samples;
import org.senesim.report.chart.ArrayView;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {

    @TempDir
    Path dir;

    private static String sampleReport() {
        TimeSeries ts = Samples.sixtyYearsDaily();
        Snapshot young = Samples.snapshot(50, 3, 60, 0, 25);
        Snapshot old = Samples.snapshot(50, 3, 60, 21915, 85);
        return HtmlReport.builder("Senesim run: baseline <test> & more")
                .provenance(Samples.provenance())
                .fact("Minimum evidence tier", "animal <or better>")
                .summary(Samples.summary())
                .timeSeries(ts)
                .crossSections(young, ArrayView.of("collagen", "Collagen", "1"),
                        ArrayView.of("senescent", "Senescent <cells>", "1").range(0, 1))
                .crossSections(old, ArrayView.of("collagen", "Collagen", "1"))
                .htmlSection("Parameters", Html.table(List.of("id", "value"), List.of(List.of("beta <x>", "0.15"))))
                .textSection("Notes", "First <para>.\n\nSecond & last.")
                .build()
                .html();
    }

    @Test
    void oneSvgPerGroupAndTheSummaryValues() {
        String html = sampleReport();
        assertThat(count(html, "<svg")).isEqualTo(3);
        assertThat(html).contains("aria-label=\"Chart: Senescence against age\"")
                .contains("aria-label=\"Chart: Matrix against age\"")
                .contains("aria-label=\"Chart: Function against age\"");
        assertThat(html).contains(">16.12<").contains(">0.4241<").contains(">—<").contains(">3<")
                .contains("title=\"16.123456\"").contains("1/100 cm²");
        assertThat(html).contains(HtmlReport.DISCLAIMER_LEAD).contains(HtmlReport.DISCLAIMER).contains("not medical advice");
        assertThat(html).contains(">42<").contains("2 min 16 s").contains(">baseline &lt;test&gt;<");
        assertThat(count(html, "src=\"data:image/png;base64,")).isEqualTo(3);
    }

    @Test
    void textFromCallersIsEscapedAndThePageIsWellFormedXml() throws Exception {
        String html = sampleReport();
        assertThat(html).doesNotContain("<test>").doesNotContain("<relative>").doesNotContain("<vs 25>")
                .doesNotContain("<cells>").doesNotContain("<or better>").doesNotContain("<para>")
                .doesNotContain("<x>");
        assertThat(html).contains("Senesim run: baseline &lt;test&gt; &amp; more")
                .contains("Collagen at 85 &lt;vs 25&gt;").contains("beta &lt;x&gt;");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");
        assertThat(doc.getElementsByTagName("svg").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("img").getLength()).isEqualTo(3);
    }

    @Test
    void theReportReferencesNothingOutside() {
        String html = sampleReport();
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("@import")
                .doesNotContain("url(http");
        Matcher m = Pattern.compile("(?:src|href)\\s*=\\s*[\"']([^\"']*)").matcher(html);
        while (m.find()) {
            // embedded data, a place on the page, or a file of the run folder beside it: nothing outside
            String ref = m.group(1);
            assertThat(ref.startsWith("data:") || ref.startsWith("#")
                    || (!ref.contains(":") && !ref.startsWith("/") && !ref.contains(".."))).as("reference " + ref).isTrue();
        }
    }

    @Test
    void sixtyYearsOfDailyDataStaySmall() {
        String html = HtmlReport.builder("size").summary(Samples.summary()).timeSeries(Samples.sixtyYearsDaily())
                .build().html();
        assertThat(html.length()).isLessThan(400_000);
    }

    @Test
    void writesReportHtmlIntoTheRunFolder() throws Exception {
        Path out = dir.resolve("run");
        try (RunFolder f = RunFolder.create(out, false)) {
            HtmlReport.builder("t").build().write(f);
            f.commit();
        }
        assertThat(Files.readString(out.resolve(RunFiles.REPORT))).startsWith("<!DOCTYPE html>");
    }

    @Test
    void durationsReadNaturally() {
        assertThat(HtmlReport.Builder.duration(Duration.ofMillis(420))).isEqualTo("0.42 s");
        assertThat(HtmlReport.Builder.duration(Duration.ofMillis(12_345))).isEqualTo("12.3 s");
        assertThat(HtmlReport.Builder.duration(Duration.ofSeconds(192))).isEqualTo("3 min 12 s");
        assertThat(HtmlReport.Builder.duration(Duration.ofSeconds(7500))).isEqualTo("2 h 05 min");
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
