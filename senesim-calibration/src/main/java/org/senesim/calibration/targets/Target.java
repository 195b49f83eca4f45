package org.senesim.calibration.targets;

import org.senesim.scenario.Scenario;
import org.senesim.validation.PublishedFigure;
import org.senesim.validation.Tolerance;

/**
 * One calibration target: a published figure (the reproductions' format, with its tolerance read as
 * the figure's uncertainty), how the model computes it, and whether it is fitted or held out.
 *
 * @param figure        the published figure
 * @param publishedFile the published-figures file it comes from (as the targets file names it)
 * @param use           fitted, or kept apart to check the fit
 * @param computation   the scenario cohort or the reproduction that computes the model's value
 * @param line          line of the target in the targets file
 */
public record Target(PublishedFigure figure, String publishedFile, Use use, Computation computation, int line) {

    /** Fitted to, or held out. */
    public enum Use {
        CALIBRATE("calibrate"), HOLD_OUT("hold-out");

        private final String key;

        Use(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** How the model's value is computed. */
    public sealed interface Computation permits Cohort, Reproduction {
    }

    /**
     * A quantity on a cohort of a scenario's person.
     *
     * @param scenarioFile the scenario file as the targets file names it
     * @param scenario     the scenario
     * @param people       cohort size
     * @param quantity     what is computed
     */
    public record Cohort(String scenarioFile, Scenario scenario, int people, Quantity quantity) implements Computation {
    }

    /**
     * A figure a reproduction returns ({@code senesim reproduce NAME}), run with the candidate's parameters.
     *
     * @param name the reproduction
     */
    public record Reproduction(String name) implements Computation {
    }

    public String id() {
        return figure.id();
    }

    /**
     * Centre of the figure's interval: the middle of its tolerance ({@code relative} and
     * {@code absolute} are symmetric around the published figure; {@code between} may not be).
     */
    public double centre() {
        Tolerance t = figure.tolerance();
        return 0.5 * (t.low(figure.published()) + t.high(figure.published()));
    }

    /**
     * The figure's standard uncertainty: the tolerance interval is read as the figure's 95 %
     * interval, so a quarter of its width. Infinite for one-sided tolerances (which only hold-outs may use).
     */
    public double scale() {
        Tolerance t = figure.tolerance();
        return 0.25 * (t.high(figure.published()) - t.low(figure.published()));
    }

    /** Whether the model value passes the figure's tolerance. */
    public boolean accepts(double model) {
        return figure.accepts(model);
    }
}
