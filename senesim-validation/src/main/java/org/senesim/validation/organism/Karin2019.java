package org.senesim.validation.organism;

import java.util.Map;

import org.senesim.validation.Reproduction;
import org.senesim.validation.ReproductionContext;

/** Karin et al. 2019: senescent-cell turnover in young and old mice, and the Gompertz law of mortality. */
public final class Karin2019 implements Reproduction {

    @Override
    public String name() {
        return "karin-2019";
    }

    @Override
    public String title() {
        return "Karin et al. 2019: senescent-cell turnover in young and old mice, and the Gompertz law of mortality";
    }

    @Override
    public Map<String, Double> run(ReproductionContext context) {
        throw new IllegalStateException("karin-2019 is not written yet");
    }
}
