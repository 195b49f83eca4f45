package org.senesim.scenario;

import java.util.Objects;

/**
 * A scenario file is wrong, with where and how to fix it. The message is one line:
 * {@code file:line:column: key: problem. Fix: ...}. Line and column are 1-based; both are 0 when
 * there is no line to point at (a missing or unreadable file), and the message says so.
 */
public final class ScenarioException extends RuntimeException {

    private final String file;
    private final int line;
    private final int column;
    private final String key;
    private final String problem;

    /**
     * @param file    file label as the user gave it
     * @param line    1-based line, 0 when there is none
     * @param column  1-based column, 0 when there is none
     * @param key     dotted key path such as {@code person.smoking} or {@code tissue.size[2]}, empty
     *                for problems of the whole file
     * @param problem what is wrong and how to fix it
     */
    public ScenarioException(String file, int line, int column, String key, String problem) {
        this(file, line, column, key, problem, null);
    }

    public ScenarioException(String file, int line, int column, String key, String problem, Throwable cause) {
        super(format(file, line, column, key, problem), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
        this.key = key == null ? "" : key;
        this.problem = oneLine(problem);
    }

    /**
     * An error located at {@code node}: the scenario loader's readers, and the trial-file reader
     * (senesim-trial), which reads its own located tree through {@link YamlTreeReader}.
     */
    public static ScenarioException at(ScenarioNode node, String key, String problem) {
        return new ScenarioException(node.file(), node.line(), node.column(), key, problem);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** Dotted key path, empty for whole-file problems. */
    public String key() {
        return key;
    }

    /** The message without the location and key prefix. */
    public String problem() {
        return problem;
    }

    private static String format(String file, int line, int column, String key, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(':').append(line).append(':').append(column).append(": ");
        if (key != null && !key.isEmpty()) {
            sb.append(key).append(": ");
        }
        sb.append(oneLine(problem));
        return sb.toString();
    }

    /** Longest word of a message quoted whole; a longer one (a hostile value) shows its start only. */
    static final int MAX_WORD = 120;
    /** Longest message. */
    static final int MAX_MESSAGE = 2000;

    private static String oneLine(String s) {
        return s == null ? "" : shorten(s.strip().replaceAll("\\s*\\R\\s*", " "));
    }

    /** The message with every over-long word cut to a prefix, and at most {@link #MAX_MESSAGE} characters. */
    static String shorten(String s) {
        if (s.length() <= MAX_WORD) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int end = s.indexOf(' ', i);
            end = end < 0 ? s.length() : end;
            if (end - i > MAX_WORD) {
                sb.append(s, i, i + 60).append("…(").append(end - i).append(" characters)");
            } else {
                sb.append(s, i, end);
            }
            if (end < s.length()) {
                sb.append(' ');
            }
            i = end + 1;
        }
        return sb.length() <= MAX_MESSAGE ? sb.toString()
                : sb.substring(0, MAX_MESSAGE / 2) + " … " + sb.substring(sb.length() - MAX_MESSAGE / 2 + 3);
    }
}
