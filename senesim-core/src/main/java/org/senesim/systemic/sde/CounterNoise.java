package org.senesim.systemic.sde;

import org.senesim.random.CounterRandom;

/**
 * Normal numbers keyed by (seed, stream, step, entity, component) through {@link CounterRandom}:
 * component {@code j} of step {@code n} for entity {@code e} is
 * {@code ZigguratNormal.sample(CounterRandom.key(seed, stream, n), e, j)}, whoever asks and in
 * whatever order.
 */
public final class CounterNoise implements NoiseSource {

    private final long seed;
    private final int stream;
    private final long entity;

    public CounterNoise(long seed, int stream, long entity) {
        this.seed = seed;
        this.stream = stream;
        this.entity = entity;
    }

    @Override
    public void fill(long step, double[] out) {
        long key = CounterRandom.key(seed, stream, step);
        for (int j = 0; j < out.length; j++) {
            out[j] = ZigguratNormal.sample(key, entity, j);
        }
    }

    /**
     * Fills only the components marked in {@code used} (the others become 0): each component is keyed
     * by its own index, so the ones drawn are bit for bit those of {@link #fill(long, double[])}.
     */
    public void fill(long step, double[] out, boolean[] used) {
        long key = CounterRandom.key(seed, stream, step);
        for (int j = 0; j < out.length; j++) {
            out[j] = used[j] ? ZigguratNormal.sample(key, entity, j) : 0.0;
        }
    }

    /** Component {@code j} of step {@code step}, without filling an array. */
    public double component(long step, int j) {
        return ZigguratNormal.sample(CounterRandom.key(seed, stream, step), entity, j);
    }
}
