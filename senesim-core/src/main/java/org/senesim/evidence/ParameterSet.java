package org.senesim.evidence;

import org.senesim.random.CounterRandom;
import org.senesim.random.RandomStreams;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter values one run uses: registry defaults, replaced where a scenario overrides them.
 * Model components read their values once, at construction, into plain fields; nothing looks a
 * parameter up on the hot path.
 */
public final class ParameterSet {

    /** Where a resolved value came from. */
    public enum Origin { REGISTRY, SCENARIO, SAMPLED, EVIDENCE_FILTER }

    private final ParameterRegistry registry;
    private final Map<String, Double> values;
    private final Map<String, Origin> origins;

    private ParameterSet(ParameterRegistry registry, Map<String, Double> values, Map<String, Origin> origins) {
        this.registry = registry;
        this.values = Collections.unmodifiableMap(values);
        this.origins = Collections.unmodifiableMap(origins);
    }

    /**
     * Defaults plus overrides. Ids must exist (the scenario validator reports unknown ids with their
     * location before this is called; here an unknown id is a programming error).
     */
    public static ParameterSet of(ParameterRegistry registry, Map<String, Double> overrides) {
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, Origin> origins = new LinkedHashMap<>();
        for (Parameter p : registry.all()) {
            values.put(p.id(), p.defaultValue());
            origins.put(p.id(), Origin.REGISTRY);
        }
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            registry.get(e.getKey());
            values.put(e.getKey(), e.getValue());
            origins.put(e.getKey(), Origin.SCENARIO);
        }
        return new ParameterSet(registry, values, origins);
    }

    /** A copy with some values replaced and their origin recorded. */
    public ParameterSet with(Map<String, Double> replacements, Origin origin) {
        Map<String, Double> v = new LinkedHashMap<>(values);
        Map<String, Origin> o = new LinkedHashMap<>(origins);
        for (Map.Entry<String, Double> e : replacements.entrySet()) {
            registry.get(e.getKey());
            v.put(e.getKey(), e.getValue());
            o.put(e.getKey(), origin);
        }
        return new ParameterSet(registry, v, o);
    }

    /**
     * A copy in which every parameter resting on evidence weaker than {@code minimum} takes its
     * registry {@code neutral} value (origin {@link Origin#EVIDENCE_FILTER}), so the effects it drives
     * switch off. The filter wins over scenario overrides: a tier cut is a claim about which evidence
     * the prediction may rest on. A parameter already at its neutral value keeps its origin. A null
     * minimum returns this set unchanged.
     */
    public ParameterSet withMinimumTier(EvidenceTier minimum) {
        if (minimum == null) {
            return this;
        }
        Map<String, Double> neutral = new LinkedHashMap<>();
        for (Parameter p : registry.all()) {
            if (!p.tier().atLeast(minimum) && Double.compare(values.get(p.id()), p.neutral()) != 0) {
                neutral.put(p.id(), p.neutral());
            }
        }
        return neutral.isEmpty() ? this : with(neutral, Origin.EVIDENCE_FILTER);
    }

    /**
     * A copy with the registry parameters drawn for uncertainty sample {@code sample} (1, 2, …):
     * every parameter that still has its registry value (origin {@link Origin#REGISTRY}) and a
     * distribution other than {@link Distribution#FIXED} takes
     * {@code distribution.quantile(u, min, default, max)} (origin {@link Origin#SAMPLED}). Values
     * the scenario set and values an evidence filter neutralised stay as they are; to keep the
     * filter's promise for parameters whose default already was neutral, apply
     * {@link #withMinimumTier} again afterwards ({@link #sampledThenFiltered}).
     *
     * <p>u comes from {@link CounterRandom} keyed by (seed, {@link RandomStreams#PARAMETER_SAMPLING},
     * step = sample, entity = {@link #samplingEntity(String)} of the id, draw 0), so a parameter's
     * draw depends on its id only, never on its position in the registry: adding a parameter never
     * shifts the others' draws.
     */
    public ParameterSet sampled(long seed, int sample) {
        long key = CounterRandom.key(seed, RandomStreams.PARAMETER_SAMPLING, sample);
        Map<String, Double> drawn = new LinkedHashMap<>();
        for (Parameter p : registry.all()) {
            if (origins.get(p.id()) != Origin.REGISTRY || p.distribution() == Distribution.FIXED) {
                continue;
            }
            double u = CounterRandom.uniform(key, samplingEntity(p.id()), 0);
            drawn.put(p.id(), p.distribution().quantile(u, p.min(), p.defaultValue(), p.max()));
        }
        return drawn.isEmpty() ? this : with(drawn, Origin.SAMPLED);
    }

    /**
     * Sample {@code sample} of this set, then the evidence filter at {@code minimum} (null: none):
     * what a run of an uncertainty sample uses. Parameters the filter neutralises stay neutral
     * whatever was drawn for them.
     */
    public ParameterSet sampledThenFiltered(long seed, int sample, EvidenceTier minimum) {
        return sampled(seed, sample).withMinimumTier(minimum);
    }

    /**
     * The random-stream entity of a parameter: the 64-bit FNV-1a hash of its id's UTF-8 bytes,
     * stable across registry edits, JDKs and machines.
     */
    public static long samplingEntity(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Ids set to their neutral value by an evidence filter, in registry order. */
    public List<String> neutralised() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Origin> e : origins.entrySet()) {
            if (e.getValue() == Origin.EVIDENCE_FILTER) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** The resolved value of a registry id. */
    public double get(String id) {
        Double v = values.get(id);
        if (v == null) {
            throw new IllegalArgumentException("no parameter '" + id + "' in the registry");
        }
        return v;
    }

    public Origin origin(String id) {
        return origins.get(id);
    }

    public ParameterRegistry registry() {
        return registry;
    }

    /** All resolved values in registry order. */
    public Map<String, Double> values() {
        return values;
    }
}
