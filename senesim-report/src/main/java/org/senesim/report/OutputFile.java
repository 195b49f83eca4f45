package org.senesim.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * One output file written whole or not at all, by the rules of {@link RunFolder}: an existing file is
 * replaced only when asked ({@code --force}), never a folder; the new file is written beside the
 * target and renamed into place, so a failure never leaves half a file; it gets the permissions any
 * new file gets (the umask), not a temporary file's owner-only ones; a refusal of the file system is
 * one line naming the path and the fix.
 */
public final class OutputFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OutputFile() {
    }

    /**
     * Writes {@code content} to {@code target}.
     *
     * @param option the option that named the file, for messages (e.g. {@code --out})
     * @return the absolute path written
     */
    public static Path write(Path target, byte[] content, boolean replace, String option) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        String fix = "choose a file you can write with " + option + " FILE";
        if (Files.isDirectory(abs)) {
            throw new OutputExistsException(abs, option + " " + target + " is a folder, not a file. Fix: " + fix);
        }
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !replace) {
            throw new OutputExistsException(abs, option + " " + target + " already exists. Fix: pass --force to replace it, "
                    + "or choose another file");
        }
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new OutputLocationException(abs, option + " " + target + ": folder " + dir + " does not exist. Fix: "
                    + "create it or choose another path");
        }
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        Path tmp = dir.resolve("." + OutputPaths.component(abs.getFileName().toString()) + "." + HexFormat.of().formatHex(b)
                + Leftovers.PARTIAL);
        try {
            Files.createFile(tmp);
            Files.write(tmp, content);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileAlreadyExistsException e) {
            throw OutputPaths.refused(abs, "write", e, fix);
        } catch (IOException e) {
            throw OutputPaths.refused(abs, "write", e, fix);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return abs;
    }
}
