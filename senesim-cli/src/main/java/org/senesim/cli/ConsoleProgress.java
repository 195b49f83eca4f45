package org.senesim.cli;

import org.senesim.engine.ProgressListener;

import java.io.PrintStream;

/**
 * A one-line progress bar on stderr with percentage and time left, redrawn at most ten times a
 * second and shown only after the run has lasted a second (short runs print nothing). Written
 * here rather than taken from a library because it is forty lines and needs no terminal library.
 */
final class ConsoleProgress implements ProgressListener, AutoCloseable {

    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    ConsoleProgress(PrintStream out, String label) {
        this.out = out;
        this.label = label;
    }

    /** A listener that draws only when asked and when stderr is probably a terminal. */
    static ProgressListener forRun(boolean quiet, String label) {
        if (quiet || System.console() == null) {
            return ProgressListener.NONE;
        }
        return new ConsoleProgress(System.err, label);
    }

    @Override
    public void progress(long done, long total) {
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

    private static String formatSeconds(double s) {
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
