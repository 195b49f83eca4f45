package org.senesim.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The place a command was asked to write cannot take its output: it exists and may not be replaced,
 * it is read-only, it is not a folder, the file system refuses, or it is full. Bad input, not a bug:
 * the message is one line naming the path and the fix, so a command line prints it as it is.
 */
public class OutputLocationException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public OutputLocationException(Path path, String message) {
        super(message);
        this.path = path;
    }

    public OutputLocationException(Path path, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    /** The path that could not be written. */
    public Path path() {
        return path;
    }
}
