package org.senesim.scenario;

import org.senesim.evidence.Parameter;
import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.ScenarioNode.ListNode;
import org.senesim.scenario.ScenarioNode.MapNode;
import org.senesim.scenario.ScenarioNode.ScalarNode;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * Writes the scenario a run actually used: every default filled in and every registry parameter
 * pinned to its resolved value, with unit, origin, evidence tier and source. The result is a valid
 * scenario file: {@code ScenarioLoader.parse(toYaml(s, p), ...)} gives back {@code s}, except that
 * every parameter is then an override (so a rerun uses these values even if the registry changes).
 */
public final class ResolvedScenarioWriter {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9._/-]*");
    private static final Set<String> YAML_WORDS = Set.of("true", "false", "yes", "no", "on", "off", "y", "n",
            "null", "~");

    private ResolvedScenarioWriter() {
    }

    /** The resolved scenario as YAML text: {@code parameters} lists every registry parameter and its value. */
    public static String toYaml(Scenario s, ParameterSet parameters) {
        return toYaml(s, parameters.registry().all(), parameters::get, parameters::origin);
    }

    /** As {@link #toYaml(Scenario, ParameterSet)} for any list of parameters (tests use their own registry). */
    static String toYaml(Scenario s, Collection<Parameter> registry, ToDoubleFunction<String> value,
                         Function<String, ParameterSet.Origin> origin) {
        StringBuilder y = new StringBuilder();
        y.append("# Senesim resolved scenario: every default filled in, every registry parameter pinned.\n");
        y.append("# It loads back as a scenario; 'origin' says where each value came from.\n");
        if (s.source() != null) {
            y.append("# Read from ").append(oneLine(s.source().toString())).append('\n');
        }
        y.append("name: ").append(s.name()).append('\n');
        y.append("description: ").append(quote(s.description())).append('\n');
        y.append("seed: ").append(s.seed()).append('\n');
        y.append("duration: ").append(Units.format(s.durationDays(), Units.DAY, Units.YEAR, Units.WEEK, Units.DAY))
                .append('\n');

        Person p = s.person();
        y.append("person:\n");
        y.append("  species: ").append(p.species().id()).append('\n');
        y.append("  sex: ").append(p.sex().id()).append('\n');
        y.append("  age: ").append(Units.formatNumber(p.ageYears())).append(" years\n");
        y.append("  fitzpatrick: ").append(p.fitzpatrick()).append('\n');
        y.append("  latitude: ").append(Units.formatNumber(p.latitudeDegrees())).append('\n');
        y.append("  outdoor_hours: ").append(Units.formatNumber(p.outdoorHoursPerDay())).append('\n');
        y.append("  sunscreen_spf: ").append(Units.formatNumber(p.sunscreenSpf())).append('\n');
        y.append("  sunscreen_adherence: ").append(Units.formatNumber(p.sunscreenAdherence())).append('\n');
        y.append("  smoking: ").append(Units.formatNumber(p.smokingPacksPerDay())).append('\n');
        y.append("  alcohol: ").append(Units.formatNumber(p.alcoholDrinksPerWeek())).append('\n');
        y.append("  diet: ").append(p.diet().id()).append('\n');

        TissueSpec t = s.tissue();
        y.append("tissue:\n");
        y.append("  dimension: ").append(t.threeD() ? "3D" : "2D").append('\n');
        y.append("  size: [").append(length(t.widthUm()));
        if (t.threeD()) {
            y.append(", ").append(length(t.lengthUm()));
        }
        y.append(", ").append(length(t.depthUm())).append("]  # ").append(t.nx()).append(" x ").append(t.ny())
                .append(" x ").append(t.nz()).append(" voxels\n");
        y.append("  voxel: ").append(Units.format(t.voxelUm(), Units.MICROMETRE, Units.MICROMETRE)).append('\n');

        Outputs o = s.outputs();
        y.append("outputs:\n");
        y.append("  every: ").append(Units.format(o.everyDays(), Units.DAY, Units.DAY)).append('\n');
        y.append("  snapshots: [");
        for (int i = 0; i < o.snapshotAgesYears().size(); i++) {
            y.append(i == 0 ? "" : ", ").append(Units.formatNumber(o.snapshotAgesYears().get(i)));
        }
        y.append("]  # ages in years\n");

        if (s.minTier() == null) {
            y.append("evidence: {}  # no min_tier: effects resting on every evidence tier are on\n");
        } else {
            y.append("evidence:\n  min_tier: ").append(s.minTier().id()).append('\n');
        }

        writeParameters(y, registry, value, origin);

        if (s.protocol().written().isEmpty()) {
            y.append("protocol: []\n");
        } else {
            y.append("protocol:\n");
            for (String line : s.protocol().written()) {
                y.append("  - ").append(line).append('\n');
            }
        }
        if (!s.experiments().isEmpty()) {
            y.append("experiments:\n");
            for (Experiment e : s.experiments()) {
                y.append("  - ").append(e.written()).append('\n');
            }
        }
        return y.toString();
    }

    private static void writeParameters(StringBuilder y, Collection<Parameter> registry, ToDoubleFunction<String> value,
                                        Function<String, ParameterSet.Origin> originOf) {
        if (registry.isEmpty()) {
            y.append("parameters: {}  # the parameter registry is empty\n");
            return;
        }
        y.append("parameters:  # every registry parameter with the value this run used\n");
        for (Parameter p : registry) {
            y.append("  # ").append(oneLine(p.meaning())).append('\n');
            y.append("  ").append(key(p.id())).append(":\n");
            y.append("    value: ").append(Units.formatNumber(value.applyAsDouble(p.id()))).append('\n');
            y.append("    unit: ").append(quote(p.unit())).append('\n');
            ParameterSet.Origin origin = originOf.apply(p.id());
            y.append("    origin: ").append(origin == null ? "registry"
                    : ScenarioSchema.ParametersSpec.originWord(origin)).append('\n');
            y.append("    tier: ").append(p.tier().id()).append('\n');
            y.append("    source: ").append(quote(p.source())).append('\n');
            if (p.doi() != null && !p.doi().isBlank()) {
                y.append("    doi: ").append(quote(p.doi())).append('\n');
            }
        }
    }

    private static String length(double um) {
        return Units.format(um, Units.MICROMETRE, Units.MILLIMETRE, Units.MICROMETRE);
    }

    /** A node as one line of YAML flow style that reads back to an equal node. */
    static String flow(ScenarioNode n) {
        if (n instanceof MapNode m) {
            StringBuilder sb = new StringBuilder("{");
            List<MapNode.Entry> entries = m.entries();
            for (int i = 0; i < entries.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(key(entries.get(i).name())).append(": ")
                        .append(flow(entries.get(i).value()));
            }
            return sb.append('}').toString();
        }
        if (n instanceof ListNode l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(flow(l.get(i)));
            }
            return sb.append(']').toString();
        }
        ScalarNode s = (ScalarNode) n;
        switch (s.kind()) {
            case NULL:
                return "null";
            case STRING:
                return quote(s.text());
            default:
                return s.text();
        }
    }

    private static String key(String k) {
        return PLAIN.matcher(k).matches() && !YAML_WORDS.contains(k.toLowerCase(Locale.ROOT)) ? k : quote(k);
    }

    /** YAML double-quoted string (JSON escapes are valid YAML escapes). */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
