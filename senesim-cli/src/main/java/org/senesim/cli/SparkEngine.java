package org.senesim.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code trial}, {@code sensitivity} and {@code calibrate} with {@code --engine spark}: start an entry point of
 * the senesim-spark module in a JVM of its own,
 * with the class path the module's build wrote ({@code senesim-spark/target/spark-classpath.txt}).
 * Spark (≈290 MiB, its own Jackson line, servlet API) never enters this JVM, so the CLI's class
 * path and start-up stay as they are and only this option pays for Spark.
 */
final class SparkEngine {

    static final String CLASSPATH_FILE = "senesim-spark/target/spark-classpath.txt";
    static final String CLASSES = "senesim-spark/target/classes";
    static final String JVM_OPTIONS = "senesim-spark/spark-jvm.options";
    static final String MAIN = "org.senesim.spark.SparkTrialMain";
    static final String SENSITIVITY_MAIN = "org.senesim.spark.SparkSensitivityMain";
    static final String CALIBRATE_MAIN = "org.senesim.spark.SparkCalibrateMain";
    static final String BUILD = "mvn -B -ntp -pl senesim-spark -am -DskipTests package";

    private SparkEngine() {
    }

    /** The project folder: {@code -Dsenesim.home} (the launcher sets it), else the one holding this CLI's jar. */
    static Path home() {
        String h = System.getProperty("senesim.home");
        if (h != null && !h.isBlank()) {
            return Path.of(h);
        }
        try {
            Path jar = Path.of(SparkEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // senesim-cli/target/senesim.jar (or senesim-cli/target/classes) -> the project folder
            return jar.toAbsolutePath().getParent().getParent().getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of(".").toAbsolutePath();
        }
    }

    /** The child JVM's command line, or bad input (exit 2) when the Spark module is not built. */
    static List<String> command(Path home, List<String> args) {
        return command(home, MAIN, args);
    }

    /** As {@link #command(Path, List)} for another entry point of the Spark module. */
    static List<String> command(Path home, String main, List<String> args) {
        Path cpFile = home.resolve(CLASSPATH_FILE);
        Path classes = home.resolve(CLASSES);
        Path options = home.resolve(JVM_OPTIONS);
        if (!Files.isRegularFile(cpFile) || !Files.isDirectory(classes) || !Files.isRegularFile(options)) {
            throw new InputException("--engine spark: the Spark module is not built (no " + cpFile + "). Fix: run it through "
                    + "./senesim, which builds it on first use, or build it with '" + BUILD + "' in " + home);
        }
        String cp;
        try {
            cp = Files.readString(cpFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new InputException("--engine spark: cannot read " + cpFile + ": " + e.getMessage());
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("@" + options);
        String heap = System.getenv("SENESIM_SPARK_JAVA_OPTS");
        cmd.addAll(List.of((heap == null || heap.isBlank() ? "-Xmx4g" : heap).trim().split("\\s+")));
        cmd.add("-cp");
        cmd.add(classes + java.io.File.pathSeparator + cp);
        cmd.add(main);
        cmd.addAll(args);
        return cmd;
    }

    /** Runs the trial on Spark and returns the child's exit code (0, 1 or 2, as this CLI's). */
    static int run(List<String> args) throws IOException, InterruptedException {
        return run(MAIN, args);
    }

    /** Runs an entry point of the Spark module ({@link #MAIN}, {@link #SENSITIVITY_MAIN}, {@link #CALIBRATE_MAIN}); its exit code. */
    static int run(String main, List<String> args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command(home(), main, args)).inheritIO();
        // Spark binds the machine's external interface unless told otherwise
        pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        return p.waitFor();
    }
}
