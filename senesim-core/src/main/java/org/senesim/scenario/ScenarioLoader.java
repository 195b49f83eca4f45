package org.senesim.scenario;

import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.Parameter;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.scenario.Schema.Values;
import org.senesim.scenario.Schema.Where;
import org.senesim.scenario.ScenarioNode.ListNode;
import org.senesim.scenario.ScenarioNode.MapNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads scenario files: YAML into located nodes, nodes against {@link ScenarioSchema}, then the
 * checks that involve several keys (age limits of the species, snapshot ages inside the run, grid
 * size). Every problem is a {@link ScenarioException} with file, line, column, key and a fix.
 *
 * <p>Parameter overrides are checked against a parameter registry: the built-in one unless another
 * is given.
 */
public final class ScenarioLoader {

    /** Class-path resource of the built-in default scenario. */
    public static final String DEFAULT_RESOURCE = "/org/senesim/scenario/default.yaml";

    private static final double EPS = 1e-9;
    /** Largest scenario read: real ones are a few kilobytes; checked before reading, so a huge file fails at once. */
    public static final long MAX_FILE_BYTES = 1L << 20;

    private ScenarioLoader() {
    }

    /** Reads a scenario file, checking overrides against the built-in registry. */
    public static Scenario load(Path file) {
        return load(file, ParameterRegistry.builtIn());
    }

    /** Reads a scenario file, checking overrides against {@code registry}. */
    public static Scenario load(Path file, ParameterRegistry registry) {
        return load(file, byId(registry.all()));
    }

    static Scenario load(Path file, Map<String, Parameter> registry) {
        String label = file.toString();
        String text;
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(label, 0, 0, "", "this is a directory, not a scenario file "
                        + "(no line to point at). Fix: give the path of a .yaml file.");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ScenarioException(label, 0, 0, "", "the file has " + size + " bytes, more than the "
                        + MAX_FILE_BYTES + " a scenario may have (no line to point at: it was not read). Fix: give the "
                        + "scenario file itself; scenarios are a few kilobytes.");
            }
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new ScenarioException(label, 0, 0, "", "no such file (no line to point at: the file could not "
                    + "be opened; working directory " + Path.of("").toAbsolutePath() + "). Fix: check the path.", e);
        } catch (AccessDeniedException e) {
            throw new ScenarioException(label, 0, 0, "", "permission denied (no line to point at: the file could "
                    + "not be read). Fix: make the file readable.", e);
        } catch (CharacterCodingException e) {
            throw new ScenarioException(label, 0, 0, "", "the file is not UTF-8 text (no line to point at). "
                    + "Fix: save it as UTF-8.", e);
        } catch (IOException e) {
            throw new ScenarioException(label, 0, 0, "", "cannot read the file (no line to point at): "
                    + e.getMessage() + ".", e);
        }
        return parse(text, label, file, registry);
    }

    /** The built-in default scenario ({@code default-human}), which holds every default value. */
    public static Scenario builtInDefault() {
        try (InputStream in = ScenarioLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("built-in scenario " + DEFAULT_RESOURCE + " is missing from the build");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse(text, DEFAULT_RESOURCE.substring(1), null, byId(ParameterRegistry.builtIn().all()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in scenario " + DEFAULT_RESOURCE, e);
        }
    }

    /**
     * Parses scenario text; {@code fileLabel} is used in messages and, without its extension, as the
     * default name. The result has no source path.
     */
    public static Scenario parse(String text, String fileLabel) {
        return parse(text, fileLabel, ParameterRegistry.builtIn());
    }

    /**
     * A scenario file's text as it was read from {@code file} (a run continued from its checkpoint,
     * which keeps the text): the same scenario {@link #load(Path)} gave, without reading the file again.
     */
    public static Scenario parse(String text, Path file) {
        return parse(text, file.toString(), file, byId(ParameterRegistry.builtIn().all()));
    }

    /** As {@link #parse(String, String)}, checking overrides against {@code registry}. */
    public static Scenario parse(String text, String fileLabel, ParameterRegistry registry) {
        return parse(text, fileLabel, null, byId(registry.all()));
    }

    /** Reads a whole scenario from text against a registry given as parameters by id. */
    static Scenario parse(String text, String fileLabel, Path source, Map<String, Parameter> registry) {
        if (text.length() > MAX_FILE_BYTES) {
            throw new ScenarioException(fileLabel, 0, 0, "", "the scenario text has " + text.length() + " characters, "
                    + "more than the " + MAX_FILE_BYTES + " a scenario may have. Fix: scenarios are a few kilobytes.");
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        ScenarioNode root = YamlTreeReader.read(body, fileLabel);
        Schema.MapSpec schema = ScenarioSchema.root(registry);
        if (root == null) {
            throw new ScenarioException(fileLabel, 1, 1, "", "the file is empty (no YAML keys, only blank lines "
                    + "or comments). Fix: write at least one key, e.g. \"name: my-run\"; every other key has a default.");
        }
        if (!(root instanceof MapNode)) {
            throw ScenarioException.at(root, "", "a scenario must be a map of keys ("
                    + String.join(", ", schema.fields().keySet()) + "), got " + root.describe()
                    + ". Fix: write one 'key: value' per line, starting at column 1.");
        }
        Values v = schema.read(root, new Where("", root, null));
        return build(v, fileLabel, source);
    }

    static Map<String, Parameter> byId(Collection<Parameter> parameters) {
        Map<String, Parameter> m = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            m.put(p.id(), p);
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Scenario build(Values v, String label, Path source) {
        String name = v.given("name") ? (String) v.get("name") : defaultName(label);
        double durationDays = v.number("duration");
        Person person = person(v.map("person"));
        checkLifespan(v, person, durationDays);
        TissueSpec tissue = tissue(v.map("tissue"));
        Outputs outputs = outputs(v.map("outputs"), person.ageYears(), person.ageYears() + durationDays / Units.DAYS_PER_YEAR);
        Map<String, Double> overrides = (Map<String, Double>) v.get("parameters");
        EvidenceTier minTier = (EvidenceTier) v.map("evidence").get("min_tier");
        Protocol protocol = protocol((List<ScenarioNode>) v.get("protocol"), person.ageYears(), durationDays);
        List<Experiment> experiments = experiments((List<Values>) v.get("experiments"), person.ageYears(),
                person.ageYears() + durationDays / Units.DAYS_PER_YEAR);
        return new Scenario(name, (String) v.get("description"), source, ((Number) v.get("seed")).longValue(),
                durationDays, person, tissue, outputs, overrides, minTier, protocol, experiments);
    }

    /** The protocol checked against the built-in intervention catalog, with its written form. */
    private static Protocol protocol(List<ScenarioNode> items, double startAge, double durationDays) {
        if (items.isEmpty()) {
            return Protocol.NONE;
        }
        List<String> written = new ArrayList<>();
        for (ScenarioNode n : items) {
            written.add(ResolvedScenarioWriter.flow(n));
        }
        return ProtocolParser.read(items, Catalog.builtIn(), startAge, durationDays).withWritten(written);
    }

    /** Injections, each at an age inside the run, in file order. */
    private static List<Experiment> experiments(List<Values> items, double startAge, double endAge) {
        List<Experiment> out = new ArrayList<>();
        for (Values e : items) {
            double age = e.number("at");
            if (age < startAge || age > endAge) {
                throw e.where("at", "at: " + fmt(startAge) + " years").fail("age " + fmt(age)
                        + " years lies outside the run, which goes from age " + fmt(startAge) + " to " + fmt(endAge)
                        + " years");
            }
            out.add(new Experiment(e.number("inject"), (String) e.get("into"), age,
                    ResolvedScenarioWriter.flow(e.mapNode())));
        }
        return out;
    }

    /** File name without directories and extension, reduced to the characters a name allows. */
    static String defaultName(String label) {
        String base = label.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("[^A-Za-z0-9._-]+", "-");
        return base.isEmpty() ? "scenario" : base;
    }

    private static Person person(Values p) {
        return new Person((Species) p.get("species"), (Sex) p.get("sex"), p.number("age"),
                ((Number) p.get("fitzpatrick")).intValue(), p.number("latitude"), p.number("outdoor_hours"),
                p.number("sunscreen_spf"), p.number("sunscreen_adherence"), p.number("smoking"),
                p.number("alcohol"), (Diet) p.get("diet"));
    }

    /** Start age and start age plus duration within what the species can reach. */
    private static void checkLifespan(Values v, Person person, double durationDays) {
        Values p = v.map("person");
        Species species = person.species();
        double max = species.maxAgeYears();
        double age = person.ageYears();
        if (age > max + EPS) {
            Where w = p.given("age") ? p.where("age", "age: 3 months") : p.where("species", "age: 3 months");
            throw w.fail("a " + species.id() + " scenario must start at an age of at most " + fmt(max) + " years, got "
                    + fmt(age) + " years" + (p.given("age") ? "" : " (the default age)"));
        }
        double years = durationDays / Units.DAYS_PER_YEAR;
        if (age + years > max + EPS) {
            String example = "duration: " + Units.formatNumber(Math.floor((max - age) * 100) / 100) + " years";
            Where w = v.given("duration") ? v.where("duration", example)
                    : p.given("age") ? p.where("age", example) : p.where("species", example);
            throw w.fail("start age " + fmt(age) + " years + duration " + fmt(years) + " years"
                    + (v.given("duration") ? "" : " (the default duration)") + " = " + fmt(age + years)
                    + " years, beyond the " + fmt(max) + " years a " + species.id() + " scenario may reach");
        }
    }

    @SuppressWarnings("unchecked")
    private static TissueSpec tissue(Values t) {
        boolean threeD = (Boolean) t.get("dimension");
        List<Double> size = (List<Double>) t.get("size");
        double voxel = t.number("voxel");
        String example = threeD ? "size: [1 mm, 1 mm, 1.2 mm]" : "size: [1 mm, 1.2 mm]";
        if (threeD && size.size() != 3) {
            throw t.where("size", example).fail("a 3D patch needs three sizes [x, y, depth], got "
                    + size.size() + (t.given("dimension") ? "" : " (dimension is 3D by default; write 'dimension: 2D' "
                    + "for a cross-section)"));
        }
        double width = size.get(0);
        double depth = size.get(size.size() - 1);
        double length = threeD ? size.get(1) : voxel;
        ScenarioNode sizeNode = t.node("size");
        int[] used = threeD ? new int[] {0, 1, 2} : new int[] {0, size.size() - 1};
        String[] axis = threeD ? new String[] {"x", "y", "depth"} : new String[] {"x", "depth"};
        for (int k = 0; k < used.length; k++) {
            int i = used[k];
            long n = Math.round(size.get(i) / voxel);
            if (n < TissueSpec.MIN_VOXELS_PER_AXIS) {
                Where w = sizeNode instanceof ListNode l
                        ? new Where("tissue.size[" + i + "]", l.get(i), example)
                        : t.where("voxel", "voxel: 20 um");
                throw w.fail("the " + axis[k] + " size " + fmt(size.get(i)) + " um is " + n + " voxel(s) of "
                        + fmt(voxel) + " um; each axis needs at least " + TissueSpec.MIN_VOXELS_PER_AXIS + " voxels");
            }
        }
        TissueSpec spec = new TissueSpec(threeD, width, length, depth, voxel);
        if (spec.voxelCount() > TissueSpec.MAX_VOXELS) {
            Where w = t.given("size") ? t.where("size", "voxel: 40 um") : t.where("voxel", "voxel: 40 um");
            throw w.fail("the grid would have " + spec.nx() + " x " + spec.ny() + " x " + spec.nz() + " = "
                    + spec.voxelCount() + " voxels, more than the limit of " + TissueSpec.MAX_VOXELS
                    + ". Fix: use a smaller patch or a coarser voxel, e.g. \"voxel: 40 um\"");
        }
        return spec;
    }

    @SuppressWarnings("unchecked")
    private static Outputs outputs(Values o, double startAge, double endAge) {
        List<Double> given = (List<Double>) o.get("snapshots");
        TreeSet<Double> ages = new TreeSet<>();
        if (o.given("snapshots")) {
            ScenarioNode node = o.node("snapshots");
            for (int i = 0; i < given.size(); i++) {
                double a = given.get(i);
                if (a < startAge - EPS || a > endAge + EPS) {
                    ScenarioNode at = node instanceof ListNode l ? l.get(i) : node;
                    throw new Where("outputs.snapshots[" + i + "]", at, "snapshots: [" + fmt(startAge) + ", "
                            + fmt(endAge) + "]").fail("snapshot age " + fmt(a) + " years lies outside the run, which goes from age "
                            + fmt(startAge) + " to " + fmt(endAge) + " years");
                }
                ages.add(a);
            }
        } else {
            for (double a : given) {
                if (a >= startAge - EPS && a <= endAge + EPS) {
                    ages.add(a);
                }
            }
        }
        return new Outputs(o.number("every"), new ArrayList<>(ages));
    }

    private static String fmt(double v) {
        double r = Math.round(v * 1e6) / 1e6;
        return Units.formatNumber(r);
    }
}
