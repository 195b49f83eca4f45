package org.senesim.tissue;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The same scenario and seed give bit-identical state on JDK 17 and JDK 25 (whose
 * {@code nextGaussian} and some {@code Math} intrinsics differ). Runs where a second JDK is
 * installed: {@code SENESIM_OTHER_JDK} names its home, else the machine's Temurin 25 is used;
 * skipped (not passed) where neither exists.
 */
class CrossJdkReproducibilityTest {

    private static final List<String> CANDIDATES = List.of("/usr/lib/jvm/temurin-25-jdk-amd64",
            "/usr/lib/jvm/java-25-openjdk-amd64", "/usr/lib/jvm/java-17-openjdk-amd64");

    @Test
    void otherJdkGivesTheSameDigest() throws Exception {
        Path otherJava = otherJava();
        assumeTrue(otherJava != null, "no second JDK installed");
        String here = CrossJdkDigest.digest(2);
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(otherJava.toString(), "-cp", classpath,
                CrossJdkDigest.class.getName(), "1"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).as("digest from " + otherJava).isEqualTo(here);
    }

    /** A java launcher of another major version than this JVM, or null. */
    private static Path otherJava() {
        String env = System.getenv("SENESIM_OTHER_JDK");
        List<String> homes = new ArrayList<>();
        if (env != null && !env.isBlank()) {
            homes.add(env);
        }
        homes.addAll(CANDIDATES);
        String thisHome = new File(System.getProperty("java.home")).getAbsolutePath();
        int thisMajor = Runtime.version().feature();
        for (String home : homes) {
            Path java = Path.of(home, "bin", "java");
            if (Files.isExecutable(java) && !thisHome.startsWith(home) && !home.contains("-" + thisMajor + "-")) {
                return java;
            }
        }
        return null;
    }
}
