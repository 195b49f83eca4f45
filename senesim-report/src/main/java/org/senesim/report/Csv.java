package org.senesim.report;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimal RFC 4180 CSV: comma separated, fields quoted only when needed, {@code \n} line ends. Every
 * CSV a run writes goes through {@link #field}, so text a user chose (a scenario, arm or label name)
 * can neither break a line nor be read by a spreadsheet as a formula.
 */
public final class Csv {

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?|[-+]?Infinity");

    private Csv() {
    }

    /**
     * The field as it must appear in a CSV line. Text starting with {@code = + - @}, a tab or a carriage
     * return that is not a number is prefixed with {@code '}: spreadsheets would otherwise run it as a
     * formula (OWASP's "CSV injection").
     */
    public static String field(String s) {
        if (s == null) {
            return "";
        }
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !NUMBER.matcher(s).matches()) {
            s = "'" + s;
        }
        boolean quote = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote && !s.isEmpty() && (Character.isWhitespace(s.charAt(0))
                || Character.isWhitespace(s.charAt(s.length() - 1)))) {
            quote = true;
        }
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** Appends one line of fields and a {@code \n}. */
    public static void line(Appendable out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append('\n');
    }

    /** One line of fields and a {@code \n}, as a string. */
    public static String line(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        try {
            line(sb, fields);
        } catch (IOException e) {
            throw new AssertionError("a StringBuilder does not throw", e);
        }
        return sb.toString();
    }

    /** Streams records (lists of fields) out of a CSV text. */
    static final class RecordReader {
        private final Reader in;
        private int peeked = -2;
        private long line = 1;

        RecordReader(Reader in) {
            this.in = in;
        }

        /** The line number the next record starts on (1-based), for error messages. */
        long line() {
            return line;
        }

        /** The next record, or null at the end of the text. */
        List<String> next() throws IOException {
            int c = read();
            if (c == -1) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder sb = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new IOException("line " + line + ": quoted field not closed before the end of the file");
                    }
                    if (c == '"') {
                        int d = read();
                        if (d == '"') {
                            sb.append('"');
                        } else {
                            quoted = false;
                            c = d;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        sb.append((char) c);
                    }
                } else if (c == ',') {
                    fields.add(sb.toString());
                    sb.setLength(0);
                    wasQuoted = false;
                } else if (c == '\n' || c == -1) {
                    line++;
                    fields.add(sb.toString());
                    return fields;
                } else if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        unread(d);
                    }
                    line++;
                    fields.add(sb.toString());
                    return fields;
                } else if (c == '"' && sb.length() == 0 && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else {
                    sb.append((char) c);
                }
                c = read();
            }
        }

        private int read() throws IOException {
            if (peeked != -2) {
                int p = peeked;
                peeked = -2;
                return p;
            }
            return in.read();
        }

        private void unread(int c) {
            peeked = c;
        }
    }
}
