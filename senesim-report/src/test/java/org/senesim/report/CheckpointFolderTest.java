package org.senesim.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An unfinished folder that holds a checkpoint is never cleaned away: not by the next run's sweep,
 * not by a failure of its own run; a new run into the same name is sent to {@code senesim resume};
 * a finished run has no checkpoint. A checkpoint written with a header reads back with it.
 */
class CheckpointFolderTest {

    private static CheckpointFile.Header header() {
        return new CheckpointFile.Header("name: x\n", "x.yaml", 7L, null, List.of("run", "x.yaml"), 2,
                Instant.parse("2026-01-02T03:04:05Z"), 365, false, true);
    }

    @Test
    void aFolderWithACheckpointOutlivesItsRunAndIsListedNotRemoved(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("long");
        RunFolder folder = RunFolder.create(target, false);
        CheckpointFile.into(folder, header()).save(365, out -> out.writeInt(42));
        Path work = folder.dir();
        folder.close(); // the run failed after its checkpoint
        assertThat(work.resolve(RunFiles.CHECKPOINT)).exists();
        // as if its process had been killed: the owner note names a process that does not run
        Files.writeString(work.resolve(Leftovers.OWNER), "pid=" + Integer.MAX_VALUE + "\nstart=1\n");

        assertThat(Leftovers.sweep(dir)).singleElement().asString().contains("senesim resume").contains(work.toString());
        assertThat(work).exists();
        assertThatThrownBy(() -> RunFolder.create(target, false)).isInstanceOf(OutputExistsException.class)
                .hasMessageContaining("senesim resume " + work);

        try (CheckpointFile.Opened cp = CheckpointFile.open(work)) {
            assertThat(cp.day()).isEqualTo(365);
            assertThat(cp.header()).isEqualTo(header());
            assertThat(cp.state().readInt()).isEqualTo(42);
        }
        try (RunFolder again = RunFolder.resume(work, false)) {
            again.writeText("a.txt", "done");
            assertThat(again.commit()).isEqualTo(target.toAbsolutePath().normalize());
        }
        assertThat(target.resolve(RunFiles.CHECKPOINT)).doesNotExist();
        assertThat(Files.readString(target.resolve(RunFiles.MANIFEST), StandardCharsets.UTF_8))
                .doesNotContain("checkpoint");
        assertThat(work).doesNotExist();
    }

    @Test
    void resumeRefusesAFolderWithoutACheckpoint(@TempDir Path dir) throws IOException {
        Path plain = Files.createDirectories(dir.resolve(".x.partial"));
        assertThatThrownBy(() -> RunFolder.resume(plain, false)).isInstanceOf(OutputLocationException.class)
                .hasMessageContaining("Fix:");
        assertThatThrownBy(() -> CheckpointFile.open(plain)).isInstanceOf(OutputLocationException.class)
                .hasMessageContaining("no checkpoint");
    }
}
