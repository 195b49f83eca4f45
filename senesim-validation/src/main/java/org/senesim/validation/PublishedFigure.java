package org.senesim.validation;

/**
 * One figure of a {@code NAME.published.yaml}.
 *
 * @param id          key of the map a reproduction's {@code run()} returns
 * @param description what the figure is, one line
 * @param published   the published figure
 * @param unit        its unit
 * @param tolerance   the interval the model figure must fall in
 * @param calibration whether the model was calibrated to this figure (then meeting it validates nothing)
 * @param source      where the published figure comes from
 * @param knownFailure why the model is known to miss this figure (what it lacks), or null: the verdict
 *                    still fails, but the record says so and a test notices when it starts to pass
 * @param line        line of the figure in its file (for messages)
 */
public record PublishedFigure(String id, String description, double published, String unit, Tolerance tolerance,
                              boolean calibration, String source, String knownFailure,
                              int line) {

    /** Whether {@code model} passes. */
    public boolean accepts(double model) {
        return tolerance.accepts(model, published);
    }
}
