package org.senesim.engine;

import org.senesim.observe.Snapshot;
import org.senesim.observe.SummaryItem;
import org.senesim.observe.TimeSeries;

import java.util.List;

/**
 * What a run produced, before anything is written: the time series, the snapshots taken and the
 * headline numbers.
 */
public record RunResult(TimeSeries series, List<Snapshot> snapshots, List<SummaryItem> summary) {
}
