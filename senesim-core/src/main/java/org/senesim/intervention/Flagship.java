package org.senesim.intervention;

import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The flagship comparison: a 35-year-old followed to 85 without treatment, with pre-juvenation and
 * with reactive treatment. It is what {@code senesim run} and {@code senesim compare} run when no
 * scenario is given.
 */
public final class Flagship {

    /** Class-path resource of the flagship scenario. */
    public static final String RESOURCE = "/org/senesim/intervention/flagship.yaml";

    private Flagship() {
    }

    /** The flagship scenario (no source path: it is built in). */
    public static Scenario scenario() {
        return ScenarioLoader.parse(text(), RESOURCE.substring(1));
    }

    /** The flagship file's text. */
    public static String text() {
        try (InputStream in = Flagship.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("flagship scenario " + RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read flagship scenario " + RESOURCE, e);
        }
    }
}
