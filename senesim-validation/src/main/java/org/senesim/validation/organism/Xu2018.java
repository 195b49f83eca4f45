package org.senesim.validation.organism;

import java.util.Map;

import org.senesim.validation.Reproduction;
import org.senesim.validation.ReproductionContext;

/** Xu et al. 2018: transplanted senescent cells harm mice in a dose-dependent way; D+Q in old mice extends remaining life. */
public final class Xu2018 implements Reproduction {

    @Override
    public String name() {
        return "xu-2018";
    }

    @Override
    public String title() {
        return "Xu et al. 2018: transplanted senescent cells harm mice in a dose-dependent way; D+Q in old mice extends remaining life";
    }

    @Override
    public Map<String, Double> run(ReproductionContext context) {
        throw new IllegalStateException("xu-2018 is not written yet");
    }
}
