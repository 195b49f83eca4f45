package org.senesim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The hidden folders a run leaves while it works ({@code .<name>.partial}) and the owner note inside
 * each, so that the next run can tell a folder whose run is still going from one whose run was killed
 * ({@code kill -9}, power cut), remove the latter and say so, instead of letting them pile up.
 */
final class Leftovers {

    /** Suffix of a run's unfinished folder. */
    static final String PARTIAL = ".partial";
    /** Suffix of the folder a {@code --force} run moves aside while it replaces it. */
    static final String OLD = ".old";
    /** The note inside an unfinished folder naming the process writing it; never part of a finished run. */
    static final String OWNER = ".senesim-owner";

    private static final Pattern OURS = Pattern.compile("^\\..+\\.partial$");
    private static final Pattern EARLIER = Pattern.compile("^\\..+\\.(partial|old)(-[0-9a-f]{12})?$");

    private Leftovers() {
    }

    static void writeOwner(Path work) throws IOException {
        ProcessHandle me = ProcessHandle.current();
        Files.writeString(work.resolve(OWNER), "pid=" + me.pid() + "\nstart="
                + me.info().startInstant().map(Instant::toEpochMilli).map(String::valueOf).orElse("") + "\n",
                StandardCharsets.UTF_8);
    }

    static void removeOwner(Path work) throws IOException {
        Files.deleteIfExists(work.resolve(OWNER));
    }

    /** "process 1234", or "unknown process" when the folder has no readable owner note. */
    static String owner(Path work) {
        long[] o = readOwner(work);
        return o == null ? "unknown process" : "process " + o[0];
    }

    /** Whether the owner note names a process that still runs (the same one: pid and start time). */
    static boolean ownerAlive(Path work) {
        long[] o = readOwner(work);
        if (o == null) {
            return false;
        }
        Optional<ProcessHandle> h = ProcessHandle.of(o[0]);
        if (h.isEmpty() || !h.get().isAlive()) {
            return false;
        }
        Optional<Instant> start = h.get().info().startInstant();
        return o[1] < 0 || start.isEmpty() || start.get().toEpochMilli() == o[1];
    }

    /** Whether an unfinished folder holds a checkpoint ({@code senesim resume} continues it; never removed). */
    static boolean resumable(Path work) {
        return Files.exists(work.resolve(RunFiles.CHECKPOINT), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Removes an unfinished folder whose owner is gone; false when it belongs to a live run or holds
     * a checkpoint.
     */
    static boolean removeIfAbandoned(Path work) throws IOException {
        if (resumable(work)) {
            return false;
        }
        if (!Files.exists(work.resolve(OWNER), LinkOption.NOFOLLOW_LINKS)) {
            // just created, its owner note not yet written, or not ours: give it a minute
            try {
                if (Files.getLastModifiedTime(work).toInstant().isAfter(Instant.now().minusSeconds(60))) {
                    return false;
                }
            } catch (NoSuchFileException e) {
                return true;
            }
        } else if (ownerAlive(work)) {
            return false;
        }
        deleteTree(work);
        return true;
    }

    /**
     * Removes the unfinished folders of killed runs in {@code parent} and lists those it cannot judge
     * (from an earlier Senesim, without an owner note); one notice each.
     */
    static List<String> sweep(Path parent) {
        List<String> notices = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, p -> p.getFileName().toString().startsWith("."))) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                boolean hasOwner = Files.exists(p.resolve(OWNER), LinkOption.NOFOLLOW_LINKS);
                if (OURS.matcher(name).matches() && resumable(p)) {
                    if (!ownerAlive(p)) {
                        notices.add("found " + p + ", a killed run with a checkpoint: continue it with 'senesim resume "
                                + p + "', or delete it");
                    }
                } else if (OURS.matcher(name).matches() && hasOwner) {
                    if (!ownerAlive(p)) {
                        String who = owner(p);
                        deleteTree(p);
                        notices.add("removed " + p + ", the unfinished folder of a run that was killed (" + who + ")");
                    }
                } else if (EARLIER.matcher(name).matches()
                        && Files.getLastModifiedTime(p).toInstant().isBefore(Instant.now().minusSeconds(60))) {
                    notices.add("found " + p + ", left by an interrupted run; delete it once no Senesim run is writing there");
                }
            }
        } catch (IOException e) {
            // the sweep is a courtesy: a folder we cannot list is reported when we try to write it
        }
        return notices;
    }

    private static long[] readOwner(Path work) {
        try {
            long pid = -1;
            long start = -1;
            for (String line : Files.readAllLines(work.resolve(OWNER), StandardCharsets.UTF_8)) {
                if (line.startsWith("pid=")) {
                    pid = Long.parseLong(line.substring(4).trim());
                } else if (line.startsWith("start=") && line.length() > 6) {
                    start = Long.parseLong(line.substring(6).trim());
                }
            }
            return pid < 0 ? null : new long[] {pid, start};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Deletes a folder and everything in it, without following symbolic links. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null && !(exc instanceof NoSuchFileException)) {
                    throw exc;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
