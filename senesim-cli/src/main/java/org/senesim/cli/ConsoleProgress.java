package org.senesim.cli;

import org.senesim.engine.ProgressListener;

import java.io.PrintStream;

/**
 * Progress on stderr. On a terminal: a one-line bar with percentage and time left, redrawn at most
 * ten times a second and shown only after the run has lasted a second (short runs print nothing).
 * Elsewhere (CI logs, {@code nohup}, a pipe), where carriage returns would pile up into one endless
 * line: a plain line at every tenth of the run ({@code Simulating x: 30% (1.2 min, about 3 min left)}).
 * Written here rather than taken from a library because it is short and needs no terminal library.
 */
final class ConsoleProgress implements ProgressListener, AutoCloseable {

    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final boolean terminal;
    private int lastTenth;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    /** A bar when this process has a terminal, else plain lines (every command's progress decides the same way). */
    ConsoleProgress(PrintStream out, String label) {
        this(out, label, System.console() != null);
    }

    /** @param terminal a redrawn bar when true, else a plain line every 10 % */
    ConsoleProgress(PrintStream out, String label, boolean terminal) {
        this.out = out;
        this.label = label;
        this.terminal = terminal;
    }

    /** A listener unless {@code quiet}: a bar when stderr is probably a terminal, else plain lines. */
    static ProgressListener forRun(boolean quiet, String label) {
        if (quiet) {
            return ProgressListener.NONE;
        }
        return new ConsoleProgress(System.err, label, System.console() != null);
    }

    @Override
    public void progress(long done, long total) {
        if (!terminal) {
            plain(done, total);
            return;
        }
        long now = System.nanoTime();
        if (now - start < SHOW_AFTER_NANOS || (now - lastDraw < REDRAW_NANOS && done < total)) {
            return;
        }
        lastDraw = now;
        double fraction = total <= 0 ? 1.0 : Math.min(1.0, done / (double) total);
        int filled = (int) Math.round(fraction * WIDTH);
        double elapsed = (now - start) / 1e9;
        double left = fraction > 0 ? elapsed * (1 - fraction) / fraction : Double.NaN;
        out.printf("\r%s [%s%s] %3.0f%%  %s left   ", label, "#".repeat(filled), " ".repeat(WIDTH - filled),
                100 * fraction, Double.isNaN(left) ? "?" : formatSeconds(left));
        out.flush();
        drawn = true;
    }

    private void plain(long done, long total) {
        double fraction = total <= 0 ? 1.0 : Math.min(1.0, done / (double) total);
        int tenth = (int) Math.floor(fraction * 10 + 1e-9);
        if (tenth <= lastTenth) {
            return;
        }
        lastTenth = tenth;
        double elapsed = (System.nanoTime() - start) / 1e9;
        double left = elapsed * (1 - fraction) / fraction;
        out.println(label + ": " + tenth * 10 + "% (" + formatSeconds(elapsed)
                + (tenth < 10 ? ", about " + formatSeconds(left) + " left)" : ")"));
        out.flush();
    }

    /** Seconds under 90, else minutes, rounded: "42 s", "3 min". */
    static String formatSeconds(double s) {
        return s < 90 ? Math.round(s) + " s" : Math.round(s / 60) + " min";
    }

    @Override
    public void close() {
        if (drawn) {
            out.print("\r" + " ".repeat(label.length() + WIDTH + 30) + "\r");
            out.flush();
        }
    }
}
