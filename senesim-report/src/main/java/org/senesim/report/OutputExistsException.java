package org.senesim.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The output folder of a run already exists and the caller did not ask to replace it. The message
 * names the folder and the fix, so a command line can print it as it is.
 */
public final class OutputExistsException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path folder;

    /** The folder exists and replacing it was not asked for. */
    public OutputExistsException(Path folder) {
        this(folder, "output folder " + folder
                + " already exists; choose another --out or pass --force to replace it");
    }

    /** The folder exists and cannot be replaced for the stated reason (the message says the fix). */
    public OutputExistsException(Path folder, String message) {
        super(message);
        this.folder = folder;
    }

    /** The folder that exists. */
    public Path folder() {
        return folder;
    }
}
