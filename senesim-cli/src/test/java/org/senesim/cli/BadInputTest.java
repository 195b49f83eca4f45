package org.senesim.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad scenario input, end to end through {@code senesim run}: exit code 2, one line
 * naming file, line and column, the key and a fix, no stack trace, and no output folder at all.
 */
class BadInputTest {

    static Stream<Arguments> badScenarios() {
        return Stream.of(
                Arguments.of("unknown key", "person:\n  outdoor_hour: 2\n", ":2:3:", "did you mean 'outdoor_hours'"),
                Arguments.of("wrong type", "person:\n  smoking: lots\n", ":2:3:", "person.smoking"),
                Arguments.of("out of range", "person:\n  fitzpatrick: 9\n", ":2:3:", "person.fitzpatrick"),
                Arguments.of("bad unit", "tissue:\n  voxel: 20 furlongs\n", ":2:3:", "tissue.voxel"),
                Arguments.of("YAML syntax", "person:\n  age: [20 years\n", ":", "YAML"),
                Arguments.of("empty file", "", ":", "empty"),
                Arguments.of("unknown parameter id", "parameters:\n  organism.clearance.betta: 0.1\n", ":2:3:", "organism.clearance.beta"),
                Arguments.of("parameter out of its range", "parameters:\n  organism.clearance.beta: 5\n", ":2:3:", "organism.clearance.beta"),
                Arguments.of("bad enum", "person:\n  sex: robot\n", ":2:3:", "female"),
                Arguments.of("duplicate key", "seed: 1\nseed: 2\n", ":2:1:", "seed"),
                Arguments.of("list where a map is needed", "person: [1, 2]\n", ":1:", "person"),
                Arguments.of("too old", "duration: 100 years\nperson:\n  age: 70 years\n", ":", "120"),
                Arguments.of("negative duration", "duration: -3 years\n", ":1:1:", "duration"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScenarios")
    void badScenarioGivesOneClearLineAndNoFolder(String kind, String yaml, String location, String fragment,
                                                 @TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, yaml);
        Path out = dir.resolve("out");
        CliTestSupport.Result r = CliTestSupport.run("run", file.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(kind + ": " + r.err()).isEqualTo(2);
        String err = r.err().strip();
        assertThat(err.lines().count()).as(kind + ": " + err).isEqualTo(1);
        assertThat(err).as(kind).contains(file.toString() + location).contains(fragment);
        assertThat(err).as(kind).doesNotContain("Exception").doesNotContain("\tat ");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).as(kind).containsExactly("bad.yaml");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void badOptionsExitWithTwo(String kind, String[] args, String fragment) {
        CliTestSupport.Result r = CliTestSupport.run(args);
        assertThat(r.exitCode()).as(kind + ": " + r.err()).isEqualTo(2);
        assertThat(r.err()).contains(fragment).doesNotContain("\tat ");
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of("missing file", new String[] {"run", "no/such/file.yaml"}, "no such file"),
                Arguments.of("threads zero", new String[] {"run", "--threads", "0"}, "--threads"),
                Arguments.of("threads not a number", new String[] {"run", "--threads", "two"}, "--threads"),
                Arguments.of("unknown option", new String[] {"run", "--colour"}, "--colour"),
                Arguments.of("unknown command", new String[] {"walk"}, "walk"),
                Arguments.of("bad tier", new String[] {"params", "--tier", "anecdote"}, "anecdote"),
                Arguments.of("bad format", new String[] {"params", "--format", "xml"}, "xml"));
    }
}
