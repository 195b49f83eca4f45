package org.senesim.cli;

/** The command-line contract: 0 success, 2 bad input, 1 internal error. */
final class ExitCodes {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
