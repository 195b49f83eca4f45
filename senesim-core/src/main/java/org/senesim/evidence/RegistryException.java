package org.senesim.evidence;

/** A registry data file is malformed: a defect of the shipped data, reported with file and line. */
public final class RegistryException extends RuntimeException {
    public RegistryException(String message) {
        super(message);
    }

    public RegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
