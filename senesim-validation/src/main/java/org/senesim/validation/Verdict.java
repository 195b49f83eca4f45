package org.senesim.validation;

/**
 * One row of the verdict table: a figure of a reproduction, the model's value and whether it passes.
 *
 * @param reproduction the reproduction's name
 * @param figure       the published figure
 * @param model        the model's value (NaN when the model could not produce one: never passes)
 */
public record Verdict(String reproduction, PublishedFigure figure, double model) {

    public boolean pass() {
        return figure.accepts(model);
    }

    /** Whether the verdict is the one the published file records: a pass, or a failure it explains. */
    public boolean asRecorded() {
        return pass() == (figure.knownFailure() == null);
    }

    /**
     * {@code PASS}, {@code FAIL}, {@code FAIL (known)} for a failure the published file explains, or
     * {@code PASS (recorded as failing)} when such a figure starts to pass (update the file).
     */
    public String verdictText() {
        boolean known = figure.knownFailure() != null;
        if (pass()) {
            return known ? "PASS (recorded as failing)" : "PASS";
        }
        return known ? "FAIL (known)" : "FAIL";
    }

    /** {@code yes} when the model was calibrated to the figure, else {@code no}. */
    public String calibrationText() {
        return figure.calibration() ? "yes" : "no";
    }
}
