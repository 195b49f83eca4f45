package org.senesim.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The rules every output path obeys, in one place: names a user chose (scenario, arm, label) become
 * one harmless path component, and a file-system refusal becomes one line naming the path and the fix.
 */
public final class OutputPaths {

    /** Longest component made from a user's name; file systems allow 255 bytes, leave room for suffixes. */
    static final int MAX_COMPONENT = 80;

    private OutputPaths() {
    }

    /**
     * A user-chosen name as one path component that cannot leave its folder or hide: letters, digits,
     * {@code - _ .} kept, anything else (separators, spaces, control characters) becomes {@code _}, a
     * leading dot is prefixed with {@code _} (so {@code ..} is {@code _..}), at most {@value #MAX_COMPONENT}
     * characters. Two different names may give the same component; {@link RunFolder#component} makes
     * them unique within a run folder.
     */
    public static String component(String name) {
        if (name == null || name.isEmpty()) {
            return "_";
        }
        StringBuilder sb = new StringBuilder(Math.min(name.length(), MAX_COMPONENT));
        for (int i = 0; i < name.length() && sb.length() < MAX_COMPONENT; i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.';
            sb.append(ok ? c : '_');
        }
        if (sb.charAt(0) == '.') {
            sb.insert(0, '_');
        }
        return sb.toString();
    }

    /** A short prefix of a text for messages: a hostile multi-megabyte name is never quoted whole. */
    public static String quote(String text) {
        if (text == null) {
            return "''";
        }
        String s = text.length() <= 60 ? text : text.substring(0, 60) + "… (" + text.length() + " characters)";
        return "'" + s + "'";
    }

    /** Whether two components name the same file on a case-insensitive file system. */
    static String key(String component) {
        return component.toLowerCase(Locale.ROOT);
    }

    /**
     * The file-system error {@code e}, met while {@code doing} at {@code path}, as bad input naming the
     * path and the fix.
     */
    public static OutputLocationException refused(Path path, String doing, IOException e, String fix) {
        if (e instanceof OutputLocationException o) {
            return o;
        }
        String why;
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        Path at = e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : path;
        if (e instanceof AccessDeniedException) {
            why = "permission denied at " + at;
        } else if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException
                || (!Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS) && Files.exists(at, LinkOption.NOFOLLOW_LINKS)
                && !at.equals(path))) {
            why = at + " is a file, not a folder";
        } else if (e instanceof NoSuchFileException) {
            why = "the file system refuses to create " + at + " (no such file or directory)";
        } else {
            why = (reason == null ? e.getClass().getSimpleName() : reason) + " at " + at;
        }
        return new OutputLocationException(path, "cannot " + doing + " " + path + ": " + why + ". Fix: " + fix, e);
    }
}
