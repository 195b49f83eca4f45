package org.senesim.meanfield;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Wounds on a mean-field skin (see {@link LayerWound}): cells and matrix lost in the wounded share
 * of each layer, the growth factor the wounded voxels release, and the repair that refills them.
 *
 * <p>As on the lattice ({@code intervention.ProtocolSchedule}), repair rebuilds the wounded voxels'
 * collagen and elastin towards the unwounded tissue at their depth with time constant
 * {@code refillDays} (a layer wounded throughout takes the nearest layer below that is not). The
 * mean field keeps, per session and layer, the wounded share and the mean matrix of its wounded part,
 * and adds what the wounded part gains to the layer mean; the lattice refills each voxel alone, which
 * is the same while the wounded voxels of a layer hold similar matrix.
 */
final class MeanFieldWounds {

    /** One session's wounded parts being refilled. */
    private static final class Repair {
        final double[] share;
        final double[] collagen;
        final double[] elastin;
        final double[] collagenTarget;
        final double[] elastinTarget;
        final long start;
        final double refillDays;

        Repair(int nz, long start, double refillDays) {
            share = new double[nz];
            collagen = new double[nz];
            elastin = new double[nz];
            collagenTarget = new double[nz];
            elastinTarget = new double[nz];
            this.start = start;
            this.refillDays = refillDays;
        }
    }

    private final List<Repair> repairs = new ArrayList<>();
    /** Growth factor released per voxel of each layer today by recent wounds (cell-eq per voxel). */
    final double[] release;
    private double releaseKeep;
    /** Share of the senescent fibroblasts the wounds since the last {@link #takeSenescentKeep} left alive. */
    private double senescentKeep = 1.0;

    MeanFieldWounds(int nz) {
        this.release = new double[nz];
    }

    void reset() {
        repairs.clear();
        Arrays.fill(release, 0.0);
        releaseKeep = 0.0;
        senescentKeep = 1.0;
    }

    /** Applies a wound to the layers' cells and matrix on {@code day}. */
    void apply(MeanFieldLayers m, LayerWound w, long day) {
        int nz = m.nz;
        if (w.ablated().length != nz) {
            throw new IllegalArgumentException("wound of " + w.ablated().length + " layers on a skin of " + nz);
        }
        Repair r = new Repair(nz, day, w.refillDays());
        m.settleStemRemoval();
        double den = w.denaturedFraction();
        boolean any = false;
        double senescentBefore = 0;
        double senescentAfter = 0;
        for (int z = nz - 1; z >= 0; z--) {
            double a = w.ablated()[z];
            double c = w.coagulated()[z];
            double wounded = w.wounded(z);
            double col = m.collagen[z];
            double ela = m.elastin[z];
            // the unwounded part keeps the layer mean; a layer wounded throughout takes the one below
            boolean intact = wounded < 1.0;
            r.collagenTarget[z] = intact ? col : z < nz - 1 ? r.collagenTarget[z + 1] : 1.0;
            r.elastinTarget[z] = intact ? ela : z < nz - 1 ? r.elastinTarget[z + 1] : 1.0;
            if (wounded <= 0) {
                continue;
            }
            any = true;
            double lost = Math.min(1.0, a + c * den);
            r.share[z] = wounded;
            // wounded part: ablated voxels hold nothing, coagulated ones the undenatured share, tracks all
            r.collagen[z] = col * (wounded - lost) / wounded;
            r.elastin[z] = ela * (wounded - lost) / wounded;
            m.collagen[z] = col * (1.0 - lost);
            m.elastin[z] = ela * (1.0 - lost);
            m.hyaluronan[z] *= 1.0 - lost;
            m.fragments[z] = m.fragments[z] * (1.0 - lost) + c * den * ela;
            double keep = 1.0 - wounded;
            double[] h = m.healthy[z];
            double[] s = m.senescent[z];
            for (int b = m.lowClass; b <= m.highClass; b++) {
                senescentBefore += s[b];
                h[b] *= keep;
                s[b] *= keep;
                senescentAfter += s[b];
            }
            release[z] += w.growthFactorPulse() * wounded;
        }
        if (senescentBefore > 0) {
            senescentKeep *= senescentAfter / senescentBefore;
        }
        if (any) {
            repairs.add(r);
            if (w.growthFactorPulse() > 0) {
                releaseKeep = StrictMath.exp(-1.0 / w.pulseDecayDays());
            }
        }
    }

    /** One day of repair of every session still refilling (called before the day, as on the lattice). */
    void repair(MeanFieldLayers m, long day) {
        if (repairs.isEmpty()) {
            return;
        }
        for (Repair r : repairs) {
            double step = -Math.expm1(-1.0 / r.refillDays);
            for (int z = 0; z < m.nz; z++) {
                double share = r.share[z];
                if (share <= 0) {
                    continue;
                }
                if (r.collagen[z] < r.collagenTarget[z]) {
                    double gain = (r.collagenTarget[z] - r.collagen[z]) * step;
                    r.collagen[z] += gain;
                    m.collagen[z] += share * gain;
                }
                if (r.elastin[z] < r.elastinTarget[z]) {
                    double gain = (r.elastinTarget[z] - r.elastin[z]) * step;
                    r.elastin[z] += gain;
                    m.elastin[z] += share * gain;
                }
            }
        }
        repairs.removeIf(r -> day - r.start > 6 * r.refillDays);
    }

    /** The share of senescent fibroblasts wounds left alive since the last call (1 when none), and resets it. */
    double takeSenescentKeep() {
        double k = senescentKeep;
        senescentKeep = 1.0;
        return k;
    }

    /** Today's release into the growth-factor source of layer z; the release then decays by a day. */
    /** No wound in repair and no growth factor left to release: the state of a skin never wounded. */
    boolean idle() {
        if (!repairs.isEmpty()) {
            return false;
        }
        for (double r : release) {
            if (r != 0.0) {
                return false;
            }
        }
        return true;
    }

    /** The mean daily release into layer z over the next {@code days} days; the release then decays by them. */
    double releaseOver(int z, int days) {
        double r = release[z];
        double sum = 0;
        for (int d = 0; d < days; d++) {
            sum += r;
            r *= releaseKeep;
        }
        release[z] = r;
        return sum / days;
    }

    double releaseToday(int z) {
        double today = release[z];
        release[z] = today * releaseKeep;
        return today;
    }
}
