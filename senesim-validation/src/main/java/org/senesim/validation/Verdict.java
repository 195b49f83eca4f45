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

    /** {@code PASS} or {@code FAIL}. */
    public String verdictText() {
        return pass() ? "PASS" : "FAIL";
    }

    /** {@code yes} when the model was calibrated to the figure, else {@code no}. */
    public String calibrationText() {
        return figure.calibration() ? "yes" : "no";
    }
}
