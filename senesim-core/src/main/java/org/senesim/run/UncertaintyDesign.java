package org.senesim.run;

import org.senesim.evidence.ParameterSet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Uncertainty samples of one run: sample k (1..n) with the parameters
 * {@link ParameterSet#sampledThenFiltered} draws for step k from the run's seed (values the scenario
 * sets stay fixed, the evidence filter applies after the draw). By default sample k also lives its
 * own chance path, seed {@link ArmsDesign#replicateSeed}(seed, k) (compare's replicate k), so the
 * spread is a prediction for this person — the parameters' uncertainty and chance together; a single
 * person's age at death is mostly chance. With common random numbers every sample lives the run's
 * own seed, so the spread is the parameters' alone. Samples take no snapshots. Spec {@code k - 1} is
 * sample k.
 */
public final class UncertaintyDesign implements Design {

    private final List<RunSpec> specs;

    /**
     * @param nominal the run with nominal parameters (its parameters are the ones sampled around)
     * @param samples number of samples (&ge; 1)
     * @param sameNoise every sample with the run's own seed (common random numbers) instead of its own
     */
    public UncertaintyDesign(RunSpec nominal, int samples, boolean sameNoise) {
        this(nominal, samples, sameNoise,
                k -> nominal.parameters().sampledThenFiltered(nominal.seed(), k, nominal.minTier()), "uncertainty sample ");
    }

    /**
     * Samples whose parameters come from elsewhere (e.g. a calibrated posterior), seeded as above.
     *
     * @param draw  the parameters of sample k
     * @param label the samples' label, followed by k
     */
    public UncertaintyDesign(RunSpec nominal, int samples, boolean sameNoise, IntFunction<ParameterSet> draw,
                             String label) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        }
        RunSpec base = nominal.withoutSnapshots();
        List<RunSpec> s = new ArrayList<>();
        for (int k = 1; k <= samples; k++) {
            RunSpec spec = base.withParameters(draw.apply(k)).withLabel(label + k);
            s.add(sameNoise ? spec : spec.withSeed(ArmsDesign.replicateSeed(nominal.seed(), k)));
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
