package org.senesim.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every YAML snippet of README.md and docs/*.md loads with the loader of its format — a scenario
 * (protocol included), a trial ({@code population:}/{@code design:}), a calibration targets file
 * ({@code calibration:}) — so an example a user copies works (issue #17: docs/scenario.md's
 * {@code parameters:} example was rejected).
 */
class DocsSnippetsTest {

    static Path root() {
        for (Path p : new Path[] {Path.of(".."), Path.of(".")}) {
            if (Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("docs"))) {
                return p;
            }
        }
        throw new AssertionError("repository root not found from " + Path.of("").toAbsolutePath());
    }

    record Snippet(String file, int line, String text) {
    }

    static List<Snippet> snippets() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(root().resolve("README.md"));
        try (Stream<Path> docs = Files.list(root().resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<Snippet> out = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("```yaml")) {
                    int start = i + 1;
                    StringBuilder sb = new StringBuilder();
                    for (i = start; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                        sb.append(lines.get(i)).append('\n');
                    }
                    out.add(new Snippet(root().relativize(f).toString(), start, sb.toString()));
                }
            }
        }
        return out;
    }

    /** The format of a YAML snippet, from its top-level keys. */
    static String format(String yaml) {
        List<String> keys = yaml.lines().filter(l -> l.matches("^[a-z_]+:.*")).map(l -> l.substring(0, l.indexOf(':'))).toList();
        if (keys.contains("calibration") || keys.contains("targets")) {
            return "calibration targets";
        }
        if (keys.contains("population") || keys.contains("design") || keys.contains("endpoints")) {
            return "trial";
        }
        return "scenario";
    }

    @org.junit.jupiter.api.Test
    void noDocumentOrSourceCitesTheUnpublishedSeedFiles() throws IOException {
        List<Path> roots = List.of(root().resolve("README.md"), root().resolve("docs"), root().resolve("examples"),
                root().resolve("senesim-core/src/main/resources"));
        for (Path r : roots) {
            try (Stream<Path> s = Files.walk(r)) {
                for (Path f : s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(md|yaml|yml)$")).toList()) {
                    assertThat(Files.readString(f)).as(f + " cites seeds/, files this repository does not have; "
                            + "cite the published source").doesNotContain("seeds/0");
                }
            }
        }
    }

    /**
     * Issue #17, "the voxel and parameter counts are wrong": the numbers docs/scenario.md gives are
     * the loader's — the registry's size in its example error, the default patch's voxels, and the
     * voxels of its 1 cm² × 2 mm example (the old page said 100 parameters and 100 M voxels).
     */
    @org.junit.jupiter.api.Test
    void theCountsDocsScenarioGivesAreTheLoaders() throws IOException {
        String doc = Files.readString(root().resolve("docs/scenario.md"));
        String loaderSays;
        try {
            ScenarioLoader.parse("parameters:\n  organism.clearance.betta: 0.1\n", "counts.yaml");
            throw new AssertionError("an unknown parameter id loaded");
        } catch (org.senesim.scenario.ScenarioException e) {
            loaderSays = e.getMessage();
        }
        java.util.regex.Matcher registry = java.util.regex.Pattern.compile("The registry has (\\d+) parameters").matcher(loaderSays);
        assertThat(registry.find()).as(loaderSays).isTrue();
        java.util.regex.Matcher docRegistry = java.util.regex.Pattern.compile("The registry has (\\d+) parameters").matcher(doc);
        assertThat(docRegistry.find()).as("docs/scenario.md quotes the unknown-parameter message").isTrue();
        assertThat(docRegistry.group(1)).as("docs/scenario.md quotes the loader's unknown-parameter message with the registry's size; "
                        + "a parameter was added or removed: update the number there")
                .isEqualTo(registry.group(1));

        org.senesim.scenario.TissueSpec patch = ScenarioLoader.parse("name: d\n", "d.yaml").tissue();
        java.util.regex.Matcher dims = java.util.regex.Pattern.compile("The default patch is (\\d+) × (\\d+) × (\\d+) voxels")
                .matcher(doc);
        assertThat(dims.find()).as("docs/scenario.md names the default patch's voxels").isTrue();
        assertThat(List.of(dims.group(1), dims.group(2), dims.group(3))).as("the default patch's voxels")
                .isEqualTo(List.of(String.valueOf(patch.nx()), String.valueOf(patch.ny()), String.valueOf(patch.nz())));

        long square = ScenarioLoader.parse("tissue: {dimension: 3D, size: [1 cm, 1 cm, 2 mm], voxel: 20 um}\n", "cm2.yaml")
                .tissue().voxelCount();
        java.util.regex.Matcher cm2 = java.util.regex.Pattern.compile("1 cm² × 2 mm at 20 um\\D{0,6}(\\d+) M").matcher(doc);
        assertThat(cm2.find()).as("docs/scenario.md gives the voxels of 1 cm² × 2 mm").isTrue();
        assertThat(Long.parseLong(cm2.group(1)) * 1_000_000L).as("voxels of 1 cm² × 2 mm at 20 um").isEqualTo(square);
    }

    @TestFactory
    Stream<DynamicTest> readmesCommandTableListsEveryOption() throws IOException {
        List<String> readme = Files.readAllLines(root().resolve("README.md"));
        List<picocli.CommandLine> leaves = new ArrayList<>();
        collectLeaves(SenesimCommand.commandLine(), leaves);
        List<String> checked = List.of("run", "resume", "compare", "devices", "params", "export-sbml", "reproduce");
        return leaves.stream().filter(c -> checked.contains(c.getCommandName())).map(c -> {
            String path = c.getCommandSpec().qualifiedName(" ");
            return DynamicTest.dynamicTest(path, () -> {
                String row = readme.stream().filter(l -> l.startsWith("| `" + path + " ") || l.startsWith("| `" + path + "`"))
                        .findFirst().orElseThrow(() -> new AssertionError("README.md has no row for " + path));
                for (picocli.CommandLine.Model.OptionSpec o : c.getCommandSpec().options()) {
                    if (o.usageHelp() || o.versionHelp()) {
                        continue;
                    }
                    assertThat(row).as("README.md's row for " + path).contains(o.longestName());
                }
            });
        });
    }

    @org.junit.jupiter.api.Test
    void topLevelHelpCutsNoDescription() {
        CliTestSupport.Result r = CliTestSupport.run("--help");
        String help = r.out().replaceAll("\\s+", " ");
        for (picocli.CommandLine sub : SenesimCommand.commandLine().getSubcommands().values()) {
            if (sub.getCommandName().equals("help")) {
                continue; // picocli's own
            }
            String[] d = sub.getCommandSpec().usageMessage().description();
            String last = String.join(" ", d).replaceAll("\\s+", " ").strip();
            String tail = last.substring(Math.max(0, last.length() - 20));
            assertThat(help).as("senesim --help, command " + sub.getCommandName()).contains(tail);
        }
    }

    private static void collectLeaves(picocli.CommandLine c, List<picocli.CommandLine> out) {
        if (c.getSubcommands().isEmpty()) {
            out.add(c);
            return;
        }
        if (!c.getCommandName().equals("senesim") && c.getCommandSpec().userObject() instanceof java.util.concurrent.Callable) {
            out.add(c);
        }
        for (picocli.CommandLine sub : c.getSubcommands().values()) {
            collectLeaves(sub, out);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyYamlSnippetLoads() throws IOException {
        List<Snippet> all = snippets();
        assertThat(all).as("YAML snippets in README.md and docs/").hasSizeGreaterThan(5);
        assertThat(all).as("snippets of each format").anyMatch(s -> format(s.text()).equals("trial"))
                .anyMatch(s -> format(s.text()).equals("calibration targets"));
        return all.stream().map(s -> DynamicTest.dynamicTest(s.file() + ":" + s.line() + " (" + format(s.text()) + ")", () -> {
            String label = s.file() + " (snippet at line " + s.line() + ")";
            switch (format(s.text())) {
                case "trial" -> assertThat(org.senesim.trial.design.TrialLoader.parse(s.text(), label).arms()).isNotEmpty();
                case "calibration targets" -> {
                    // targets name their scenarios and published figures relative to the file: those of examples/calibration
                    Path folder = Files.createTempDirectory("snippet");
                    try (Stream<Path> examples = Files.list(root().resolve("examples/calibration"))) {
                        for (Path e : examples.toList()) {
                            Files.copy(e, folder.resolve(e.getFileName()));
                        }
                    }
                    Path file = Files.writeString(folder.resolve("snippet.targets.yaml"), s.text());
                    assertThat(org.senesim.calibration.targets.TargetsFile.load(file,
                            org.senesim.evidence.ParameterRegistry.builtIn()).targets()).isNotEmpty();
                }
                default -> {
                    Scenario scenario = ScenarioLoader.parse(s.text(), label);
                    assertThat(scenario.protocol()).isNotNull();
                }
            }
        }));
    }
}
