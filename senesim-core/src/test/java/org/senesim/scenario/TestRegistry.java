package org.senesim.scenario;

import org.senesim.evidence.Parameter;
import org.senesim.evidence.ParameterRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** A small parameter registry read from test resources, so tests never depend on shipped ids. */
final class TestRegistry {

    static final Map<String, Parameter> PARAMETERS = load();

    private TestRegistry() {
    }

    private static Map<String, Parameter> load() {
        try (InputStream in = TestRegistry.class.getResourceAsStream("/scenarios/test-registry.yaml")) {
            return ScenarioLoader.byId(ParameterRegistry.parse("test-registry.yaml", in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses text against the test registry. */
    static Scenario parse(String text, String label) {
        return ScenarioLoader.parse(text, label, null, PARAMETERS);
    }

    /** Loads a file against the test registry. */
    static Scenario load(Path file) {
        return ScenarioLoader.load(file, PARAMETERS);
    }

    /** A test resource under {@code scenarios/} as a path. */
    static Path resource(String name) {
        try {
            return Path.of(TestRegistry.class.getResource("/scenarios/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }
}
