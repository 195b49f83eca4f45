package org.senesim.report;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The output folder of one run, written all at once or not at all, and never outside itself.
 *
 * <p>{@link #create} reserves a hidden sibling of the final folder ({@code .<name>.partial}, made
 * atomically, with the owner's process id inside) before any computing starts; every writer writes
 * into it through {@link #resolve} or the {@code write…} methods; {@link #commit} writes the manifest
 * ({@link RunFiles#MANIFEST}, every file written) and renames the folder into place with one atomic
 * rename. Closing without a commit deletes the temporary folder, and so does a shutdown hook on
 * Ctrl-C, which prints one line saying nothing was written. A {@code kill -9} can leave a
 * {@code .partial} folder behind: the next run into the same parent folder finds that its owner is
 * gone and removes it ({@link #notices} says so).
 *
 * <pre>{@code
 * try (RunFolder out = RunFolder.create(Path.of("runs/baseline"), force)) {
 *     out.writeText(RunFiles.SCENARIO, yaml);
 *     TimeSeriesCsv.write(out, series);
 *     out.commit();
 * }
 * }</pre>
 *
 * <p>What can never happen, whatever names a user gives: a file outside the folder (names are
 * checked; user-chosen names go through {@link #component}), two outputs of one run on the same file
 * (a second write of a name is a bug and throws), {@code --force} deleting anything Senesim did not
 * write (only an empty folder or one holding exactly the files of its manifest is replaced). The
 * rename is atomic for other readers of the same file system; files are not synced to disk, so a
 * power cut shortly after a commit may still lose data.
 */
public final class RunFolder implements AutoCloseable {

    /** A piece of code that writes to an open stream or writer. */
    @FunctionalInterface
    public interface IoConsumer<T> {
        void accept(T target) throws IOException;
    }

    private enum State { OPEN, COMMITTED, DISCARDED }

    private static final String FIX = "choose a folder you can write with --out DIR (e.g. --out /tmp/senesim-run)";

    private final Path finalDir;
    private final Path workDir;
    private final boolean replace;
    private final List<String> notices;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Map<String, String> components = new HashMap<>();
    private volatile State state = State.OPEN;

    private RunFolder(Path finalDir, Path workDir, boolean replace, List<String> notices) {
        this.finalDir = finalDir;
        this.workDir = workDir;
        this.replace = replace;
        this.notices = List.copyOf(notices);
    }

    /**
     * Starts a run folder that will become {@code finalDir} on {@link #commit}.
     *
     * @param finalDir the folder the run must end up in; its parent folders are created
     * @param replace  whether an existing run folder at {@code finalDir} may be replaced
     * @throws OutputExistsException     if {@code finalDir} exists and may not be replaced, or another
     *                                   run is writing it now
     * @throws OutputLocationException   if the folder cannot be made there (read-only, not a folder…)
     */
    public static RunFolder create(Path finalDir, boolean replace) throws IOException {
        Path target = finalDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || target.getFileName() == null) {
            throw new OutputLocationException(finalDir, "cannot use " + finalDir + " as a run folder: it is the root "
                    + "of the file system. Fix: " + FIX);
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            checkReplaceable(target, replace);
        }
        makeParent(target, parent);
        List<String> notices = Leftovers.sweep(parent);
        Path work = partialName(target);
        if (Leftovers.resumable(work) && !Leftovers.ownerAlive(work)) {
            throw new OutputExistsException(target, "an interrupted run of " + target + " left a checkpoint in " + work
                    + ". Fix: continue it with 'senesim resume " + work + "', or delete that folder to start again");
        }
        if (!reserve(work)) {
            throw new OutputExistsException(target, "another Senesim run (" + Leftovers.owner(work) + ") is writing "
                    + target + " now. Fix: wait for it, or choose another --out");
        }
        return open(target, work, replace, notices);
    }

    /**
     * Starts a run folder named after a user's text in {@code parent}: {@link OutputPaths#component} of
     * {@code name}, or with {@code -2}, {@code -3}… when that name is taken or being written by another
     * run. The name is reserved now, so runs started in the same second each get their own.
     */
    public static RunFolder createUnique(Path parent, String name) throws IOException {
        Path dir = parent.toAbsolutePath().normalize();
        String base = OutputPaths.component(name);
        makeParent(dir.resolve(base), dir);
        List<String> notices = Leftovers.sweep(dir);
        for (int n = 1; n < 10_000; n++) {
            Path target = dir.resolve(n == 1 ? base : base + "-" + n);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Path work = partialName(target);
            if (!reserve(work)) {
                continue;
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                // another run committed this name between our check and our reservation
                deleteTree(work);
                continue;
            }
            return open(target, work, false, notices);
        }
        throw new OutputLocationException(dir, "cannot find a free run folder name for " + OutputPaths.quote(base)
                + " in " + dir + ". Fix: " + FIX);
    }

    private static RunFolder open(Path target, Path work, boolean replace, List<String> notices) throws IOException {
        RunFolder folder = new RunFolder(target, work, replace, notices);
        Cleaner.register(folder);
        try {
            Leftovers.writeOwner(work);
        } catch (IOException e) {
            folder.close();
            throw OutputPaths.refused(target, "write the run folder", e, FIX);
        }
        return folder;
    }

    private static void makeParent(Path target, Path parent) throws OutputLocationException {
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw OutputPaths.refused(target, "create the run folder", e, FIX);
        }
        if (!Files.isWritable(parent)) {
            throw new OutputLocationException(target, "cannot create the run folder " + target + ": " + parent
                    + " is not writable. Fix: " + FIX);
        }
    }

    /** Creates the reservation folder; false when it exists and its owner still runs. */
    private static boolean reserve(Path work) throws IOException {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Files.createDirectory(work);
                return true;
            } catch (FileAlreadyExistsException e) {
                if (!Leftovers.removeIfAbandoned(work)) {
                    return false;
                }
            } catch (IOException e) {
                throw OutputPaths.refused(work.resolveSibling(work.getFileName().toString().substring(1)
                        .replaceFirst("\\.partial$", "")), "create the run folder", e, FIX);
            }
        }
        return false;
    }

    /**
     * Takes over the unfinished folder of a run that was killed after writing a checkpoint
     * ({@code senesim resume}): the folder must be a {@code .<name>.partial} folder holding
     * {@link RunFiles#CHECKPOINT}, and its run must be gone. Whatever the killed run had begun to
     * write besides its checkpoint is removed; the run ends in {@code <name>} as it would have.
     *
     * @param replace whether the finished run may replace a folder of that name (the original {@code --force})
     */
    public static RunFolder resume(Path workDir, boolean replace) throws IOException {
        Path work = workDir.toAbsolutePath().normalize();
        String name = work.getFileName() == null ? "" : work.getFileName().toString();
        if (!name.startsWith(".") || !name.endsWith(Leftovers.PARTIAL) || name.length() <= 1 + Leftovers.PARTIAL.length()
                || !Files.isRegularFile(work.resolve(RunFiles.CHECKPOINT), LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputLocationException(workDir, workDir + " is not the unfinished folder of a checkpointed run "
                    + "(a hidden .NAME.partial folder holding " + RunFiles.CHECKPOINT + "). Fix: give the folder that "
                    + "'senesim run --checkpoint-every' named, or its " + RunFiles.CHECKPOINT);
        }
        if (Leftovers.ownerAlive(work)) {
            throw new OutputExistsException(work, "the run writing " + work + " (" + Leftovers.owner(work)
                    + ") is still going. Fix: wait for it, or stop it first");
        }
        if (!Files.isWritable(work)) {
            throw new OutputLocationException(work, "cannot continue the run in " + work + ": it is not writable. Fix: "
                    + "make it writable, or copy it somewhere writable and resume the copy");
        }
        Path target = work.resolveSibling(name.substring(1, name.length() - Leftovers.PARTIAL.length()));
        try (Stream<Path> entries = Files.list(work)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                String n = p.getFileName().toString();
                if (!n.equals(RunFiles.CHECKPOINT)) {
                    deleteTree(p);
                }
            }
        }
        return open(target, work, replace, List.of());
    }

    /**
     * Saves a checkpoint atomically: written to a temporary file, forced to disk, then renamed over
     * the previous one, so a crash at any moment leaves either the old checkpoint or the new one,
     * whole. It is not an output of the run: {@link #commit} removes it.
     */
    public synchronized void writeCheckpoint(IoConsumer<OutputStream> body) throws IOException {
        requireOpen();
        Path tmp = workDir.resolve(RunFiles.CHECKPOINT + ".tmp");
        Path done = workDir.resolve(RunFiles.CHECKPOINT);
        try {
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch), 1 << 16)) {
                body.accept(out);
                out.flush();
                ch.force(true);
            }
            Files.move(tmp, done, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncFolder(workDir);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw OutputPaths.refused(finalDir, "write a checkpoint into", e, FIX);
        }
    }

    /** Forces a folder's entries (a rename) to disk where the platform allows it. */
    private static void syncFolder(Path dir) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform can open a folder; the file itself was forced
        }
    }

    static Path partialName(Path target) {
        return target.resolveSibling("." + target.getFileName() + Leftovers.PARTIAL);
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

    /** What was found and cleaned in the parent folder when this one was made (folders of killed runs). */
    public List<String> notices() {
        return notices;
    }

    /**
     * A user-chosen name (an arm, a label) as a path component of this folder: {@link OutputPaths#component}
     * of it, made unique, so that two different names never share a file even where the file system
     * ignores case. The same name always gives the same component.
     */
    public synchronized String component(String userName) {
        String safe = OutputPaths.component(userName);
        for (int n = 1; ; n++) {
            String c = n == 1 ? safe : safe + "-" + n;
            String owner = components.putIfAbsent(OutputPaths.key(c), userName);
            if (owner == null || owner.equals(userName)) {
                return c;
            }
        }
    }

    /**
     * The path of a file inside the temporary folder, creating its parent folders.
     *
     * @param name a relative path with {@code /} separators, e.g. {@code snapshots/day-000365.vti};
     *             no empty, {@code .} or {@code ..} parts
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

    /**
     * Writes a binary file through a buffered stream. Each name is written once: a second output of
     * the same run under the same name would replace the first, so it is refused as a bug.
     */
    public void writeBinary(String name, IoConsumer<OutputStream> body) throws IOException {
        Path p = resolve(name);
        if (!written.add(OutputPaths.key(workDir.relativize(p).toString()))) {
            throw new IllegalStateException("two outputs of this run are both named " + OutputPaths.quote(name)
                    + "; the second would replace the first");
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), 1 << 16)) {
            body.accept(out);
        } catch (UncheckedIOException e) {
            throw OutputPaths.refused(finalDir, "write " + name + " of the run folder", e.getCause(), FIX);
        } catch (IOException e) {
            throw OutputPaths.refused(finalDir, "write " + name + " of the run folder", e, FIX);
        }
    }

    /** The files written so far, as sorted relative names with {@code /} separators. */
    public List<String> files() throws IOException {
        requireOpen();
        return listFiles(workDir);
    }

    /**
     * Writes the manifest and renames the temporary folder into place. If the final folder appeared
     * meanwhile, it is replaced only when {@code replace} was asked for (and Senesim wrote it);
     * otherwise this throws {@link OutputExistsException} and the work stays in the temporary folder
     * until {@link #close}.
     *
     * @return the final folder
     */
    public synchronized Path commit() throws IOException {
        requireOpen();
        Leftovers.removeOwner(workDir);
        Files.deleteIfExists(workDir.resolve(RunFiles.CHECKPOINT));
        Files.deleteIfExists(workDir.resolve(RunFiles.CHECKPOINT + ".tmp"));
        writeManifest();
        Path aside = null;
        if (Files.exists(finalDir, LinkOption.NOFOLLOW_LINKS)) {
            checkReplaceable(finalDir, replace);
            aside = finalDir.resolveSibling("." + finalDir.getFileName() + Leftovers.OLD);
            deleteTree(aside);
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
            throw OutputPaths.refused(finalDir, "move the finished run into", e, FIX);
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

    private void writeManifest() throws IOException {
        StringBuilder sb = new StringBuilder(Manifest.HEADER);
        for (String f : listFiles(workDir)) {
            sb.append(f).append('\n');
        }
        writeText(RunFiles.MANIFEST, sb.toString());
    }

    /**
     * Deletes the temporary folder unless the run was committed, or it holds a checkpoint (a run that
     * failed after one can still be continued: this says how on stderr). Safe to call more than once.
     */
    @Override
    public synchronized void close() throws IOException {
        if (state != State.OPEN) {
            return;
        }
        state = State.DISCARDED;
        Cleaner.unregister(this);
        if (Leftovers.resumable(workDir)) {
            System.err.println("senesim: the run stopped; it can continue from its last checkpoint: senesim resume "
                    + workDir);
            return;
        }
        deleteTree(workDir);
    }

    /**
     * Called by the shutdown hook: like {@link #close}, but never throws; true when something was
     * removed. A folder holding a checkpoint is kept (and the way to continue it said), since the
     * point of a checkpoint is to survive the run's end.
     */
    private synchronized boolean discardQuietly() {
        if (state != State.OPEN) {
            return false;
        }
        state = State.DISCARDED;
        if (Files.exists(workDir.resolve(RunFiles.CHECKPOINT), LinkOption.NOFOLLOW_LINKS)) {
            System.err.println(System.lineSeparator() + "senesim: interrupted; the run can continue from its last "
                    + "checkpoint: senesim resume " + workDir);
            System.err.flush();
            return false;
        }
        try {
            deleteTree(workDir);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("senesim: could not delete the unfinished output folder " + workDir + ": "
                    + e.getMessage());
        }
        return true;
    }

    private void requireOpen() {
        State s = state;
        if (s != State.OPEN) {
            throw new IllegalStateException("run folder " + finalDir + " is already "
                    + (s == State.COMMITTED ? "committed" : "discarded"));
        }
    }

    private Path checkedPath(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a relative file name: " + OutputPaths.quote(name));
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || part.length() > 255) {
                throw new IllegalArgumentException("file name " + OutputPaths.quote(name) + " has an empty, '.', '..' "
                        + "or over-long part; names a user chose go through RunFolder.component");
            }
        }
        Path p = workDir.resolve(name).normalize();
        if (!p.startsWith(workDir) || p.equals(workDir)) {
            throw new IllegalArgumentException("file name leaves the run folder: " + OutputPaths.quote(name));
        }
        return p;
    }

    private static void checkReplaceable(Path target, boolean replace) throws IOException {
        if (!replace) {
            throw new OutputExistsException(target);
        }
        String foreign = Manifest.foreignFile(target);
        if (foreign != null) {
            throw new OutputExistsException(target, "output folder " + target + " " + foreign + ", so --force will not "
                    + "replace it (it replaces only a folder holding exactly what Senesim wrote, as listed in its "
                    + RunFiles.MANIFEST + "). Fix: move that out, delete the folder yourself, or choose another --out");
        }
    }

    static List<String> listFiles(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> !p.equals(dir) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.equals(Leftovers.OWNER))
                    .forEach(names::add);
        }
        Collections.sort(names);
        return names;
    }

    /** Deletes a folder and everything in it, without following symbolic links. */
    static void deleteTree(Path root) throws IOException {
        Leftovers.deleteTree(root);
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
            Set<Path> removed = new HashSet<>();
            for (RunFolder f : OPEN) {
                if (f.discardQuietly()) {
                    removed.add(f.finalDir);
                }
            }
            for (Path p : removed) {
                System.err.println(System.lineSeparator() + "senesim: interrupted; nothing was written to " + p + ".");
                System.err.flush();
            }
        }
    }
}
