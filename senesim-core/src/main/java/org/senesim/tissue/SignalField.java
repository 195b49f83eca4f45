package org.senesim.tissue;

import org.senesim.engine.Workers;

/**
 * A diffusing signal on the patch lattice, held at quasi-steady state: cells write
 * {@link #source()} (amount per voxel per day), {@link #solve} updates {@link #value()} so that
 * {@code D∇²c − k·c + s = 0}. Sources are scaled so that a uniform field equals the density of
 * secreting reference cells per voxel.
 */
public interface SignalField {

    float[] source();

    float[] value();

    /** Decay rate k of the signal, per day; one reference cell secretes k per day. */
    double decayPerDay();

    void solve(Workers workers);
}
