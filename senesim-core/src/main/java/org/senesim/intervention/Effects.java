package org.senesim.intervention;

import org.senesim.tissue.TissueModifiers;

import java.util.ArrayList;
import java.util.List;

/**
 * The time courses of treatment effects on the patch, and how they combine into the patch's daily
 * {@link TissueModifiers}: multiplicative modifiers multiply ({@code Π(1 + e_i(t))}), hazards add.
 *
 * <p>Other hooks (the organism coupling) may set the same modifiers. So that the order of hooks does
 * not matter, this class only ever replaces its own share: it divides out (or subtracts) what it set
 * yesterday and multiplies in (or adds) today's value. Alone, that is exact (x / x = 1 in floating
 * point).
 */
final class Effects {

    /** What an effect acts on. */
    enum Target {
        /** Immune clearance of senescent cells (multiplier). */
        CLEARANCE(true),
        /** Matrix synthesis of healthy fibroblasts (multiplier). */
        SYNTHESIS(true),
        /** Clearance of elastin fragments (multiplier). */
        FRAGMENT(true),
        /** SASP secretion of senescent cells (multiplier). */
        SASP(true),
        /** Blood SASP seen by the patch (multiplier). */
        BLOOD_SASP(true),
        /** Extra removal hazard of senescent cells, per day. */
        KILL(false),
        /** Hazard of reprogramming a senescent cell to a healthy one, per day. */
        REPROGRAM(false),
        /** Extra senescence hazard of healthy cells, per day. */
        EXTRA_SENESCENCE(false);

        final boolean multiplier;

        Target(boolean multiplier) {
            this.multiplier = multiplier;
        }
    }

    /** How an effect runs in time after its start day. */
    enum Shape {
        /** {@code m·exp(−t/τ)}: an immediate effect that fades (clearance after a wound). */
        DECAY,
        /** {@code m·(t/τ)·exp(1 − t/τ)}: rises, peaks at τ with value m, falls (new matrix). */
        PULSE,
        /** {@code m} for τ days, then nothing (a drug course). */
        CONSTANT
    }

    /**
     * One effect.
     *
     * @param start     simulated day it starts
     * @param target    what it acts on
     * @param shape     time course
     * @param magnitude m: the extra relative change of a multiplier (−0.3 = down 30%), or a hazard per day
     * @param time      τ in days (decay time, time to peak, or duration)
     */
    record Effect(long start, Target target, Shape shape, double magnitude, double time) {

        double value(long day) {
            double t = day - start;
            if (t < 0) {
                return 0.0;
            }
            return switch (shape) {
                case DECAY -> magnitude * StrictMath.exp(-t / time);
                case PULSE -> magnitude * (t / time) * StrictMath.exp(1.0 - t / time);
                case CONSTANT -> t < time ? magnitude : 0.0;
            };
        }

        boolean expired(long day) {
            double t = day - start;
            return switch (shape) {
                case DECAY -> t > 12 * time;
                case PULSE -> t > 20 * time;
                case CONSTANT -> t >= time;
            };
        }
    }

    private static final int TARGETS = Target.values().length;
    /** Largest fall of a multiplier: a factor never reaches zero. */
    private static final double MIN_FACTOR = 0.01;

    private final List<Effect> active = new ArrayList<>();
    private final double[] applied = new double[TARGETS];

    Effects() {
        for (Target t : Target.values()) {
            applied[t.ordinal()] = t.multiplier ? 1.0 : 0.0;
        }
    }

    void add(Effect e) {
        if (e.magnitude() != 0.0 && e.time() > 0) {
            active.add(e);
        }
    }

    /** Today's combined value of each target: a factor for multipliers, a hazard sum otherwise. */
    double[] today(long day) {
        double[] total = new double[TARGETS];
        for (Target t : Target.values()) {
            total[t.ordinal()] = t.multiplier ? 1.0 : 0.0;
        }
        for (Effect e : active) {
            int k = e.target().ordinal();
            double v = e.value(day);
            if (e.target().multiplier) {
                total[k] *= Math.max(MIN_FACTOR, 1.0 + v);
            } else {
                total[k] += v;
            }
        }
        return total;
    }

    /** Sets the patch's modifiers for {@code day}, replacing only this protocol's share, and drops finished effects. */
    void apply(TissueModifiers m, long day) {
        double[] now = today(day);
        m.clearanceMultiplier = swapFactor(m.clearanceMultiplier, Target.CLEARANCE, now);
        m.synthesisMultiplier = swapFactor(m.synthesisMultiplier, Target.SYNTHESIS, now);
        m.fragmentClearanceMultiplier = swapFactor(m.fragmentClearanceMultiplier, Target.FRAGMENT, now);
        m.saspSecretionFactor = swapFactor(m.saspSecretionFactor, Target.SASP, now);
        m.bloodSaspFactor = swapFactor(m.bloodSaspFactor, Target.BLOOD_SASP, now);
        m.senescentKillHazard = swapHazard(m.senescentKillHazard, Target.KILL, now);
        m.reprogramHazard = swapHazard(m.reprogramHazard, Target.REPROGRAM, now);
        m.extraSenescenceHazard = swapHazard(m.extraSenescenceHazard, Target.EXTRA_SENESCENCE, now);
        active.removeIf(e -> e.expired(day + 1));
    }

    private double swapFactor(double current, Target t, double[] now) {
        int k = t.ordinal();
        double value = current == applied[k] ? now[k] : current / applied[k] * now[k];
        applied[k] = now[k];
        return value;
    }

    private double swapHazard(double current, Target t, double[] now) {
        int k = t.ordinal();
        double value = current == applied[k] ? now[k] : Math.max(0.0, current - applied[k] + now[k]);
        applied[k] = now[k];
        return value;
    }

    /** Number of effects still running (for tests). */
    int activeCount() {
        return active.size();
    }

    /** Checkpoint: the running effects and this protocol's share of each modifier. */
    void writeState(java.io.DataOutput out) throws java.io.IOException {
        out.writeInt(active.size());
        for (Effect e : active) {
            out.writeLong(e.start());
            out.writeInt(e.target().ordinal());
            out.writeInt(e.shape().ordinal());
            out.writeDouble(e.magnitude());
            out.writeDouble(e.time());
        }
        org.senesim.StateIo.write(out, applied);
    }

    void readState(java.io.DataInput in) throws java.io.IOException {
        int n = org.senesim.StateIo.count(in, 1 << 24);
        active.clear();
        for (int i = 0; i < n; i++) {
            long start = in.readLong();
            Target t = Target.values()[org.senesim.StateIo.count(in, Target.values().length - 1)];
            Shape shape = Shape.values()[org.senesim.StateIo.count(in, Shape.values().length - 1)];
            active.add(new Effect(start, t, shape, in.readDouble(), in.readDouble()));
        }
        org.senesim.StateIo.read(in, applied);
    }
}
