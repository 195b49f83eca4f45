package org.senesim.scenario;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.Parameter;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ResolvedScenarioWriterTest {

    private static final ParameterRegistry REGISTRY = ParameterRegistry.builtIn();

    /** The scenario with its overrides replaced, for comparing a round trip that pins every parameter. */
    private static Scenario withOverrides(Scenario s, Map<String, Double> overrides) {
        return s.withParameterOverrides(overrides);
    }

    private static void assertRoundTrip(Scenario original) {
        ParameterSet params = ParameterSet.of(REGISTRY, original.parameterOverrides());
        String yaml = ResolvedScenarioWriter.toYaml(original, params);
        Scenario back = ScenarioLoader.parse(yaml, "resolved.yaml");
        Scenario expected = original.withSource(null).withParameterOverrides(params.values());
        assertThat(back).as(yaml).isEqualTo(expected);
        // and the written text is stable: writing the reloaded scenario gives the same text
        String again = ResolvedScenarioWriter.toYaml(back, ParameterSet.of(REGISTRY, back.parameterOverrides()));
        assertThat(again.lines().filter(l -> !l.contains("origin:")))
                .containsExactlyElementsOf(yaml.lines().filter(l -> !l.contains("origin:")).toList());
    }

    @Test
    void builtInDefaultRoundTrips() {
        assertRoundTrip(ScenarioLoader.builtInDefault());
    }

    @Test
    void everyExampleRoundTrips() throws IOException {
        try (Stream<Path> s = Files.list(ScenarioLoaderTest.repoRoot().resolve("examples"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Scenario loaded = ScenarioLoader.parse(Files.readString(f), f.toString());
                assertRoundTrip(loaded);
            }
        }
    }

    @Test
    void awkwardValuesRoundTrip() {
        Scenario s = ScenarioLoader.parse("""
                name: odd.values_1
                description: "quotes \\" and backslash \\\\ and a: colon\\nand a new line, µm"
                seed: 9007199254740993
                duration: 1000 days
                person:
                  species: mouse
                  sex: male
                  age: 17 weeks
                  latitude: -33.87
                  outdoor_hours: 0.1
                  sunscreen_spf: 50
                  sunscreen_adherence: 0.333
                  smoking: 0.05
                  alcohol: 0.7
                  diet: high-fat
                tissue:
                  dimension: 2D
                  size: [0.33 mm, 17 um, 0.77 mm]
                  voxel: 7.5 um
                outputs:
                  every: 2.5 weeks
                  snapshots: [1, 2.5, 0.5]
                evidence:
                  min_tier: in-vitro
                protocol:
                  - at: 2 years
                    device: co2-fractional
                    sessions: 3
                    label: "a: label with 'quotes' and \\"double\\" ones"
                    settings: {energy: 20.50 mJ, coverage: "20 %"}
                """, "odd.yaml");
        assertRoundTrip(s);
    }

    @Test
    void everyRegistryParameterIsListedWithUnitOriginAndSource() {
        Scenario s = ScenarioLoader.builtInDefault();
        String yaml = ResolvedScenarioWriter.toYaml(s, ParameterSet.of(REGISTRY, Map.of()));
        for (Parameter p : REGISTRY.all()) {
            assertThat(yaml).contains("  " + p.id() + ":\n    value: ");
            assertThat(yaml).contains("    unit: " + ResolvedScenarioWriter.quote(p.unit()));
            assertThat(yaml).contains("    source: " + ResolvedScenarioWriter.quote(p.source()));
        }
        if (REGISTRY.all().isEmpty()) {
            assertThat(yaml).contains("parameters: {}");
        }
        assertThat(yaml).contains("duration: 60 years\n", "  size: [1 mm, 1 mm, 1.2 mm]  # 50 x 50 x 60 voxels\n",
                "  voxel: 20 um\n", "  every: 30 days\n", "  snapshots: [40, 60, 80]", "protocol: []\n");
    }

    @Test
    void overriddenParametersAreMarkedAsScenarioOrigin() {
        // Uses whichever parameter the shipped registry lists first; skipped while it is empty.
        List<Parameter> all = List.copyOf(REGISTRY.all());
        if (all.isEmpty()) {
            return;
        }
        Parameter p = all.get(0);
        double v = p.max();
        Scenario s = ScenarioLoader.parse("parameters:\n  " + p.id() + ": " + Units.formatNumber(v) + "\n", "o.yaml");
        String yaml = ResolvedScenarioWriter.toYaml(s, ParameterSet.of(REGISTRY, s.parameterOverrides()));
        assertThat(yaml).contains("  " + p.id() + ":\n    value: " + Units.formatNumber(v) + "\n    unit: "
                + ResolvedScenarioWriter.quote(p.unit()) + "\n    origin: scenario\n");
        assertRoundTrip(s);
    }

    @Test
    void parametersRoundTripWithUnitOriginTierAndSource() {
        Scenario s = TestRegistry.parse("name: pinned\nparameters:\n  test.damage.repair: 0.0035\n", "p.yaml");
        Map<String, Double> resolved = new java.util.LinkedHashMap<>();
        for (Parameter p : TestRegistry.PARAMETERS.values()) {
            resolved.put(p.id(), s.parameterOverrides().getOrDefault(p.id(), p.defaultValue()));
        }
        String yaml = ResolvedScenarioWriter.toYaml(s, TestRegistry.PARAMETERS.values(), resolved::get,
                id -> s.parameterOverrides().containsKey(id) ? ParameterSet.Origin.SCENARIO : ParameterSet.Origin.REGISTRY);
        assertThat(yaml).contains("""
                  # Rate at which DNA damage is repaired.
                  test.damage.repair:
                    value: 0.0035
                    unit: "/day"
                    origin: scenario
                    tier: in-vitro
                    source: "Test source B"
                """);
        assertThat(yaml).contains("""
                  test.clearance.beta:
                    value: 0.15
                    unit: "/day"
                    origin: registry
                    tier: mechanistic
                """);
        Scenario back = TestRegistry.parse(yaml, "resolved.yaml");
        assertThat(back).isEqualTo(withOverrides(s, resolved));
        assertThat(back.parameterOverrides().keySet()).containsExactlyElementsOf(TestRegistry.PARAMETERS.keySet());
    }

    @Test
    void negativeZeroIsReadAsZero() {
        Scenario s = TestRegistry.parse("person:\n  latitude: -0\n  smoking: -0.0\n", "z");
        assertThat(s.person().latitudeDegrees()).isEqualTo(0.0);
        assertThat(s.person().smokingPacksPerDay()).isEqualTo(0.0);
        assertRoundTrip(s);
    }

    @Test
    void flowWritingOfNodesReadsBackEqual() {
        ScenarioNode n = YamlTreeReader.read("{a: 'it''s', b: [1.0, -2, .5], c: {d: null, e: \"x\\ty\"}}\n", "f");
        String flow = ResolvedScenarioWriter.flow(n);
        assertThat(YamlTreeReader.read(flow + "\n", "g")).isEqualTo(n);
    }
}
