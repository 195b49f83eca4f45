package org.senesim.scenario;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.EvidenceTier;
import org.senesim.scenario.ScenarioNode.MapNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScenarioLoaderTest {

    /** The repository root, from the module directory Maven runs tests in. */
    static Path repoRoot() {
        Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        return module.resolve("..").normalize();
    }

    @Test
    void builtInDefaultHasTheDocumentedValues() {
        Scenario s = ScenarioLoader.builtInDefault();
        assertThat(s.name()).isEqualTo("default-human");
        assertThat(s.source()).isNull();
        assertThat(s.seed()).isEqualTo(1L);
        assertThat(s.durationDays()).isEqualTo(60 * 365.25);
        assertThat(s.durationYears()).isEqualTo(60.0);
        Person p = s.person();
        assertThat(p).isEqualTo(new Person(Species.HUMAN, Sex.FEMALE, 20.0, 2, 45.0, 1.5, 0.0, 0.0, 0.0, 0.0,
                Diet.BALANCED));
        TissueSpec t = s.tissue();
        assertThat(t).isEqualTo(new TissueSpec(true, 1000, 1000, 1200, 20));
        assertThat(new int[] {t.nx(), t.ny(), t.nz()}).containsExactly(50, 50, 60);
        assertThat(s.outputs()).isEqualTo(new Outputs(30.0, List.of(40.0, 60.0, 80.0)));
        assertThat(s.parameterOverrides()).isEmpty();
        assertThat(s.minTier()).isNull();
        assertThat(s.protocol().isEmpty()).isTrue();
    }

    @Test
    void builtInDefaultEqualsTheSchemaDefaults() {
        Scenario builtIn = ScenarioLoader.builtInDefault();
        Scenario minimal = ScenarioLoader.parse("name: default-human\n", "x.yaml");
        assertThat(minimal.withSeed(builtIn.seed())).isEqualTo(new Scenario(builtIn.name(), "", null, builtIn.seed(),
                builtIn.durationDays(), builtIn.person(), builtIn.tissue(), builtIn.outputs(),
                builtIn.parameterOverrides(), builtIn.minTier(), builtIn.protocol(), builtIn.experiments()));
    }

    @Test
    void everyExampleLoads() throws IOException {
        Path dir = repoRoot().resolve("examples");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString())
                .contains("default-human.yaml", "mouse-transplant-ready.yaml", "smoker-high-uv.yaml", "2d-quick.yaml");
        for (Path f : files) {
            Scenario s = ScenarioLoader.load(f);
            assertThat(s.source()).isEqualTo(f);
            assertThat(f.getFileName().toString()).isEqualTo(s.name() + ".yaml");
        }
    }

    @Test
    void examplesSayWhatTheyPromise() {
        Path dir = repoRoot().resolve("examples");
        Scenario def = ScenarioLoader.load(dir.resolve("default-human.yaml"));
        Scenario builtIn = ScenarioLoader.builtInDefault();
        assertThat(def.person()).isEqualTo(builtIn.person());
        assertThat(def.tissue()).isEqualTo(builtIn.tissue());
        assertThat(def.outputs()).isEqualTo(builtIn.outputs());
        assertThat(def.minTier()).isEqualTo(EvidenceTier.EXPERT_OPINION);

        Scenario mouse = ScenarioLoader.load(dir.resolve("mouse-transplant-ready.yaml"));
        assertThat(mouse.person().species()).isEqualTo(Species.MOUSE);
        assertThat(mouse.person().ageYears()).isEqualTo(0.25);
        assertThat(mouse.endAgeYears()).isLessThanOrEqualTo(4.0);

        Scenario smoker = ScenarioLoader.load(dir.resolve("smoker-high-uv.yaml"));
        assertThat(smoker.person().smokingPacksPerDay()).isEqualTo(1.0);
        assertThat(smoker.person().diet()).isEqualTo(Diet.WESTERN);

        Scenario quick = ScenarioLoader.load(dir.resolve("2d-quick.yaml"));
        assertThat(quick.tissue().threeD()).isFalse();
        assertThat(new int[] {quick.tissue().nx(), quick.tissue().ny(), quick.tissue().nz()}).containsExactly(25, 1, 30);
    }

    @Test
    void quantitiesAcceptEveryDocumentedUnit() {
        assertThat(TestRegistry.parse("duration: 60\n", "a").durationDays()).isEqualTo(60 * 365.25);
        assertThat(TestRegistry.parse("duration: 10 y\n", "a").durationDays()).isEqualTo(3652.5);
        assertThat(TestRegistry.parse("duration: 10 yr\n", "a").durationDays()).isEqualTo(3652.5);
        assertThat(TestRegistry.parse("duration: 100 days\n", "a").durationDays()).isEqualTo(100.0);
        assertThat(TestRegistry.parse("duration: 100 d\n", "a").durationDays()).isEqualTo(100.0);
        assertThat(TestRegistry.parse("duration: 6 weeks\n", "a").durationDays()).isEqualTo(42.0);
        assertThat(TestRegistry.parse("duration: 6 months\n", "a").durationDays()).isEqualTo(182.625);
        assertThat(TestRegistry.parse("person:\n  age: 18 months\n", "a").person().ageYears()).isEqualTo(1.5);
        assertThat(TestRegistry.parse("person:\n  age: 730.5 days\n", "a").person().ageYears()).isEqualTo(2.0);
        assertThat(TestRegistry.parse("person:\n  latitude: -33.9 deg\n", "a").person().latitudeDegrees())
                .isEqualTo(-33.9);
        assertThat(TestRegistry.parse("tissue:\n  voxel: 10 \u00b5m\n", "a").tissue().voxelUm()).isEqualTo(10.0);
        assertThat(TestRegistry.parse("tissue:\n  voxel: 10 \u03bcm\n", "a").tissue().voxelUm()).isEqualTo(10.0);
        assertThat(TestRegistry.parse("tissue:\n  voxel: 10000 nm\n", "a").tissue().voxelUm()).isEqualTo(10.0);
        assertThat(TestRegistry.parse("tissue:\n  voxel: 0.01 mm\n", "a").tissue().voxelUm()).isCloseTo(10.0, within(1e-12));
        TissueSpec t = TestRegistry.parse("tissue:\n  size: [0.1 cm, 800um, 1 mm]\n", "a").tissue();
        assertThat(t.widthUm()).isEqualTo(1000.0);
        assertThat(t.lengthUm()).isEqualTo(800.0);
        assertThat(new int[] {t.nx(), t.ny(), t.nz()}).containsExactly(50, 40, 50);
        assertThat(TestRegistry.parse("outputs:\n  every: 2 weeks\n", "a").outputs().everyDays()).isEqualTo(14.0);
    }

    @Test
    void twoDimensionalPatchIsOneVoxelThick() {
        TissueSpec two = TestRegistry.parse("tissue:\n  dimension: 2d\n  size: [1 mm, 1.2 mm]\n", "a").tissue();
        TissueSpec three = TestRegistry.parse("tissue:\n  dimension: 2D\n  size: [1 mm, 5 mm, 1.2 mm]\n", "a").tissue();
        assertThat(two).isEqualTo(three);
        assertThat(two.threeD()).isFalse();
        assertThat(two.lengthUm()).isEqualTo(two.voxelUm());
        assertThat(new long[] {two.nx(), two.ny(), two.nz(), two.voxelCount()}).containsExactly(50, 1, 60, 3000);
    }

    @Test
    void largestGridIsAllowed() {
        TissueSpec t = TestRegistry.parse("tissue:\n  size: [2 cm, 2 cm, 2 mm]\n", "a").tissue();
        assertThat(t.voxelCount()).isEqualTo(TissueSpec.MAX_VOXELS);
    }

    @Test
    void nameDefaultsToTheFileName() {
        assertThat(TestRegistry.parse("seed: 3\n", "runs/My Run.v2.yaml").name()).isEqualTo("My-Run.v2");
        assertThat(TestRegistry.parse("seed: 3\n", "plain").name()).isEqualTo("plain");
        assertThat(TestRegistry.parse("name: explicit\n", "runs/other.yaml").name()).isEqualTo("explicit");
    }

    @Test
    void snapshotsDefaultToThoseInsideTheRunAndAreSorted() {
        assertThat(TestRegistry.parse("person:\n  age: 50\nduration: 20 years\n", "a").outputs().snapshotAgesYears())
                .containsExactly(60.0);
        assertThat(TestRegistry.parse("person:\n  species: mouse\n  age: 0.5\nduration: 1 year\n", "a")
                .outputs().snapshotAgesYears()).isEmpty();
        assertThat(TestRegistry.parse("outputs:\n  snapshots: [70, 30 years, 50]\n", "a").outputs().snapshotAgesYears())
                .containsExactly(30.0, 50.0, 70.0);
        assertThat(TestRegistry.parse("outputs:\n  snapshots: []\n", "a").outputs().snapshotAgesYears()).isEmpty();
    }

    @Test
    void parametersAcceptNumbersAndSubMaps() {
        Scenario s = TestRegistry.parse("""
                parameters:
                  test.clearance.beta: 0.12
                  test.damage.repair:
                    value: 0.05
                    unit: "/day"
                    origin: registry
                    tier: in-vitro
                    source: "anything"
                """, "a");
        assertThat(s.parameterOverrides()).containsExactly(Map.entry("test.clearance.beta", 0.12),
                Map.entry("test.damage.repair", 0.05));
    }

    @Test
    void emptySectionsMeanDefaults() {
        Scenario s = TestRegistry.parse("person:\ntissue:\noutputs: {}\nparameters:\nevidence:\nprotocol:\n", "a");
        Scenario d = TestRegistry.parse("name: a\n", "a");
        assertThat(s).isEqualTo(d);
    }

    @Test
    void protocolIsCheckedAndTypedAtLoad() {
        Scenario s = TestRegistry.parse("""
                name: p
                protocol:
                  - at: 55 years
                    device: co2-fractional
                    sessions: 3
                  - {at: 60 years, drug: dasatinib-quercetin}
                """, "plan.yaml");
        List<Course> courses = s.protocol().arms().get(0).courses();
        assertThat(courses).extracting(c -> c.entry().id()).containsExactly("co2-fractional", "dasatinib-quercetin");
        assertThat(courses.get(0).line()).isEqualTo(3);
        assertThat(courses.get(0).sessionDays()).hasSize(3);
        assertThat(courses.get(1).startAgeYears()).isEqualTo(60.0);
        assertThat(s.protocol().written()).containsExactly("{at: \"55 years\", device: \"co2-fractional\", sessions: 3}",
                "{at: \"60 years\", drug: \"dasatinib-quercetin\"}");
    }

    @Test
    void withSeedChangesOnlyTheSeed() {
        Scenario s = ScenarioLoader.builtInDefault();
        Scenario t = s.withSeed(99);
        assertThat(t.seed()).isEqualTo(99L);
        assertThat(t.withSeed(s.seed())).isEqualTo(s);
    }

    @Test
    void byteOrderMarkAndCaseAreTolerated() {
        Scenario s = TestRegistry.parse("\uFEFFperson:\n  sex: Male\n  diet: HIGH-FAT\n", "a");
        assertThat(s.person().sex()).isEqualTo(Sex.MALE);
        assertThat(s.person().diet()).isEqualTo(Diet.HIGH_FAT);
    }
}
