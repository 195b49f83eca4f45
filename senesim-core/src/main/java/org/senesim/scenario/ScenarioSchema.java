package org.senesim.scenario;

import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.Parameter;
import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Schema.ChoiceSpec;
import org.senesim.scenario.Schema.Field;
import org.senesim.scenario.Schema.ListSpec;
import org.senesim.scenario.Schema.MapSpec;
import org.senesim.scenario.Schema.NumberSpec;
import org.senesim.scenario.Schema.QuantitySpec;
import org.senesim.scenario.Schema.RawMapListSpec;
import org.senesim.scenario.Schema.Spec;
import org.senesim.scenario.Schema.TextSpec;
import org.senesim.scenario.Schema.Where;
import org.senesim.scenario.ScenarioNode.MapNode;
import org.senesim.scenario.ScenarioNode.ScalarNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The scenario file format as data: every key, its type, range, unit, default and an example line.
 * {@code docs/scenario.md} documents the same table; a test checks that every key here is there.
 */
final class ScenarioSchema {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");
    static final double MAX_HUMAN_AGE_YEARS = 110.0;
    static final List<Double> DEFAULT_SNAPSHOTS = List.of(40.0, 60.0, 80.0);

    /** Keys of a parameter written as a sub-map; all but {@code value} are informational. */
    static final List<String> PARAMETER_KEYS = List.of("value", "unit", "origin", "tier", "source", "doi", "meaning");

    private ScenarioSchema() {
    }

    static MapSpec root(Map<String, Parameter> registry) {
        return new MapSpec("a scenario", List.of(
                new Field("name", new TextSpec("a name made of letters, digits, '.', '_' or '-'", NAME),
                        null, "name: my-run", "short name; default: the file name without extension"),
                new Field("description", new TextSpec("free text", null), "",
                        "description: smoker from 40, no sunscreen", "free text"),
                new Field("seed", NumberSpec.whole("a whole number", 0, Double.POSITIVE_INFINITY), 1L,
                        "seed: 42", "root seed of the random streams"),
                new Field("duration", new QuantitySpec("a duration", Units.DAY, Units.YEAR, Units.YEAR,
                        0, true, Species.HUMAN.maxAgeYears()), 60 * Units.DAYS_PER_YEAR,
                        "duration: 60 years", "simulated time"),
                new Field("person", person(), null, "person: {species: human, age: 20 years}",
                        "who is simulated"),
                new Field("tissue", tissue(), null, "tissue: {dimension: 3D, voxel: 20 um}",
                        "the skin patch"),
                new Field("outputs", outputs(), null, "outputs: {every: 30 days}", "what is recorded"),
                new Field("parameters", new ParametersSpec(registry), Map.of(),
                        "parameters: {area.parameter.id: 0.5}", "registry overrides"),
                new Field("evidence", evidence(), null, "evidence: {min_tier: animal}", "evidence filter"),
                new Field("protocol", new RawMapListSpec("intervention entries"), List.of(),
                        "protocol: []", "interventions, checked against the intervention catalog"),
                new Field("experiments", new Schema.MapListSpec("experiment entries", experiment()), List.of(),
                        "experiments: [{inject: 1.0e6, into: skin, at: 30 years}]",
                        "senescent cells injected at given ages")));
    }

    /** One injection of senescent cells, as in the transplant studies. */
    private static MapSpec experiment() {
        Map<String, Object> targets = new LinkedHashMap<>();
        for (String t : Experiment.TARGETS) {
            targets.put(t, t);
        }
        return new MapSpec("an experiment", List.of(
                new Field("inject", NumberSpec.of("a number of senescent cells", 1, 1e12), Field.REQUIRED,
                        "inject: 1.0e6", "senescent cells injected"),
                new Field("into", new ChoiceSpec("an organ", targets), Field.REQUIRED,
                        "into: skin", "organ, or body for all organs"),
                new Field("at", QuantitySpec.AGE, Field.REQUIRED, "at: 30 years", "age at the injection")));
    }

    private static MapSpec person() {
        return new MapSpec("the person", List.of(
                new Field("species", new ChoiceSpec("a species", Schema.choices(Species.values(), Species::id)),
                        Species.HUMAN, "species: human", "human or mouse"),
                new Field("sex", new ChoiceSpec("a sex", Schema.choices(Sex.values(), Sex::id)),
                        Sex.FEMALE, "sex: female", "female or male"),
                new Field("age", new QuantitySpec("an age", Units.YEAR, Units.YEAR, Units.YEAR,
                        0, false, MAX_HUMAN_AGE_YEARS), 20.0, "age: 20 years", "age at the start"),
                new Field("fitzpatrick", NumberSpec.whole("a Fitzpatrick skin type", 1, 6), 2L,
                        "fitzpatrick: 2", "skin type, human only"),
                new Field("latitude", new QuantitySpec("a latitude in degrees", Units.DEGREE, Units.DEGREE,
                        Units.DEGREE, -90, false, 90), 45.0, "latitude: 45", "degrees north (negative: south)"),
                new Field("outdoor_hours", NumberSpec.of("a number of hours per day outdoors", 0, 16), 1.5,
                        "outdoor_hours: 1.5", "hours per day"),
                new Field("sunscreen_spf", NumberSpec.zeroOr("a sun protection factor", 1, 100), 0.0,
                        "sunscreen_spf: 30", "0 = none"),
                new Field("sunscreen_adherence", NumberSpec.of("a fraction of outdoor time protected", 0, 1), 0.0,
                        "sunscreen_adherence: 0.5", "fraction of outdoor time"),
                new Field("smoking", NumberSpec.of("a number of packs per day", 0, 5), 0.0,
                        "smoking: 0.5", "packs per day"),
                new Field("alcohol", NumberSpec.of("a number of drinks per week", 0, 100), 0.0,
                        "alcohol: 7", "drinks per week"),
                new Field("diet", new ChoiceSpec("a diet", Schema.choices(Diet.values(), Diet::id)),
                        Diet.BALANCED, "diet: mediterranean", "diet class")));
    }

    private static MapSpec tissue() {
        Map<String, Object> dims = new LinkedHashMap<>();
        dims.put("2D", Boolean.FALSE);
        dims.put("3D", Boolean.TRUE);
        QuantitySpec length = new QuantitySpec("a length", Units.MICROMETRE, null, Units.MICROMETRE,
                0, true, Double.POSITIVE_INFINITY);
        return new MapSpec("the tissue patch", List.of(
                new Field("dimension", new ChoiceSpec("a dimension", dims), Boolean.TRUE,
                        "dimension: 3D", "2D cross-section or 3D block"),
                new Field("size", new ListSpec(length, 2, 3), List.of(1000.0, 1000.0, 1200.0),
                        "size: [1 mm, 1 mm, 1.2 mm]", "x, y, depth"),
                new Field("voxel", new QuantitySpec("a voxel edge", Units.MICROMETRE, null, Units.MICROMETRE,
                        5, false, 100), 20.0, "voxel: 20 um", "voxel edge")));
    }

    private static MapSpec outputs() {
        QuantitySpec age = new QuantitySpec("an age", Units.YEAR, Units.YEAR, Units.YEAR,
                0, false, Species.HUMAN.maxAgeYears());
        return new MapSpec("the outputs", List.of(
                new Field("every", new QuantitySpec("an interval", Units.DAY, null, Units.DAY,
                        1, false, Double.POSITIVE_INFINITY), 30.0, "every: 30 days", "time-series interval"),
                new Field("snapshots", new ListSpec(age, 0, Integer.MAX_VALUE), DEFAULT_SNAPSHOTS,
                        "snapshots: [40, 60, 80]", "ages of tissue snapshots")));
    }

    private static MapSpec evidence() {
        return new MapSpec("the evidence settings", List.of(
                new Field("min_tier", new ChoiceSpec("an evidence tier",
                        Schema.choices(EvidenceTier.values(), EvidenceTier::id)), null,
                        "min_tier: animal", "weakest tier kept")));
    }

    /** {@code id: number}, or {@code id: {value: number, unit: ..., origin: ...}} as the resolved writer emits. */
    static final class ParametersSpec extends Spec {
        private final Map<String, Parameter> registry;

        ParametersSpec(Map<String, Parameter> registry) {
            this.registry = registry;
        }

        @Override
        String expected() {
            return "a map from registry parameter ids to numbers";
        }

        @Override
        boolean emptyMeansDefault() {
            return true;
        }

        @Override
        Object read(ScenarioNode node, Where where) {
            if (!(node instanceof MapNode map)) {
                throw where.fail("expected " + expected() + ", got " + node.describe()
                        + ". Fix: write one 'parameter.id: value' per line, indented under 'parameters:'");
            }
            Map<String, Double> out = new LinkedHashMap<>();
            for (MapNode.Entry e : map.entries()) {
                String id = e.name();
                String path = where.key() + "." + id;
                Parameter p = registry.get(id);
                if (p == null) {
                    String mean = Suggest.didYouMean(id, registry.keySet());
                    String known = registry.isEmpty() ? " The parameter registry is empty."
                            : " The registry has " + registry.size() + " parameters, named area.name"
                            + (mean.isEmpty() ? ", e.g. '" + registry.keySet().iterator().next() + "'" : "") + ".";
                    throw ScenarioException.at(e.key(), path, "unknown parameter id '" + id + "'"
                            + (mean.isEmpty() ? "." : mean) + known
                            + " Fix: use an id from the registry (the parameters section of a resolved scenario lists them all).");
                }
                String example = id + ": " + Units.formatNumber(p.defaultValue());
                Where w = new Where(path, e.key(), example);
                out.put(id, value(p, e.value(), w));
            }
            return out;
        }

        private static Double value(Parameter p, ScenarioNode node, Where w) {
            ScalarNode valueNode;
            Where vw = w;
            if (node instanceof MapNode sub) {
                for (MapNode.Entry e : sub.entries()) {
                    if (!PARAMETER_KEYS.contains(e.name())) {
                        String mean = Suggest.didYouMean(e.name(), PARAMETER_KEYS);
                        throw ScenarioException.at(e.key(), w.key() + "." + e.name(), "unknown key '" + e.name()
                                + "'" + (mean.isEmpty() ? "." : mean) + " Allowed keys in a parameter entry: "
                                + String.join(", ", PARAMETER_KEYS) + " (only value is used).");
                    }
                }
                if (!sub.has("value")) {
                    throw w.fail("a parameter written as a map needs a 'value' key. Fix: write e.g. \""
                            + w.example() + "\" or add 'value: " + Units.formatNumber(p.defaultValue()) + "'");
                }
                vw = new Where(w.key() + ".value", sub.keyNode("value"), "value: " + Units.formatNumber(p.defaultValue()));
                checkUnit(p, sub, w);
                checkChoice(sub, "origin", originWords(), w);
                checkChoice(sub, "tier", tierWords(), w);
                if (!(sub.get("value") instanceof ScalarNode s) || s.isNull()) {
                    throw vw.fail("expected a number " + range(p) + ", got " + sub.get("value").describe());
                }
                valueNode = s;
            } else if (node instanceof ScalarNode s && !s.isNull()) {
                valueNode = s;
            } else {
                throw w.fail("expected a number " + range(p) + ", got " + node.describe());
            }
            Double v = valueNode.kind() == ScalarNode.Kind.BOOLEAN ? null : valueNode.number();
            if (v == null || !Double.isFinite(v)) {
                throw vw.fail("expected a number " + range(p) + ", got " + valueNode.describe()
                        + (Units.split(valueNode.text()) != null
                        ? " (write the number alone, in the registry unit " + p.unit() + ")" : ""));
            }
            if (!p.inRange(v) && Double.compare(v, p.neutral()) != 0) {
                // The neutral value (effect off, as an evidence filter sets it) is allowed even
                // outside the plausible range, so a filtered resolved scenario loads back.
                throw vw.fail("expected a number " + range(p) + ", got " + valueNode.text() + " (out of range)");
            }
            return v;
        }

        private static String range(Parameter p) {
            String unit = "1".equals(p.unit()) ? "" : " " + p.unit();
            return "between " + Units.formatNumber(p.min()) + " and " + Units.formatNumber(p.max()) + unit
                    + " (registry range; default " + Units.formatNumber(p.defaultValue()) + unit + ")";
        }

        private static void checkUnit(Parameter p, MapNode sub, Where w) {
            ScenarioNode u = sub.get("unit");
            if (u == null || (u instanceof ScalarNode s && s.isNull())) {
                return;
            }
            if (!(u instanceof ScalarNode s) || !s.text().strip().equals(p.unit())) {
                throw ScenarioException.at(sub.keyNode("unit"), w.key() + ".unit", "unit " + u.describe()
                        + " is not the registry unit \"" + p.unit() + "\". Fix: convert the value to "
                        + p.unit() + " and write 'unit: \"" + p.unit() + "\"', or remove the unit line.");
            }
        }

        private static void checkChoice(MapNode sub, String key, List<String> allowed, Where w) {
            ScenarioNode n = sub.get(key);
            if (n == null || (n instanceof ScalarNode s && s.isNull())) {
                return;
            }
            if (!(n instanceof ScalarNode s) || !allowed.contains(s.text().strip().toLowerCase(Locale.ROOT))) {
                throw ScenarioException.at(sub.keyNode(key), w.key() + "." + key, "expected one of "
                        + String.join(", ", allowed) + ", got " + n.describe() + ". Fix: use one of these or remove the line.");
            }
        }

        static List<String> originWords() {
            List<String> words = new ArrayList<>();
            for (ParameterSet.Origin o : ParameterSet.Origin.values()) {
                words.add(originWord(o));
            }
            return words;
        }

        static String originWord(ParameterSet.Origin o) {
            return o.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static List<String> tierWords() {
            List<String> words = new ArrayList<>();
            for (EvidenceTier t : EvidenceTier.values()) {
                words.add(t.id());
            }
            return words;
        }
    }
}
