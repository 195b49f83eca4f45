package org.senesim.validation;

import java.util.Map;

/**
 * One published experiment re-run with the model.
 *
 * <p>A reproduction named {@code NAME} owns two files under {@code examples/reproductions/} (shipped
 * in the jar as well): the scenario(s) it runs, ordinary scenario files a reader can also run with
 * {@code senesim run} or {@code senesim compare}, and {@code NAME.published.yaml}, the published
 * figures it is judged against:
 *
 * <pre>
 * reproduction: NAME
 * title: one line
 * figures:
 *   - id: senescent_fraction_80      # key of the map returned by run()
 *     description: Senescent dermal fibroblasts at 80 years
 *     published: 0.15                # the published figure
 *     unit: fraction
 *     tolerance: {relative: 0.3}     # or {absolute: x}, {at_most: x}, {at_least: x}, {between: [a, b]}
 *     calibration: true              # was this figure used to calibrate the model?
 *     source: Herbig et al. 2006, Science 311:1257, doi:10.1126/science.1122446
 *     known_failure: "..."           # optional: why the model misses this figure (it still fails)
 * </pre>
 *
 * A tolerance defines the interval the model figure must fall in: {@code relative} and
 * {@code absolute} around {@code published}; {@code at_most}, {@code at_least} and {@code between}
 * are absolute bounds (for qualitative findings such as "lowers the marker": {@code at_most: 0} on
 * the change). The published numbers live in those files, never in code. A figure with
 * {@code known_failure} still fails its verdict; the text says what the model lacks, and the test
 * suite checks that exactly the figures so marked fail.
 */
public interface Reproduction {

    /** Stable short name, the stem of its files and the argument of {@code senesim reproduce NAME}. */
    String name();

    /** One line: which experiment and what it tests. */
    String title();

    /** Runs the model and returns the model's value of every figure of {@code NAME.published.yaml}, by id. */
    Map<String, Double> run(ReproductionContext context);
}
