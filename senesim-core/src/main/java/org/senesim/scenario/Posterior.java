package org.senesim.scenario;

import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.senesim.random.CounterRandom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A posterior ensemble: weighted parameter sets, the parameters the calibration held at their
 * registry defaults (the posterior is conditional on them), and provenance. Written by
 * {@code senesim calibrate} as {@code posterior.json}; read by {@code --posterior FILE}.
 *
 * @param parameters calibrated ids, in the order of each set's values
 * @param held       ids the targets depend on but the calibration kept at their defaults: a draw
 *                   from the posterior keeps them there too (read from a file, with the parameters
 *                   of the same scope the registry gained since: {@link #heldSinceCalibration})
 * @param weights    normalised weights, one per set
 * @param values     {@code values[set][parameter]}
 * @param provenance free-form provenance (targets file, seed, commit, generations, …)
 */
public record Posterior(List<String> parameters, List<String> held, double[] weights, double[][] values,
                        ObjectNode provenance) implements java.io.Serializable {

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String FORMAT = "senesim-posterior";
    /**
     * The random stream of {@link #draw} (counter-based, keyed by seed and sample); it sits with the
     * calibration's streams, far above the model's own {@code RandomStreams}, and never changes.
     */
    public static final int DRAW_STREAM = 1005;

    public Posterior {
        parameters = List.copyOf(parameters);
        held = List.copyOf(held);
    }

    /** Kish's effective sample size of the weights. */
    public double ess() {
        double s = 0;
        for (double w : weights) {
            s += w * w;
        }
        return 1 / s;
    }

    /**
     * The parameter set of draw {@code sample} (1, 2, …): a set chosen with probability its weight
     * by {@link CounterRandom} keyed by (seed, {@link #DRAW_STREAM}, step
     * sample), as registry overrides (ids to values).
     */
    public Map<String, Double> draw(long seed, int sample) {
        double u = CounterRandom.uniform(CounterRandom.key(seed, DRAW_STREAM, sample), 0, 0);
        return overrides(choose(u));
    }

    /** The set a uniform draw {@code u} in [0, 1) picks, each with probability its weight. */
    public int choose(double u) {
        double c = 0;
        for (int i = 0; i < weights.length; i++) {
            c += weights[i];
            if (u < c) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Set {@code j} as registry overrides (calibrated ids to values). */
    public Map<String, Double> overrides(int j) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int p = 0; p < parameters.size(); p++) {
            m.put(parameters.get(p), values[j][p]);
        }
        return m;
    }

    /** Kish's effective sample size, the number of sets and the calibrated ids, for reports. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%d parameter sets, effective size %.1f; calibrated: %s%s",
                weights.length, ess(), String.join(", ", parameters),
                held.isEmpty() ? "" : "; " + held.size() + " more held at their registry defaults");
    }

    /**
     * The parameters of uncertainty sample {@code sample} (1, 2, …) drawn with this posterior: the
     * registry draw of {@link ParameterSet#sampled} for every parameter the posterior says nothing
     * about, the nominal value for every parameter the calibration held at its default
     * ({@link #held()}: the posterior is conditional on them), a posterior set (drawn by weight,
     * {@link #draw}) for the calibrated ones, then the evidence filter. Values the scenario sets stay
     * fixed, as with plain sampling.
     */
    public ParameterSet sample(ParameterSet nominal, long seed, int sample, EvidenceTier minimum) {
        ParameterSet drawn = nominal.sampled(seed, sample);
        Map<String, Double> keep = new LinkedHashMap<>();
        for (String id : held) {
            if (nominal.origin(id) == ParameterSet.Origin.REGISTRY) {
                keep.put(id, nominal.get(id));
            }
        }
        ParameterSet out = keep.isEmpty() ? drawn : drawn.with(keep, ParameterSet.Origin.REGISTRY);
        Map<String, Double> post = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : draw(seed, sample).entrySet()) {
            if (nominal.origin(e.getKey()) == ParameterSet.Origin.REGISTRY) {
                post.put(e.getKey(), e.getValue());
            }
        }
        if (!post.isEmpty()) {
            out = out.with(post, ParameterSet.Origin.SAMPLED);
        }
        return out.withMinimumTier(minimum);
    }

    /**
     * Parameters this build's registry has in the posterior's scope that the file neither calibrated
     * nor held: added to the registry after the calibration ran, so the calibration lived without
     * them, and a draw must hold them at their defaults too (a new parameter's default keeps the model
     * it extends). Otherwise {@link #sample} would draw them from their raw ranges, outside what the
     * posterior was conditioned on: {@code organism.clearance.systemic_share}, added after the shipped
     * posterior was calibrated, was drawn uniformly on [0, 1] and gave a woman of 45 deaths before 60
     * in 9 of 50 samples instead of none. The scope is what {@code senesim calibrate} holds: every
     * {@code organism.*} parameter with a range when the file holds only organism parameters (cohort
     * targets), every parameter with a range otherwise.
     */
    static List<String> heldSinceCalibration(List<String> calibrated, List<String> held, ParameterRegistry registry) {
        if (held.isEmpty()) {
            return List.of();
        }
        boolean organismScope = held.stream().allMatch(id -> id.startsWith(ORGANISM))
                && calibrated.stream().allMatch(id -> id.startsWith(ORGANISM));
        java.util.Set<String> known = new java.util.HashSet<>(calibrated);
        known.addAll(held);
        List<String> added = new ArrayList<>();
        for (org.senesim.evidence.Parameter p : registry.all()) {
            if ((!organismScope || p.id().startsWith(ORGANISM)) && p.max() > p.min() && !known.contains(p.id())) {
                added.add(p.id());
            }
        }
        return added;
    }

    private static final String ORGANISM = "organism.";

    /** The values of one calibrated parameter over the sets, in set order (weights in {@link #weights}). */
    public double[] column(int parameter) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i][parameter];
        }
        return v;
    }

    /** Writes the file (pretty JSON). */
    public void write(Path file) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("format", FORMAT);
        n.put("version", 1);
        ArrayNode ids = n.putArray("parameters");
        parameters.forEach(ids::add);
        ArrayNode h = n.putArray("held_at_default");
        held.forEach(h::add);
        n.set("provenance", provenance);
        ArrayNode sets = n.putArray("sets");
        for (int i = 0; i < weights.length; i++) {
            ObjectNode s = sets.addObject();
            s.put("weight", weights[i]);
            ArrayNode v = s.putArray("values");
            for (double x : values[i]) {
                v.add(x);
            }
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), n);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Reads and checks a posterior file: every id must be in the registry and every value within
     * its plausible range; weights positive. Problems are {@link ScenarioException}s naming the file.
     */
    public static Posterior read(Path file, ParameterRegistry registry) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), 0, 0, "", "cannot read the posterior file (" + e.getMessage()
                    + "). Fix: give a posterior.json written by 'senesim calibrate'");
        }
        return parse(text, file.toString(), registry);
    }

    /**
     * Parses and checks a posterior file's text, as {@link #read} (for a file's text shipped
     * elsewhere, e.g. to a Spark executor); {@code label} names it in messages.
     */
    public static Posterior parse(String text, String label, ParameterRegistry registry) {
        JsonNode n;
        try {
            n = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ScenarioException(label, 0, 0, "", "cannot read the posterior file (" + e.getOriginalMessage()
                    + "). Fix: give a posterior.json written by 'senesim calibrate'");
        }
        if (n == null || !FORMAT.equals(n.path("format").asText())) {
            throw new ScenarioException(label, 0, 0, "format", "not a posterior file (format is not '" + FORMAT
                    + "'). Fix: give a posterior.json written by 'senesim calibrate'");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode id : n.path("parameters")) {
            if (!registry.contains(id.asText())) {
                throw new ScenarioException(label, 0, 0, "parameters", "parameter '" + id.asText() + "' is not in"
                        + " this build's registry. Fix: recalibrate with this build");
            }
            ids.add(id.asText());
        }
        List<String> held = new ArrayList<>();
        for (JsonNode id : n.path("held_at_default")) {
            if (registry.contains(id.asText())) {
                held.add(id.asText());
            }
        }
        held.addAll(heldSinceCalibration(ids, held, registry));
        JsonNode sets = n.path("sets");
        if (ids.isEmpty() || !sets.isArray() || sets.isEmpty()) {
            throw new ScenarioException(label, 0, 0, "sets", "the posterior has no parameters or no sets."
                    + " Fix: give a posterior.json written by 'senesim calibrate'");
        }
        double[] w = new double[sets.size()];
        double[][] v = new double[sets.size()][ids.size()];
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            JsonNode s = sets.get(i);
            w[i] = s.path("weight").asDouble(Double.NaN);
            if (!(w[i] > 0) || s.path("values").size() != ids.size()) {
                throw new ScenarioException(label, 0, 0, "sets[" + (i + 1) + "]", "needs a positive weight and "
                        + ids.size() + " values. Fix: give a posterior.json written by 'senesim calibrate'");
            }
            for (int p = 0; p < ids.size(); p++) {
                v[i][p] = s.path("values").get(p).asDouble(Double.NaN);
                if (!registry.get(ids.get(p)).inRange(v[i][p])) {
                    throw new ScenarioException(label, 0, 0, "sets[" + (i + 1) + "]", ids.get(p) + " = " + v[i][p]
                            + " lies outside its plausible range. Fix: recalibrate with this build's registry");
                }
            }
            total += w[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= total;
        }
        ObjectNode prov = n.path("provenance").isObject() ? (ObjectNode) n.get("provenance") : JSON.createObjectNode();
        return new Posterior(ids, held, w, v, prov);
    }
}
