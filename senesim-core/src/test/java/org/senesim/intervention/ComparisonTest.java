package org.senesim.intervention;

import org.senesim.observe.TimeSeries;
import org.senesim.run.ArmRun;
import org.senesim.run.Headlines;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Protocol;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTest {

    private static final String SCENARIO = """
            seed: 11
            duration: 3 years
            person: {age: 55 years}
            tissue: {dimension: 2D, size: [1 mm, 0.6 mm], voxel: 20 um}
            outputs: {every: 30 days, snapshots: []}
            protocol:
              - arm: none
              - arm: laser
                steps: [{device: thulium-1927, start: 56 years, sessions: 3, interval: 4 weeks}]
              - arm: pills
                steps: [{drug: fisetin, start: 55.5 years, sessions: 6, interval: 4 weeks}]
              - compare: {ages: [56, 58], reference: none}
            """;

    @Test
    void armsShareTheirPastUntilTheFirstTreatmentAndResultsDoNotDependOnThreads() {
        Scenario s = InterventionTestSupport.scenario(SCENARIO);
        List<ArmRun> one = InterventionTestSupport.compare(s, 1);
        List<ArmRun> two = InterventionTestSupport.compare(s, 2);
        for (int a = 0; a < one.size(); a++) {
            TimeSeries x = one.get(a).result().series();
            TimeSeries y = two.get(a).result().series();
            for (int c = 0; c < x.columns().size(); c++) {
                assertThat(y.column(c)).as(one.get(a).arm().name() + " " + x.columns().get(c).id()).containsExactly(x.column(c));
            }
        }
        // Same seed: the laser arm is the untreated arm, bit for bit, until its first session at 56.
        TimeSeries none = one.get(0).result().series();
        TimeSeries laser = one.get(1).result().series();
        int col = none.indexOf("senescent_fraction");
        for (int r = 0; r < none.rows() && none.age(r) < 56; r++) {
            assertThat(laser.value(r, col)).isEqualTo(none.value(r, col));
        }
        assertThat(laser.last(none.indexOf("collagen"))).isNotEqualTo(none.last(none.indexOf("collagen")));
    }

    @Test
    void theDifferenceTableSeparatesVisibleFromBiological() {
        Scenario s = InterventionTestSupport.scenario(SCENARIO);
        Protocol protocol = s.protocol();
        assertThat(protocol.compareAges()).containsExactly(56.0, 58.0);
        List<ArmRun> runs = InterventionTestSupport.compare(s, 2);
        List<Headlines.Row> rows = Headlines.table(runs.stream().map(r -> r.result().series()).toList(),
                protocol.compareAges(), 0);
        assertThat(rows).extracting(r -> r.quantity().id()).contains("collagen", "elastin_integrity",
                "senescent_fraction", "actinic_keratoses", "carcinoma_cumulative");
        for (Headlines.Row r : rows) {
            assertThat(r.difference(0)).isZero();
            assertThat(r.quantity().category()).isEqualTo(r.quantity().id().startsWith("collagen")
                    || r.quantity().id().startsWith("elastin") || r.quantity().id().equals("hyaluronan")
                    || r.quantity().id().equals("epidermal_thickness") ? Headlines.Category.VISIBLE : Headlines.Category.BIOLOGICAL);
        }
        assertThat(Headlines.defaultAges(35, 85)).containsExactly(50.0, 60.0, 70.0, 80.0, 85.0);
        assertThat(Headlines.defaultAges(62, 70)).containsExactly(70.0);
    }

    @Test
    void aProtocolWithoutArmsIsComparedWithNoTreatment() {
        Scenario s = InterventionTestSupport.scenario("duration: 2 years\nperson: {age: 50 years}\nprotocol:\n"
                + "  - {device: ipl, start: 50.5 years}\n");
        Protocol p = s.protocol();
        assertThat(p.armsGiven()).isFalse();
        assertThat(p.comparisonArms()).extracting(Arm::name).containsExactly(Arm.NO_TREATMENT, Protocol.SINGLE);
        assertThat(p.comparisonReference()).isEqualTo(Arm.NO_TREATMENT);
        assertThat(InterventionTestSupport.scenario("name: x\n").protocol().isEmpty()).isTrue();
    }

    @Test
    void theFlagshipIsTheExampleFileAndHasItsThreeArms() throws IOException {
        Path example = repoRoot().resolve("examples/pre-juvenation.yaml");
        assertThat(Files.readString(example)).isEqualTo(Flagship.text());
        Scenario s = Flagship.scenario();
        assertThat(s.person().ageYears()).isEqualTo(35.0);
        assertThat(s.endAgeYears()).isEqualTo(85.0);
        assertThat(s.person().fitzpatrick()).isEqualTo(2);
        assertThat(s.person().smokingPacksPerDay()).isZero();
        Protocol p = s.protocol();
        assertThat(p.arms()).extracting(Arm::name).containsExactly("no-treatment", "pre-juvenation", "reactive");
        Arm pre = p.arm("pre-juvenation");
        assertThat(pre.courses()).extracting(c -> c.entry().id()).containsExactly("sunscreen", "thulium-1927");
        assertThat(pre.courses().get(1).startAgeYears()).isEqualTo(35.0);
        assertThat(pre.courses().get(1).entry().geometry().ablative()).isFalse();
        Arm reactive = p.arm("reactive");
        assertThat(reactive.courses().get(0).entry().geometry().ablative()).isTrue();
        assertThat(reactive.courses().get(0).startAgeYears()).isEqualTo(60.0);
        assertThat(ScenarioLoader.load(example).name()).isEqualTo("pre-juvenation");
    }

    @Test
    void everyExampleProtocolIsValid() throws IOException {
        try (var files = Files.list(repoRoot().resolve("examples"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".yaml")).toList()) {
                ScenarioLoader.load(f).protocol();
            }
        }
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("..").normalize();
    }
}
