package org.senesim.validation.organism;

import java.util.Map;

import org.senesim.validation.Reproduction;
import org.senesim.validation.ReproductionContext;

/** Franco et al. 2025: intradermal senescent fibroblasts in young mice spread senescence to distant organs via blood SASP. */
public final class Franco2025 implements Reproduction {

    @Override
    public String name() {
        return "franco-2025";
    }

    @Override
    public String title() {
        return "Franco et al. 2025: intradermal senescent fibroblasts in young mice spread senescence to distant organs via blood SASP";
    }

    @Override
    public Map<String, Double> run(ReproductionContext context) {
        throw new IllegalStateException("franco-2025 is not written yet");
    }
}
