package org.senesim.cli;

/** A mistake in what the user gave (an option, a file, an output folder): exit code 2, one line. */
final class InputException extends RuntimeException {
    InputException(String message) {
        super(message);
    }
}
