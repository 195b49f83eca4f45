package org.senesim.report;

import java.nio.file.Path;

/**
 * The output folder or file already exists and the caller did not ask to replace it, or it holds
 * something Senesim did not write. The message names the path and the fix.
 */
public final class OutputExistsException extends OutputLocationException {

    private static final long serialVersionUID = 1L;

    /** The folder exists and replacing it was not asked for. */
    public OutputExistsException(Path folder) {
        this(folder, "output folder " + folder
                + " already exists; choose another --out or pass --force to replace it");
    }

    /** The path exists and cannot be replaced for the stated reason (the message says the fix). */
    public OutputExistsException(Path folder, String message) {
        super(folder, message);
    }

    /** The folder that exists. */
    public Path folder() {
        return path();
    }
}
