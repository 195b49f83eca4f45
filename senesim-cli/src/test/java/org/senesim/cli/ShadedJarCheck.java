package org.senesim.cli;

import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar {@code ./senesim} runs, as a user runs it: {@code export-sbml} prints valid SBML on standard
 * output and nothing at all on standard error. The merged jar once lost log4j's Java 9+ classes (no
 * {@code Multi-Release} flag in its manifest), so every export printed log4j's
 * "sun.reflect.Reflection.getCallerClass is not supported" warning, which the class-path tests never
 * saw. Runs in the {@code verify} phase, after {@code package} has built the jar (senesim-cli/pom.xml).
 */
class ShadedJarCheck {

    private static final Path JAR = Path.of("target", "senesim.jar");

    @Test
    void exportSbmlPrintsValidXmlAndNothingOnStandardError(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assertThat(JAR).as("the shaded jar (built by the package phase)").exists();
        Path out = dir.resolve("out.xml");
        Path err = dir.resolve("err.txt");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-jar", JAR.toAbsolutePath().toString(), "export-sbml"));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEmpty();
        byte[] xml = Files.readAllBytes(out);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(new String(xml, 0, 5, StandardCharsets.UTF_8)).isEqualTo("<?xml");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("out.xml", "err.txt");
        }
    }
}
