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
            assertThat(f.dir().getFileName().toString()).isEqualTo(".run.partial");
            assertThat(out).doesNotExist();
            f.writeText("a.txt", "alpha");
            f.writeText("sub/b.txt", w -> w.write("beta"));
            f.writeBinary("c.bin", o -> o.write(new byte[] {1, 2, 3}));
            assertThat(f.files()).containsExactly("a.txt", "c.bin", "sub/b.txt");
            assertThat(f.commit()).isEqualTo(out.toAbsolutePath());
            assertThat(f.isCommitted()).isTrue();
        }
        assertThat(listRelative(out)).containsExactly("a.txt", "c.bin", RunFiles.MANIFEST, "sub/b.txt");
        assertThat(Files.readString(out.resolve(RunFiles.MANIFEST))).endsWith("a.txt\nc.bin\nsub/b.txt\n");
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
        try (RunFolder f = RunFolder.create(out, false)) {
            f.writeText(RunFiles.PROVENANCE, "{}");
            f.writeText("snapshots/old.vti", "old");
            f.commit();
        }
        try (RunFolder f = RunFolder.create(out, true)) {
            f.writeText(RunFiles.PROVENANCE, "{\"new\": true}");
            f.writeText("new.txt", "new");
            assertThat(Files.readString(out.resolve(RunFiles.PROVENANCE))).isEqualTo("{}");
            f.commit();
        }
        assertThat(listRelative(out)).containsExactly("new.txt", RunFiles.PROVENANCE, RunFiles.MANIFEST);
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
        assertThat(listRelative(out)).containsExactly(RunFiles.MANIFEST, "x.txt");
    }

    @Test
    void replaceRefusesAFolderThatIsNotARunFolder() throws IOException {
        Path out = parent.resolve("home");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.tex"), "years of work");
        assertThatThrownBy(() -> RunFolder.create(out, true))
                .isInstanceOf(OutputExistsException.class)
                .hasMessageContaining("will not replace")
                .hasMessageContaining(RunFiles.MANIFEST);
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

    @Test
    void forceReplacesOnlyWhatSenesimWroteNeverAUsersFileAddedToARunFolder() throws IOException {
        // main deleted any folder holding a provenance.json, the user's own files with it
        Path out = parent.resolve("run");
        try (RunFolder f = RunFolder.create(out, false)) {
            f.writeText(RunFiles.PROVENANCE, "{}");
            f.commit();
        }
        Files.writeString(out.resolve("my-notes.txt"), "mine");
        assertThatThrownBy(() -> RunFolder.create(out, true))
                .isInstanceOf(OutputExistsException.class)
                .hasMessageContaining("my-notes.txt").hasMessageContaining("did not write");
        Path old = parent.resolve("old-run");
        Files.createDirectories(old);
        Files.writeString(old.resolve(RunFiles.PROVENANCE), "{}");
        Files.writeString(old.resolve("thesis.tex"), "years of work");
        assertThatThrownBy(() -> RunFolder.create(old, true)).isInstanceOf(OutputExistsException.class);
        assertThat(Files.readString(out.resolve("my-notes.txt"))).isEqualTo("mine");
        assertThat(Files.readString(old.resolve("thesis.tex"))).isEqualTo("years of work");
    }

    @Test
    void aNameIsWrittenOnceSoNoOutputReplacesAnother() throws IOException {
        try (RunFolder f = RunFolder.create(parent.resolve("run"), false)) {
            f.writeText("timeseries.csv", "combined");
            assertThatThrownBy(() -> f.writeText("timeseries.csv", "arm")).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> f.writeText("arms/../timeseries.csv", "arm")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> f.writeText("arms/./x.csv", "arm")).isInstanceOf(IllegalArgumentException.class);
            assertThat(Files.readString(f.dir().resolve("timeseries.csv"))).isEqualTo("combined");
        }
    }

    @Test
    void usersNamesBecomeOneHarmlessUniqueComponent() throws IOException {
        try (RunFolder f = RunFolder.create(parent.resolve("run"), false)) {
            assertThat(f.component("..")).isEqualTo("_..");
            assertThat(f.component(".")).isEqualTo("_.");
            assertThat(f.component("../../etc")).isEqualTo("_.._.._etc");
            assertThat(f.component("a/b")).isEqualTo("a_b");
            assertThat(f.component("a_b")).isEqualTo("a_b-2");
            assertThat(f.component("a/b")).isEqualTo("a_b");
            assertThat(f.component("Arm")).isEqualTo("Arm");
            assertThat(f.component("arm")).isEqualTo("arm-2");
            assertThat(f.component("")).isEqualTo("_");
            assertThat(f.component("x".repeat(10_000))).hasSize(OutputPaths.MAX_COMPONENT);
        }
    }

    @Test
    void twoRunsOfTheSameNameAtOnceEachGetTheirOwnFolder() throws Exception {
        Path runs = parent.resolve("runs");
        try (RunFolder a = RunFolder.createUnique(runs, "flagship-20260101-120000");
             RunFolder b = RunFolder.createUnique(runs, "flagship-20260101-120000")) {
            a.writeText("x.txt", "a");
            b.writeText("x.txt", "b");
            assertThat(a.commit()).isNotEqualTo(b.commit());
        }
        assertThat(names(runs)).containsExactly("flagship-20260101-120000", "flagship-20260101-120000-2");
        try (RunFolder c = RunFolder.createUnique(runs, "../../escape")) {
            assertThat(c.finalDir().getParent()).isEqualTo(runs.toAbsolutePath());
        }
    }

    @Test
    void anotherLiveRunWritingTheSameOutIsRefusedAtOnce() throws IOException {
        Path out = parent.resolve("run");
        try (RunFolder a = RunFolder.create(out, false)) {
            assertThatThrownBy(() -> RunFolder.create(out, false)).isInstanceOf(OutputExistsException.class)
                    .hasMessageContaining("another Senesim run").hasMessageContaining("process " + ProcessHandle.current().pid());
        }
    }

    @Test
    void theUnfinishedFolderOfAKilledRunIsRemovedByTheNextRun() throws IOException {
        Path dead = parent.resolve(".old-run.partial");
        Files.createDirectories(dead);
        // a process id that does not run: the oldest possible start of a long-gone process
        Files.writeString(dead.resolve(Leftovers.OWNER), "pid=" + Integer.MAX_VALUE + "\nstart=1\n");
        Files.writeString(dead.resolve("timeseries.csv"), "half");
        try (RunFolder f = RunFolder.create(parent.resolve("run"), false)) {
            assertThat(f.notices()).singleElement().asString().contains("removed").contains(".old-run.partial");
        }
        assertThat(dead).doesNotExist();
    }

    @Test
    void unwritableLocationsAreOneLineNamingThePathAndTheFix() throws IOException {
        Path file = parent.resolve("a-file");
        Files.writeString(file, "x");
        assertThatThrownBy(() -> RunFolder.create(file.resolve("run"), false))
                .isInstanceOf(OutputLocationException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not a folder").hasMessageContaining("Fix: ");
        assertThatThrownBy(() -> RunFolder.create(Path.of("/proc/senesim-run"), false))
                .isInstanceOf(OutputLocationException.class)
                .hasMessageContaining("/proc/senesim-run").hasMessageContaining("Fix: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
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
