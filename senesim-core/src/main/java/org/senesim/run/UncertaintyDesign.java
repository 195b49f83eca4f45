package org.senesim.run;

import org.senesim.evidence.ParameterSet;

import java.util.ArrayList;
import java.util.List;

/**
 * Parameter-uncertainty samples of one run: sample k (1..n) with the parameters
 * {@link ParameterSet#sampledThenFiltered} draws for step k from the run's seed (values the scenario
 * sets stay fixed, the evidence filter applies after the draw), every sample with the run's own
 * seed: common random numbers, so the spread between samples is the parameters' and not the
 * tissue's run-to-run noise. Samples take no snapshots. Spec {@code k - 1} is sample k.
 */
public final class UncertaintyDesign implements Design {

    private final List<RunSpec> specs;

    /**
     * @param nominal the run with nominal parameters (its parameters are the ones sampled around)
     * @param samples number of samples (&ge; 1)
     */
    public UncertaintyDesign(RunSpec nominal, int samples) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        }
        RunSpec base = nominal.withoutSnapshots();
        List<RunSpec> s = new ArrayList<>();
        for (int k = 1; k <= samples; k++) {
            ParameterSet p = nominal.parameters().sampledThenFiltered(nominal.seed(), k, nominal.minTier());
            s.add(base.withParameters(p).withLabel("uncertainty sample " + k));
        }
        this.specs = List.copyOf(s);
    }

    @Override
    public List<RunSpec> specs() {
        return specs;
    }

    /** The sample number (1-based) of spec {@code index}. */
    public static int sample(int index) {
        return index + 1;
    }
}
