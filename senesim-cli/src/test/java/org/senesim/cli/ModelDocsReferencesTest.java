package org.senesim.cli;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.Parameter;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/model.md and docs/interventions.md cite the code that implements each equation as
 * {@code ClassName.member} (and classes by name or by {@code org.senesim...} path). Every cited
 * class must exist in the sources and every cited member must be declared in it, so a rename or a
 * removal cannot leave the docs pointing at nothing.
 */
class ModelDocsReferencesTest {

    private static final List<String> DOCS = List.of("model.md", "interventions.md");

    /** {@code Class.member}: a capitalised identifier, a dot, an identifier. */
    private static final Pattern REFERENCE = Pattern.compile("\\b([A-Z][A-Za-z0-9]*)\\.([A-Za-z_][A-Za-z0-9_]*)\\b");
    /** A class name that cannot be an ordinary word: two or more capitalised humps. */
    private static final Pattern CAMEL = Pattern.compile("[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*");
    private static final Pattern QUALIFIED = Pattern.compile("\\borg\\.senesim\\.([a-z.]+)\\.([A-Z][A-Za-z0-9]*)\\b");
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern TYPE_DECLARATION = Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Z][A-Za-z0-9]*)");

    /** A bracketed span that is not a Markdown link: {@code [fibroblast.damage.baseline]}. */
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\]\\n]+)\\](?!\\()");
    /** A registry id, possibly with wildcards: {@code field.*.range}, {@code organism.weight.<organ>}. */
    private static final Pattern PARAMETER_ID = Pattern.compile("[a-z][a-z0-9_]*(?:\\.(?:[a-z0-9_]+|\\*|<[A-Za-z]+>)+)+");

    private static Path repositoryRoot() {
        Path doc = ParameterTableDocsTest.modelDoc().toAbsolutePath().normalize();
        return doc.getParent().getParent();
    }

    /** Every Java source file of every module (main and test), as paths with forward slashes. */
    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> slashes(p).contains("/src/") && !slashes(p).contains("/target/"))
                    .toList();
        }
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }

    /** Source text of every top-level and nested type, by simple name (main and test sources of every module). */
    private static Map<String, List<String>> typesByName(Path root) throws IOException {
        Map<String, List<String>> types = new HashMap<>();
        for (Path f : javaFiles(root)) {
            String text = Files.readString(f);
            Matcher m = TYPE_DECLARATION.matcher(text);
            while (m.find()) {
                types.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(text);
            }
        }
        return types;
    }

    /** Whether {@code member} is declared in a source text: a method, field, record component, enum constant or nested type. */
    static boolean declares(String source, String member) {
        String name = Pattern.quote(member);
        return Pattern.compile("\\b(?:class|interface|enum|record)\\s+" + name + "\\b").matcher(source).find()
                || Pattern.compile("[\\w>\\]]\\s+" + name + "\\s*[(=;,)]").matcher(source).find()
                || Pattern.compile("(?m)^\\s*" + name + "\\s*[,;(]").matcher(source).find();
    }

    /** The doc without its generated parameter table (its sources cite papers, not code). */
    private static String prose(String doc) {
        int from = doc.indexOf(ParameterTable.BEGIN);
        int to = doc.indexOf(ParameterTable.END);
        return from >= 0 && to > from ? doc.substring(0, from) + doc.substring(to) : doc;
    }

    private static List<String> problems(String docName, String text, Map<String, List<String>> types, Path root) {
        List<String> problems = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String type = m.group(1);
            String member = m.group(2);
            List<String> sources = types.get(type);
            if (sources == null) {
                if (CAMEL.matcher(type).matches()) {
                    problems.add(docName + ": `" + type + "." + member + "`: no class " + type + " in the sources");
                }
                continue;
            }
            if (sources.stream().noneMatch(s -> declares(s, member))) {
                problems.add(docName + ": `" + type + "." + member + "`: " + type + " declares no " + member);
            }
        }
        Matcher code = INLINE_CODE.matcher(text);
        while (code.find()) {
            String span = code.group(1).trim();
            if (CAMEL.matcher(span).matches() && !types.containsKey(span)) {
                problems.add(docName + ": `" + span + "`: no class " + span + " in the sources");
            }
        }
        Matcher q = QUALIFIED.matcher(text);
        while (q.find()) {
            String pkg = q.group(1).replace('.', '/');
            String relative = "org/senesim/" + pkg + "/" + q.group(2) + ".java";
            boolean found;
            try {
                found = javaFiles(root).stream().anyMatch(p -> slashes(p).endsWith("src/main/java/" + relative));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!found) {
                problems.add(docName + ": `" + q.group() + "`: no file " + relative);
            }
        }
        return problems;
    }

    @Test
    void everyClassAndMemberTheModelDocsCiteExists() throws IOException {
        Path root = repositoryRoot();
        Map<String, List<String>> types = typesByName(root);
        assertThat(types).containsKeys("Dermis", "TissuePatch", "OrganismEquations");
        List<String> problems = new ArrayList<>();
        int references = 0;
        for (String name : DOCS) {
            String text = prose(Files.readString(root.resolve("docs").resolve(name)));
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                references++;
            }
            problems.addAll(problems(name, text, types, root));
        }
        assertThat(references).as("references found in the docs").isGreaterThan(100);
        assertThat(problems).as("references in the docs to code that does not exist (fix the doc or the name)")
                .isEmpty();
    }

    /** Registry ids cited in brackets that match no parameter of the registry. */
    static List<String> unknownParameters(String docName, String text, List<String> ids) {
        List<String> problems = new ArrayList<>();
        Matcher m = BRACKETS.matcher(text);
        while (m.find()) {
            for (String part : m.group(1).split(",")) {
                String id = part.trim();
                if (!PARAMETER_ID.matcher(id).matches()) {
                    continue;
                }
                Pattern wildcard = Pattern.compile(Pattern.quote(id)
                        .replace("*", "\\E[a-z0-9_]+\\Q")
                        .replaceAll("<[A-Za-z]+>", "\\\\E[a-z0-9_]+\\\\Q"));
                if (ids.stream().noneMatch(i -> wildcard.matcher(i).matches())) {
                    problems.add(docName + ": [" + id + "] is no registry parameter");
                }
            }
        }
        return problems;
    }

    @Test
    void everyRegistryIdTheModelDocsCiteExists() throws IOException {
        Path root = repositoryRoot();
        List<String> ids = ParameterRegistry.builtIn().all().stream().map(Parameter::id).toList();
        List<String> problems = new ArrayList<>();
        int cited = 0;
        for (String name : DOCS) {
            String text = prose(Files.readString(root.resolve("docs").resolve(name)));
            Matcher m = BRACKETS.matcher(text);
            while (m.find()) {
                cited++;
            }
            problems.addAll(unknownParameters(name, text, ids));
        }
        assertThat(cited).as("bracketed registry ids in the docs").isGreaterThan(100);
        assertThat(problems).as("registry ids in the docs that the registry does not hold").isEmpty();
        assertThat(unknownParameters("t", "[fibroblast.damage.baseline] [field.*.range] [organism.weight.<organ>]", ids))
                .isEmpty();
        assertThat(unknownParameters("t", "[fibroblast.damage.baselines, stem.halving_age] [a.md](a.md)", ids))
                .containsExactly("t: [fibroblast.damage.baselines] is no registry parameter");
    }

    @Test
    void theCheckCatchesAMissingMemberAndAMissingClass() throws IOException {
        Path root = repositoryRoot();
        Map<String, List<String>> types = typesByName(root);
        assertThat(problems("t", "see `Dermis.sweep` and `FibroblastRules.repairAt`", types, root)).isEmpty();
        assertThat(problems("t", "see `Dermis.sweepAll`", types, root)).hasSize(1);
        assertThat(problems("t", "see `NoSuchRules.repairAt`", types, root)).hasSize(1);
        assertThat(problems("t", "see `NoSuchRules`", types, root)).hasSize(1);
        assertThat(problems("t", "see `org.senesim.tissue.NoSuchClass`", types, root)).hasSize(1);
        assertThat(declares("static double production(double a) {", "production")).isTrue();
        assertThat(declares("x = production(1.0);", "production")).isFalse();
    }
}
