package org.senesim.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Table cells escape their text and let long registry ids break at their dots. */
class HtmlTest {

    @Test
    void aLongIdMayBreakAfterItsDotsAndUnderscoresAndShortWordsAndEntitiesStayWhole() {
        assertThat(Html.breakable("a intervention.dq.kill_fraction.human.skin = 0.35 (rct)"))
                .isEqualTo("a intervention.<wbr/>dq.<wbr/>kill_<wbr/>fraction.<wbr/>human.<wbr/>skin = 0.35 (rct)");
        assertThat(Html.breakable("organism.clearance.beta = 0.15")).isEqualTo("organism.clearance.beta = 0.15");
        String escaped = Html.escape("<b>&amp;</b> Smith & Jones, doi:10.1001/archderm.139.10.1313_x");
        assertThat(Html.breakable(escaped)).contains("&lt;b&gt;&amp;amp;&lt;/b&gt; Smith &amp; Jones")
                .contains("doi:10.<wbr/>1001/archderm.<wbr/>139.<wbr/>10.<wbr/>1313_<wbr/>x");
        assertThat(Html.table(List.of("Parameter"), List.of(List.of("intervention.senolytic.reachable_share.human.rest"))))
                .contains("<td>intervention.<wbr/>senolytic.<wbr/>reachable_<wbr/>share.<wbr/>human.<wbr/>rest</td>");
    }
}
