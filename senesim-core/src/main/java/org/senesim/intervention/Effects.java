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

        /**
         * The effect's value on {@code day}: {@code m·exp(−t/τ)}, {@code m·(t/τ)·exp(1 − t/τ)} or
         * {@code m} while {@code t < τ}, t the days since its start, its exponential read from
         * {@code curve} (computed once per day of age for every effect of that shape and τ).
         */
        double value(long day, Curve curve) {
            long age = day - start;
            if (age < 0) {
                return 0.0;
            }
            double t = age;
            return switch (shape) {
                case DECAY -> magnitude * curve.exp(age);
                case PULSE -> magnitude * (t / time) * curve.exp(age);
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

    /** The targets in ordinal order (values() clones its array on every call). */
    private static final Target[] ALL_TARGETS = Target.values();
    private static final int TARGETS = ALL_TARGETS.length;
    /** Largest fall of a multiplier: a factor never reaches zero. */
    private static final double MIN_FACTOR = 0.01;

    /**
     * The exponential of one (shape, τ) by whole days since an effect's start: {@code exp(−t/τ)}
     * for a decay, {@code exp(1 − t/τ)} for a pulse. Every session of a device adds effects with
     * the same τ (a pulse of synthesis and one of fragment clearance, each lasting 20 τ), so the
     * days of a life would otherwise pay the same exponential once per running effect. Each value
     * is {@code StrictMath.exp} of the argument an effect computed for itself before, so the
     * figures kept their bits.
     */
    static final class Curve {
        private final Shape shape;
        private final double time;
        private double[] values = new double[64];
        private int filled;

        Curve(Shape shape, double time) {
            this.shape = shape;
            this.time = time;
        }

        boolean fits(Effect e) {
            return e.shape() == shape && Double.compare(e.time(), time) == 0;
        }

        double exp(long age) {
            if (age >= filled) {
                fill(age);
            }
            return values[(int) age];
        }

        private void fill(long age) {
            if (age >= Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("an effect " + age + " days old");
            }
            int need = (int) age + 1;
            if (need > values.length) {
                values = java.util.Arrays.copyOf(values, Math.max(need, 2 * values.length));
            }
            for (int k = filled; k < need; k++) {
                double t = k;
                values[k] = shape == Shape.DECAY ? StrictMath.exp(-t / time) : StrictMath.exp(1.0 - t / time);
            }
            filled = need;
        }
    }

    /** An effect with the curve its exponential is read from (null for a constant). */
    private record Running(Effect effect, Curve curve) {
    }

    private final List<Running> active = new ArrayList<>();
    /** The curves of the (shape, τ) pairs met so far in this life: a handful (one per device and target family). */
    private final List<Curve> curves = new ArrayList<>();
    private final double[] applied = new double[TARGETS];
    /** Today's combined values, rewritten each day (no array per day). */
    private final double[] total = new double[TARGETS];

    Effects() {
        for (Target t : Target.values()) {
            applied[t.ordinal()] = t.multiplier ? 1.0 : 0.0;
        }
    }

    void add(Effect e) {
        if (e.magnitude() != 0.0 && e.time() > 0) {
            active.add(new Running(e, curveOf(e)));
        }
    }

    private Curve curveOf(Effect e) {
        if (e.shape() == Shape.CONSTANT) {
            return null;
        }
        for (Curve c : curves) {
            if (c.fits(e)) {
                return c;
            }
        }
        Curve c = new Curve(e.shape(), e.time());
        curves.add(c);
        return c;
    }

    /**
     * Today's combined value of each target: a factor for multipliers, a hazard sum otherwise. The
     * array is this object's own, overwritten by the next call.
     */
    double[] today(long day) {
        double[] total = this.total;
        for (Target t : ALL_TARGETS) {
            total[t.ordinal()] = t.multiplier ? 1.0 : 0.0;
        }
        for (Running r : active) {
            Effect e = r.effect();
            int k = e.target().ordinal();
            double v = e.value(day, r.curve());
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
        active.removeIf(r -> r.effect().expired(day + 1));
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
        for (Running r : active) {
            Effect e = r.effect();
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
            add(new Effect(start, t, shape, in.readDouble(), in.readDouble()));
        }
        org.senesim.StateIo.read(in, applied);
    }
}
