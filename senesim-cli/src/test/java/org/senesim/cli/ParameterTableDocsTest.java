package org.senesim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The parameter table of docs/model.md is what the registry generates, so it cannot drift. */
class ParameterTableDocsTest {

    /** docs/model.md from the module directory (where Maven runs the tests) or the repository root. */
    static Path modelDoc() {
        for (Path p : new Path[] {Path.of("..", "docs", "model.md"), Path.of("docs", "model.md")}) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new AssertionError("docs/model.md not found from " + Path.of("").toAbsolutePath());
    }

    @Test
    void docsModelHoldsTheTableTheRegistryGenerates() throws IOException {
        String section = ParameterTable.section(Files.readString(modelDoc()));
        assertThat(section).as("docs/model.md needs the lines " + ParameterTable.BEGIN + " and " + ParameterTable.END)
                .isNotNull();
        assertThat(section)
                .as("docs/model.md's parameter table differs from the registry; regenerate it with "
                        + "'./senesim params --format markdown --into docs/model.md'")
                .isEqualTo(ParameterTable.markdown());
        for (var p : ParameterRegistry.builtIn().all()) {
            assertThat(section).contains("| `" + p.id() + "` |");
        }
    }

    @Test
    void paramsWritesMarkdownAndReplacesTheSectionOfAFile(@TempDir Path dir) throws IOException {
        CliTestSupport.Result md = CliTestSupport.run("params", "--format", "markdown", "--tier", "rct");
        assertThat(md.exitCode()).isZero();
        assertThat(md.out()).startsWith("**").contains("| id | meaning |").contains("| rct |")
                .doesNotContain("| animal |");

        Path doc = dir.resolve("doc.md");
        Files.writeString(doc, "# Doc\n\n" + ParameterTable.BEGIN + "\nstale\n" + ParameterTable.END + "\n\nafter\n");
        CliTestSupport.Result into = CliTestSupport.run("params", "--format", "markdown", "--into", doc.toString());
        assertThat(into.exitCode()).as(into.err()).isZero();
        String written = Files.readString(doc);
        assertThat(written).startsWith("# Doc\n").endsWith("\n\nafter\n").doesNotContain("stale");
        assertThat(ParameterTable.section(written)).isEqualTo(ParameterTable.markdown());

        Files.writeString(doc, "no markers\n");
        CliTestSupport.Result bad = CliTestSupport.run("params", "--format", "markdown", "--into", doc.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("no generated parameter section");
        assertThat(CliTestSupport.run("params", "--into", doc.toString()).exitCode()).isEqualTo(2);
    }
}
