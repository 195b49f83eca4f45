package org.senesim.calibration.sensitivity;

/**
 * Sobol indices of one parameter for one output, with 95 % percentile-bootstrap intervals.
 *
 * @param output    output name
 * @param parameter registry id
 * @param first     first-order index S_i: share of the output variance the parameter explains alone
 * @param firstLow  2.5th bootstrap percentile of S_i
 * @param firstHigh 97.5th bootstrap percentile of S_i
 * @param total     total index S_Ti: share including every interaction it takes part in
 * @param totalLow  2.5th bootstrap percentile of S_Ti
 * @param totalHigh 97.5th bootstrap percentile of S_Ti
 */
public record SobolIndex(String output, String parameter, double first, double firstLow, double firstHigh,
                         double total, double totalLow, double totalHigh) {
}
