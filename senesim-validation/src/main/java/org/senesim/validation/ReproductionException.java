package org.senesim.validation;

/**
 * A reproduction's files are wrong or do not match its code, with where and how to fix it. The
 * message is one line: {@code file:line: problem. Fix: ...}; line 0 when there is no line to
 * point at.
 */
public final class ReproductionException extends RuntimeException {

    private final String file;
    private final int line;

    public ReproductionException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem.replaceAll("\\s*\\R\\s*", " ").strip());
        this.file = file;
        this.line = line;
    }

    /** File label, as {@code examples/reproductions/NAME.published.yaml}. */
    public String file() {
        return file;
    }

    /** 1-based line, 0 when there is none. */
    public int line() {
        return line;
    }
}
