package org.senesim.report;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The output folder of one run, written all at once or not at all.
 *
 * <p>{@link #create} makes a hidden temporary sibling of the final folder
 * ({@code .<name>.partial-<random>}); every writer writes into it through {@link #resolve} or the
 * {@code write…} methods; {@link #commit} renames it into place with one atomic rename. Closing
 * without a commit deletes the temporary folder, and so does a shutdown hook on Ctrl-C, so a
 * failed or interrupted run leaves nothing that looks complete. Only a {@code kill -9} or a power
 * cut can leave a {@code .partial-} folder behind, and its name says what it is.
 *
 * <pre>{@code
 * try (RunFolder out = RunFolder.create(Path.of("runs/baseline"), force)) {
 *     out.writeText(RunFiles.SCENARIO, yaml);
 *     TimeSeriesCsv.write(out, series);
 *     out.commit();
 * }
 * }</pre>
 *
 * <p>Replacing an existing folder ({@code replace = true}) moves the old one aside, renames the new
 * one into place and then deletes the old one. As a guard against {@code --out ~ --force}, only an
 * empty folder or one holding {@link RunFiles#PROVENANCE} (which every Senesim run writes) is
 * replaced. The rename is atomic for other readers of the same file system; files are not synced
 * to disk, so a power cut shortly after a commit may still lose data.
 */
public final class RunFolder implements AutoCloseable {

    /** A piece of code that writes to an open stream or writer. */
    @FunctionalInterface
    public interface IoConsumer<T> {
        void accept(T target) throws IOException;
    }

    private enum State { OPEN, COMMITTED, DISCARDED }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path finalDir;
    private final Path workDir;
    private final boolean replace;
    private volatile State state = State.OPEN;

    private RunFolder(Path finalDir, Path workDir, boolean replace) {
        this.finalDir = finalDir;
        this.workDir = workDir;
        this.replace = replace;
    }

    /**
     * Starts a run folder that will become {@code finalDir} on {@link #commit}.
     *
     * @param finalDir the folder the run must end up in; its parent folders are created
     * @param replace  whether an existing run folder at {@code finalDir} may be replaced
     * @throws OutputExistsException if {@code finalDir} exists and may not be replaced
     * @throws IOException           if the temporary folder cannot be made
     */
    public static RunFolder create(Path finalDir, boolean replace) throws IOException {
        Path target = finalDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || target.getFileName() == null) {
            throw new IllegalArgumentException("a run folder cannot be the file-system root: " + finalDir);
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            checkReplaceable(target, replace);
        }
        Files.createDirectories(parent);
        Path work = createUniqueSibling(target, "partial");
        RunFolder folder = new RunFolder(target, work, replace);
        Cleaner.register(folder);
        return folder;
    }

    /** The folder the run ends up in after {@link #commit}. */
    public Path finalDir() {
        return finalDir;
    }

    /** The temporary folder being written; it no longer exists after commit or close. */
    public Path dir() {
        return workDir;
    }

    /** Whether {@link #commit} has succeeded. */
    public boolean isCommitted() {
        return state == State.COMMITTED;
    }

    /**
     * The path of a file inside the temporary folder, creating its parent folders.
     *
     * @param name a relative path with {@code /} separators, e.g. {@code snapshots/day-000365.vti};
     *             it must stay inside the folder
     */
    public Path resolve(String name) throws IOException {
        requireOpen();
        Path p = checkedPath(name);
        if (!Files.isDirectory(workDir)) {
            throw new NoSuchFileException(workDir.toString(), null, "the unfinished run folder was deleted");
        }
        Path parent = p.getParent();
        if (!parent.equals(workDir)) {
            Files.createDirectories(parent);
        }
        return p;
    }

    /** Writes a UTF-8 text file, e.g. {@link RunFiles#SCENARIO} from a YAML string the caller made. */
    public void writeText(String name, String content) throws IOException {
        writeBinary(name, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes a UTF-8 text file through a buffered writer. */
    public void writeText(String name, IoConsumer<Writer> body) throws IOException {
        writeBinary(name, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            body.accept(w);
            w.flush();
        });
    }

    /** Writes a binary file through a buffered stream. */
    public void writeBinary(String name, IoConsumer<OutputStream> body) throws IOException {
        Path p = resolve(name);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
            body.accept(out);
        }
    }

    /** The files written so far, as sorted relative names with {@code /} separators. */
    public List<String> files() throws IOException {
        requireOpen();
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(workDir)) {
            walk.filter(Files::isRegularFile)
                    .forEach(p -> names.add(workDir.relativize(p).toString().replace('\\', '/')));
        }
        Collections.sort(names);
        return names;
    }

    /**
     * Renames the temporary folder into place. If the final folder appeared meanwhile, it is
     * replaced only when {@code replace} was asked for (and it is a run folder); otherwise this
     * throws {@link OutputExistsException} and the work stays in the temporary folder until
     * {@link #close}.
     *
     * @return the final folder
     */
    public synchronized Path commit() throws IOException {
        requireOpen();
        Path aside = null;
        if (Files.exists(finalDir, LinkOption.NOFOLLOW_LINKS)) {
            checkReplaceable(finalDir, replace);
            aside = uniqueSiblingName(finalDir, "old");
            Files.move(finalDir, aside, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(workDir, finalDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (aside != null) {
                try {
                    Files.move(aside, finalDir, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException restore) {
                    e.addSuppressed(restore);
                }
            }
            throw e;
        }
        state = State.COMMITTED;
        Cleaner.unregister(this);
        if (aside != null) {
            try {
                deleteTree(aside);
            } catch (IOException e) {
                throw new IOException("the run was saved in " + finalDir + ", but the folder it replaced, moved to "
                        + aside + ", could not be deleted: " + e.getMessage(), e);
            }
        }
        return finalDir;
    }

    /** Deletes the temporary folder unless the run was committed. Safe to call more than once. */
    @Override
    public synchronized void close() throws IOException {
        if (state != State.OPEN) {
            return;
        }
        state = State.DISCARDED;
        Cleaner.unregister(this);
        deleteTree(workDir);
    }

    /** Called by the shutdown hook: like {@link #close}, but never throws. */
    private synchronized void discardQuietly() {
        if (state != State.OPEN) {
            return;
        }
        state = State.DISCARDED;
        try {
            deleteTree(workDir);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("senesim: could not delete the unfinished output folder " + workDir + ": "
                    + e.getMessage());
        }
    }

    private void requireOpen() {
        State s = state;
        if (s != State.OPEN) {
            throw new IllegalStateException("run folder " + finalDir + " is already "
                    + (s == State.COMMITTED ? "committed" : "discarded"));
        }
    }

    private Path checkedPath(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.contains("\\")) {
            throw new IllegalArgumentException("not a relative file name: " + name);
        }
        Path p = workDir.resolve(name).normalize();
        if (!p.startsWith(workDir) || p.equals(workDir)) {
            throw new IllegalArgumentException("file name leaves the run folder: " + name);
        }
        return p;
    }

    private static void checkReplaceable(Path target, boolean replace) throws IOException {
        if (!replace) {
            throw new OutputExistsException(target);
        }
        if (!Files.isDirectory(target)) {
            throw new OutputExistsException(target, "output path " + target
                    + " exists and is not a folder; --force only replaces run folders. Delete it yourself or choose another --out");
        }
        boolean empty;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            empty = !entries.iterator().hasNext();
        }
        if (!empty && !Files.isRegularFile(target.resolve(RunFiles.PROVENANCE))) {
            throw new OutputExistsException(target, "output folder " + target + " exists and does not look like a "
                    + "Senesim run folder (it has no " + RunFiles.PROVENANCE + "), so --force will not replace it. "
                    + "Delete it yourself or choose another --out");
        }
    }

    private static Path createUniqueSibling(Path target, String kind) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = uniqueSiblingName(target, kind);
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static Path uniqueSiblingName(Path target, String kind) {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return target.resolveSibling("." + target.getFileName() + "." + kind + "-" + HexFormat.of().formatHex(b));
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

    /** Deletes the temporary folders of runs still open when the JVM shuts down (Ctrl-C). */
    private static final class Cleaner {
        private static final Set<RunFolder> OPEN = ConcurrentHashMap.newKeySet();
        private static boolean hookInstalled;

        static void register(RunFolder folder) {
            synchronized (Cleaner.class) {
                if (!hookInstalled) {
                    Runtime.getRuntime().addShutdownHook(new Thread(Cleaner::discardAll, "senesim-run-folder-cleanup"));
                    hookInstalled = true;
                }
            }
            OPEN.add(folder);
        }

        static void unregister(RunFolder folder) {
            OPEN.remove(folder);
        }

        private static void discardAll() {
            for (RunFolder f : OPEN) {
                f.discardQuietly();
            }
        }
    }
}
