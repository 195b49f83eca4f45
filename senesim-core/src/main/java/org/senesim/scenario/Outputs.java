package org.senesim.scenario;

import java.util.List;

/**
 * What a run records and how often.
 *
 * @param everyDays         interval of the time series, days
 * @param snapshotAgesYears ages (years) at which a tissue snapshot is written, ascending
 */
public record Outputs(double everyDays, List<Double> snapshotAgesYears) {

    public Outputs {
        snapshotAgesYears = List.copyOf(snapshotAgesYears);
    }
}
