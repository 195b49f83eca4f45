package org.senesim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.senesim.Version;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a run came from, written as {@link RunFiles#PROVENANCE}: enough to rerun it and to know
 * whether two runs can be compared. Times are ISO-8601 instants in UTC.
 *
 * @param senesimVersion the Senesim version, from the core jar ({@code unknown} if not built by Maven)
 * @param gitCommit      the commit the code was built from, or null if not known
 * @param scenarioName   the scenario's name
 * @param scenarioFile   the scenario file as given on the command line, or null for a built-in one
 * @param seed           the master random seed
 * @param threads        worker threads used
 * @param jdkVendor      {@code java.vendor}
 * @param jdkVersion     {@code java.runtime.version}
 * @param os             operating system name, version and architecture
 * @param start          when the run started
 * @param end            when the run ended
 * @param commandLine    the command-line arguments, as given
 * @param uncertaintySamples parameter samples run besides the nominal run ({@code --uncertainty N}),
 *                       0 for none; written as {@code uncertainty_samples} only when positive
 */
public record Provenance(String senesimVersion, String gitCommit, String scenarioName, String scenarioFile,
                         long seed, int threads, String jdkVendor, String jdkVersion, String os,
                         Instant start, Instant end, List<String> commandLine, int uncertaintySamples) {

    public static final String FORMAT = "senesim-provenance";
    public static final int VERSION = 1;

    public Provenance {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        commandLine = commandLine == null ? List.of() : List.copyOf(commandLine);
    }

    /** Without uncertainty samples. */
    public Provenance(String senesimVersion, String gitCommit, String scenarioName, String scenarioFile,
                      long seed, int threads, String jdkVendor, String jdkVersion, String os,
                      Instant start, Instant end, List<String> commandLine) {
        this(senesimVersion, gitCommit, scenarioName, scenarioFile, seed, threads, jdkVendor, jdkVersion, os, start, end,
                commandLine, 0);
    }

    /** Wall-clock time from start to end. */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /** A builder with the version, git commit, JDK and OS of this process already filled in. */
    public static Builder builder() {
        return new Builder();
    }

    /** Writes {@link RunFiles#PROVENANCE} into the run folder. */
    public void write(RunFolder folder) throws IOException {
        folder.writeText(RunFiles.PROVENANCE, this::write);
    }

    /** The JSON text. */
    public String toJson() {
        StringWriter w = new StringWriter();
        try {
            write(w);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    /** Writes the JSON text followed by a line end. */
    public void write(Writer out) throws IOException {
        try (JsonGenerator g = Json.open(out)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            Json.string(g, "senesim_version", senesimVersion);
            Json.string(g, "git_commit", gitCommit);
            Json.string(g, "scenario_name", scenarioName);
            Json.string(g, "scenario_file", scenarioFile);
            g.writeNumberField("seed", seed);
            g.writeNumberField("threads", threads);
            Json.string(g, "jdk_vendor", jdkVendor);
            Json.string(g, "jdk_version", jdkVersion);
            Json.string(g, "os", os);
            g.writeStringField("start", start.toString());
            g.writeStringField("end", end.toString());
            Json.number(g, "duration_seconds", duration().toNanos() / 1e9);
            g.writeArrayFieldStart("command_line");
            for (String arg : commandLine) {
                g.writeString(arg);
            }
            g.writeEndArray();
            if (uncertaintySamples > 0) {
                g.writeNumberField("uncertainty_samples", uncertaintySamples);
            }
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** Reads a provenance file back. */
    public static Provenance read(Path file) throws IOException {
        JsonNode n = Json.MAPPER.readTree(file.toFile());
        if (n == null || !FORMAT.equals(Json.text(n.get("format")))) {
            throw new IOException(file + " is not a Senesim provenance file (no \"format\": \"" + FORMAT + "\")");
        }
        List<String> args = new ArrayList<>();
        for (JsonNode a : n.path("command_line")) {
            args.add(a.asText());
        }
        return new Provenance(Json.text(n.get("senesim_version")), Json.text(n.get("git_commit")),
                Json.text(n.get("scenario_name")), Json.text(n.get("scenario_file")), n.path("seed").asLong(),
                n.path("threads").asInt(), Json.text(n.get("jdk_vendor")), Json.text(n.get("jdk_version")),
                Json.text(n.get("os")), Instant.parse(n.path("start").asText()), Instant.parse(n.path("end").asText()),
                args, n.path("uncertainty_samples").asInt(0));
    }

    /** Builds a {@link Provenance}; what this process knows about itself is filled in. */
    public static final class Builder {
        private String senesimVersion = Version.version();
        private String gitCommit = Version.gitCommit();
        private String scenarioName;
        private String scenarioFile;
        private long seed;
        private int threads = 1;
        private String jdkVendor = System.getProperty("java.vendor");
        private String jdkVersion = System.getProperty("java.runtime.version", System.getProperty("java.version"));
        private String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        private Instant start = Instant.now();
        private Instant end;
        private List<String> commandLine = List.of();
        private int uncertaintySamples;

        private Builder() {
        }

        public Builder senesimVersion(String v) {
            senesimVersion = v;
            return this;
        }

        /** Overrides the commit found in the build (e.g. when the caller knows better). */
        public Builder gitCommit(String v) {
            gitCommit = v;
            return this;
        }

        public Builder scenario(String name, String file) {
            scenarioName = name;
            scenarioFile = file;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder threads(int v) {
            threads = v;
            return this;
        }

        /** Defaults to the time the builder was made. */
        public Builder start(Instant v) {
            start = v;
            return this;
        }

        /** Defaults to the time {@link #build} is called. */
        public Builder end(Instant v) {
            end = v;
            return this;
        }

        public Builder commandLine(List<String> args) {
            commandLine = args;
            return this;
        }

        public Builder commandLine(String... args) {
            commandLine = List.of(args);
            return this;
        }

        /** Parameter samples run besides the nominal run (0: none). */
        public Builder uncertaintySamples(int n) {
            uncertaintySamples = n;
            return this;
        }

        public Provenance build() {
            return new Provenance(senesimVersion, gitCommit, scenarioName, scenarioFile, seed, threads, jdkVendor,
                    jdkVersion, os, start, end == null ? Instant.now() : end, commandLine, uncertaintySamples);
        }
    }
}
