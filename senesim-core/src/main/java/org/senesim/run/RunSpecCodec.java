package org.senesim.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.scenario.Arm;
import org.senesim.scenario.ResolvedScenarioWriter;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A {@link RunSpec} as text, for an executor that ships specs to another process or machine (a
 * Spark task, a web job queue). The text is one JSON object:
 * <pre>{"label": ..., "arm": "name", "fidelity": "PATCH", "snapshots": true,
 *  "scenario": "the resolved scenario file, every registry parameter pinned"}</pre>
 * Reading it back loads the scenario with the ordinary loader (so a spec from elsewhere is checked
 * as any scenario file is), takes the parameters it pins and finds the arm by name in its protocol.
 * Because every parameter is pinned, the run does not depend on the registry of the reading side.
 */
public final class RunSpecCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunSpecCodec() {
    }

    /** The spec as one JSON object. */
    public static String write(RunSpec spec) {
        ObjectNode o = JSON.createObjectNode();
        o.put("label", spec.label());
        o.put("arm", spec.arm().name());
        o.put("fidelity", spec.fidelity().name());
        o.put("snapshots", spec.snapshots());
        o.put("scenario", ResolvedScenarioWriter.toYaml(spec.scenario(), spec.parameters()));
        try {
            return JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The spec written by {@link #write}; the scenario is parsed against {@code registry}.
     *
     * @throws IllegalArgumentException when the text is not a spec or names an arm its protocol lacks
     */
    public static RunSpec read(String text, ParameterRegistry registry) {
        JsonNode o;
        try {
            o = JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a run spec (JSON expected): " + e.getMessage(), e);
        }
        String label = field(o, "label").asText();
        String armName = field(o, "arm").asText();
        Fidelity fidelity = Fidelity.valueOf(field(o, "fidelity").asText());
        boolean snapshots = field(o, "snapshots").asBoolean();
        Scenario scenario = ScenarioLoader.parse(field(o, "scenario").asText(), "run spec '" + label + "'", registry);
        Arm arm = null;
        for (Arm a : scenario.protocol().comparisonArms()) {
            if (a.name().equals(armName)) {
                arm = a;
            }
        }
        if (arm == null) {
            throw new IllegalArgumentException("run spec '" + label + "': its scenario's protocol has no arm '" + armName + "'");
        }
        return new RunSpec(label, scenario, arm, scenario.parameterSet(registry), fidelity, snapshots);
    }

    private static JsonNode field(JsonNode o, String name) {
        JsonNode v = o == null ? null : o.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("not a run spec: no '" + name + "'");
        }
        return v;
    }
}
