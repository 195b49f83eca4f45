package org.senesim.run;

import org.junit.jupiter.api.Test;
import org.senesim.observe.Column;
import org.senesim.observe.TimeSeries;
import org.senesim.systemic.OrganismColumns;
import org.senesim.tissue.TissueObserver;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #17, "one quantity has two different labels": the difference tables, the answer and the
 * console name each quantity exactly as the time series (and so every chart) does, because the
 * headline quantities take their labels from the series rather than keeping their own.
 */
class HeadlineLabelsTest {

    @Test
    void everyHeadlineQuantityIsLabelledAsItsColumn() {
        List<Column> columns = new ArrayList<>(TissueObserver.COLUMNS);
        for (Column c : OrganismColumns.ALL) {
            if (columns.stream().noneMatch(x -> x.id().equals(c.id()))) {
                columns.add(c);
            }
        }
        TimeSeries series = new TimeSeries(columns);
        List<Headlines.Quantity> quantities = Headlines.quantities(series);
        assertThat(quantities).hasSizeGreaterThan(10);
        for (Headlines.Quantity q : quantities) {
            assertThat(q.label()).as(q.id()).isEqualTo(columns.get(series.indexOf(q.id())).label());
        }
    }
}
