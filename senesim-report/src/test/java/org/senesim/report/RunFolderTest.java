package org.senesim.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunFolderTest {

    @TempDir
    Path parent;

    @Test
    void commitProducesExactlyTheWrittenFilesAndNoSibling() throws IOException {
        Path out = parent.resolve("run");
        try (RunFolder f = RunFolder.create(out, false)) {
            assertThat(f.dir().getParent()).isEqualTo(parent);
            assertThat(f.dir().getFileName().toString()).startsWith(".run.partial-");
            assertThat(out).doesNotExist();
            f.writeText("a.txt", "alpha");
            f.writeText("sub/b.txt", w -> w.write("beta"));
            f.writeBinary("c.bin", o -> o.write(new byte[] {1, 2, 3}));
            assertThat(f.files()).containsExactly("a.txt", "c.bin", "sub/b.txt");
            assertThat(f.commit()).isEqualTo(out.toAbsolutePath());
            assertThat(f.isCommitted()).isTrue();
        }
        assertThat(listRelative(out)).containsExactly("a.txt", "c.bin", "sub/b.txt");
        assertThat(Files.readString(out.resolve("sub/b.txt"))).isEqualTo("beta");
        assertThat(Files.readAllBytes(out.resolve("c.bin"))).containsExactly(1, 2, 3);
        assertThat(names(parent)).containsExactly("run");
    }

    @Test
    void closeWithoutCommitLeavesNothing() throws IOException {
        Path out = parent.resolve("run");
        try (RunFolder f = RunFolder.create(out, false)) {
            f.writeText("a.txt", "alpha");
        }
        assertThat(out).doesNotExist();
        assertThat(names(parent)).isEmpty();
    }

    @Test
    void failureInsideTryLeavesNothing() throws IOException {
        Path out = parent.resolve("nested/run");
        assertThatThrownBy(() -> {
            try (RunFolder f = RunFolder.create(out, false)) {
                f.writeText("a.txt", "alpha");
                throw new IllegalStateException("model blew up");
            }
        }).hasMessage("model blew up");
        assertThat(names(parent.resolve("nested"))).isEmpty();
    }

    @Test
    void existingFolderWithoutReplaceFailsWithTheFolderAndTheFix() throws IOException {
        Path out = parent.resolve("run");
        Files.createDirectories(out);
        Files.writeString(out.resolve("old.txt"), "old");
        assertThatThrownBy(() -> RunFolder.create(out, false))
                .isInstanceOf(OutputExistsException.class)
                .hasMessageContaining(out.toAbsolutePath().toString())
                .hasMessageContaining("choose another --out")
                .hasMessageContaining("--force");
        assertThat(listRelative(out)).containsExactly("old.txt");
        assertThat(names(parent)).containsExactly("run");
    }

    @Test
    void replaceSwapsAnOldRunForTheNewOne() throws IOException {
        Path out = parent.resolve("run");
        Files.createDirectories(out.resolve("snapshots"));
        Files.writeString(out.resolve(RunFiles.PROVENANCE), "{}");
        Files.writeString(out.resolve("snapshots/old.vti"), "old");
        try (RunFolder f = RunFolder.create(out, true)) {
            f.writeText(RunFiles.PROVENANCE, "{\"new\": true}");
            f.writeText("new.txt", "new");
            assertThat(Files.readString(out.resolve(RunFiles.PROVENANCE))).isEqualTo("{}");
            f.commit();
        }
        assertThat(listRelative(out)).containsExactly("new.txt", RunFiles.PROVENANCE);
        assertThat(Files.readString(out.resolve(RunFiles.PROVENANCE))).contains("new");
        assertThat(names(parent)).containsExactly("run");
    }

    @Test
    void replaceAcceptsAnEmptyFolder() throws IOException {
        Path out = parent.resolve("run");
        Files.createDirectories(out);
        try (RunFolder f = RunFolder.create(out, true)) {
            f.writeText("x.txt", "x");
            f.commit();
        }
        assertThat(listRelative(out)).containsExactly("x.txt");
    }

    @Test
    void replaceRefusesAFolderThatIsNotARunFolder() throws IOException {
        Path out = parent.resolve("home");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.tex"), "years of work");
        assertThatThrownBy(() -> RunFolder.create(out, true))
                .isInstanceOf(OutputExistsException.class)
                .hasMessageContaining("does not look like a Senesim run folder")
                .hasMessageContaining(RunFiles.PROVENANCE);
        assertThat(Files.readString(out.resolve("thesis.tex"))).isEqualTo("years of work");
    }

    @Test
    void folderAppearingDuringTheRunIsNotOverwrittenWithoutReplace() throws IOException {
        Path out = parent.resolve("run");
        try (RunFolder f = RunFolder.create(out, false)) {
            f.writeText("a.txt", "alpha");
            Files.createDirectories(out);
            Files.writeString(out.resolve("theirs.txt"), "theirs");
            assertThatThrownBy(f::commit).isInstanceOf(OutputExistsException.class);
        }
        assertThat(listRelative(out)).containsExactly("theirs.txt");
        assertThat(names(parent)).containsExactly("run");
    }

    @Test
    void namesMustStayInsideTheFolder() throws IOException {
        try (RunFolder f = RunFolder.create(parent.resolve("run"), false)) {
            assertThatThrownBy(() -> f.writeText("../escape.txt", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> f.writeText("/etc/escape.txt", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> f.writeText("a/../../escape.txt", "x")).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(names(parent)).isEmpty();
    }

    @Test
    void writingAfterCommitIsAnError() throws IOException {
        try (RunFolder f = RunFolder.create(parent.resolve("run"), false)) {
            f.commit();
            assertThatThrownBy(() -> f.writeText("late.txt", "x"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("committed");
        }
    }

    @Test
    void scenarioTextIsWrittenAsGiven() throws IOException {
        String yaml = "name: baseline\nseed: 42\nnote: \"µm and ≥ signs\"\n";
        Path out = parent.resolve("run");
        try (RunFolder f = RunFolder.create(out, false)) {
            f.writeText(RunFiles.SCENARIO, yaml);
            f.commit();
        }
        assertThat(Files.readString(out.resolve(RunFiles.SCENARIO), StandardCharsets.UTF_8)).isEqualTo(yaml);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> listRelative(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
