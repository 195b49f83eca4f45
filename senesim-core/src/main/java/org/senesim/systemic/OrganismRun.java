package org.senesim.systemic;

import org.senesim.observe.SummaryItem;
import org.senesim.observe.TimeSeries;

import java.util.List;

/**
 * The result of one simulated life.
 *
 * @param series        observations over time (columns {@link OrganismColumns#ALL})
 * @param summary       headline numbers
 * @param deathAgeYears age at death, NaN if alive at the end
 * @param deathCause    why the person died, {@link DeathCause#NONE} if alive
 */
public record OrganismRun(TimeSeries series, List<SummaryItem> summary, double deathAgeYears, DeathCause deathCause) {

    /** A summary item by id. */
    public SummaryItem summaryItem(String id) {
        for (SummaryItem s : summary) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no summary item '" + id + "'");
    }
}
