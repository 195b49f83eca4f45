package org.senesim.trial.design;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every trial the documentation points users to loads, and names its output folder after its file. */
class ExampleTrialsLoadTest {

    @Test
    void everyExampleTrialLoadsWithTheNameOfItsFile() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("..", "examples", "trials"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("dq-pulses-from-70.yaml", "dq-schedules-from-70.yaml", "flagship-prejuvenation.yaml");
        for (Path f : files) {
            Trial t = TrialLoader.load(f);
            String stem = f.getFileName().toString().replaceFirst("\\.yaml$", "");
            assertThat(t.name()).as(f.toString()).isEqualTo(stem);
            assertThat(t.arms()).as(f.toString()).hasSizeGreaterThanOrEqualTo(2);
        }
    }
}
