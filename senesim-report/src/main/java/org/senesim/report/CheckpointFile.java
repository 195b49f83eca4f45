package org.senesim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.senesim.Version;
import org.senesim.engine.Checkpoints;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The checkpoint file of a long run ({@link RunFiles#CHECKPOINT}; docs/outputs.md, "Checkpoints"):
 *
 * <pre>
 * 8 bytes   "SNSMCKPT"
 * int       format version ({@link #FORMAT})
 * UTF       Senesim version that wrote it, then its git commit ("" when unknown)
 * long      simulated day the state is at (the start of that day)
 * int, ...  header: that many bytes of UTF-8 JSON (the scenario file's text, the command and its start)
 * ...       the run's state, as the engine writes it (flat arrays, DataOutput order)
 * long      CRC-32C of every byte before it
 * </pre>
 *
 * A checkpoint from another Senesim version or commit, or whose checksum does not match, is refused
 * with one line saying why and what to do ({@link OutputLocationException}, exit 2).
 */
public final class CheckpointFile {

    /** Version of this layout; a change to it or to any component's state is a new Senesim version. */
    public static final int FORMAT = 1;
    private static final byte[] MAGIC = "SNSMCKPT".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_HEADER = 64 << 20;

    /**
     * What a checkpoint knows of the run besides its state.
     *
     * @param scenarioText the scenario file's text as read when the run started
     * @param scenarioFile the scenario file as given
     * @param seed         the {@code --seed} given, or null
     * @param minTier      the {@code --min-tier} given, or null
     * @param commandLine  the original command's arguments (kept in provenance)
     * @param threads      worker threads the run used
     * @param start        when the run started
     * @param everyDays    days between checkpoints
     * @param replace      whether the finished run may replace a folder of its name ({@code --force})
     * @param quiet        whether the run was quiet
     */
    public record Header(String scenarioText, String scenarioFile, Long seed, String minTier, List<String> commandLine,
                         int threads, Instant start, long everyDays, boolean replace, boolean quiet) {
        public Header {
            Objects.requireNonNull(scenarioText);
            Objects.requireNonNull(scenarioFile);
            commandLine = List.copyOf(commandLine);
        }
    }

    /** An opened checkpoint: its header and day, and its state ready to be read. Close it after. */
    public static final class Opened implements AutoCloseable {
        private final Header header;
        private final long day;
        private final DataInputStream state;
        private final Path file;

        private Opened(Path file, Header header, long day, DataInputStream state) {
            this.file = file;
            this.header = header;
            this.day = day;
            this.state = state;
        }

        public Header header() {
            return header;
        }

        public long day() {
            return day;
        }

        public DataInputStream state() {
            return state;
        }

        public Path file() {
            return file;
        }

        @Override
        public void close() throws IOException {
            state.close();
        }
    }

    private CheckpointFile() {
    }

    /** The checkpoints of one run, saved atomically into its unfinished folder. */
    public static Checkpoints into(RunFolder folder, Header header) {
        return new Checkpoints() {
            @Override
            public long everyDays() {
                return header.everyDays();
            }

            @Override
            public void save(long day, StateWriter body) throws IOException {
                folder.writeCheckpoint(raw -> write(raw, header, day, body));
            }
        };
    }

    static void write(java.io.OutputStream raw, Header header, long day, Checkpoints.StateWriter body)
            throws IOException {
        CRC32C crc = new CRC32C();
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(new CheckedOutputStream(raw, crc),
                1 << 16));
        out.write(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(Version.version());
        out.writeUTF(commit());
        out.writeLong(day);
        byte[] h = headerJson(header);
        out.writeInt(h.length);
        out.write(h);
        body.write(out);
        out.flush();
        new DataOutputStream(raw).writeLong(crc.getValue());
        raw.flush();
    }

    /**
     * Opens a checkpoint, or the one in a run's unfinished folder: checks the checksum over the
     * whole file first, then the format and the version that wrote it.
     *
     * @throws OutputLocationException when it is missing, damaged, or from another version
     */
    public static Opened open(Path given) throws IOException {
        Path file = Files.isDirectory(given) ? given.resolve(RunFiles.CHECKPOINT) : given;
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputLocationException(given, "no checkpoint at " + given + ". Fix: give the unfinished run "
                    + "folder (.NAME.partial) that 'senesim run --checkpoint-every' wrote, or the "
                    + RunFiles.CHECKPOINT + " in it");
        }
        verifyChecksum(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        try {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new OutputLocationException(file, file + " is not a Senesim checkpoint. Fix: give the "
                        + RunFiles.CHECKPOINT + " of an unfinished run folder");
            }
            int format = in.readInt();
            String version = in.readUTF();
            String commit = in.readUTF();
            if (format != FORMAT || !version.equals(Version.version()) || !commit.equals(commit())) {
                throw new OutputLocationException(file, "checkpoint " + file + " was written by Senesim " + version
                        + (commit.isEmpty() ? " (commit unknown)" : " (commit " + commit + ")") + ", checkpoint format " + format
                        + "; this is Senesim " + Version.version() + (commit().isEmpty() ? " (commit unknown)" : " (commit " + commit()
                        + ")") + ", format " + FORMAT + ", which cannot read its state. Fix: resume it with the "
                        + "Senesim that wrote it, or start the run again");
            }
            long day = in.readLong();
            int length = in.readInt();
            if (length < 0 || length > MAX_HEADER) {
                throw damaged(file, "its header length is " + length);
            }
            byte[] h = new byte[length];
            in.readFully(h);
            return new Opened(file, header(file, h), day, in);
        } catch (EOFException e) {
            in.close();
            throw damaged(file, "it ends too early");
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Git commit of this build, or "" when not known. */
    private static String commit() {
        String c = Version.gitCommit();
        return c == null ? "" : c;
    }

    private static void verifyChecksum(Path file) throws IOException {
        long size = Files.size(file);
        if (size < MAGIC.length + Long.BYTES) {
            throw damaged(file, "it is only " + size + " bytes long");
        }
        CRC32C crc = new CRC32C();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             CheckedInputStream in = new CheckedInputStream(raw, crc)) {
            byte[] buffer = new byte[1 << 16];
            long left = size - Long.BYTES;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw damaged(file, "it ends too early");
                }
                left -= n;
            }
            long stored = new DataInputStream(raw).readLong();
            if (stored != crc.getValue()) {
                throw damaged(file, "its checksum does not match its contents");
            }
        }
    }

    static OutputLocationException damaged(Path file, String why) {
        return new OutputLocationException(file, "checkpoint " + file + " is damaged (" + why + ") and cannot be "
                + "resumed. Fix: start the run again (a checkpoint is replaced whole or not at all, so this one was "
                + "changed after it was written)");
    }

    private static byte[] headerJson(Header h) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("scenario_text", h.scenarioText());
        o.put("scenario_file", h.scenarioFile());
        if (h.seed() != null) {
            o.put("seed", h.seed());
        }
        if (h.minTier() != null) {
            o.put("min_tier", h.minTier());
        }
        ArrayNode args = o.putArray("command_line");
        h.commandLine().forEach(args::add);
        o.put("threads", h.threads());
        o.put("start", h.start().toString());
        o.put("every_days", h.everyDays());
        o.put("replace", h.replace());
        o.put("quiet", h.quiet());
        return JSON.writeValueAsBytes(o);
    }

    private static Header header(Path file, byte[] json) throws IOException {
        try {
            JsonNode o = JSON.readTree(json);
            List<String> args = new ArrayList<>();
            o.path("command_line").forEach(a -> args.add(a.asText()));
            JsonNode seed = o.get("seed");
            JsonNode tier = o.get("min_tier");
            return new Header(o.get("scenario_text").asText(), o.get("scenario_file").asText(),
                    seed == null ? null : seed.asLong(), tier == null ? null : tier.asText(), args, o.path("threads").asInt(1),
                    Instant.parse(o.path("start").asText()), o.path("every_days").asLong(), o.path("replace").asBoolean(),
                    o.path("quiet").asBoolean());
        } catch (IOException | RuntimeException e) {
            throw damaged(file, "its header cannot be read");
        }
    }
}
