package org.senesim.random;

/**
 * Counter-based random numbers: every draw is a pure function of (seed, stream, step, entity, draw).
 *
 * <p>Why counter-based: a cell's fate on a given day must not depend on which thread visited it,
 * in what order, or how many draws other cells used before it. Hashing the coordinates of the
 * draw gives that for free, and makes the result independent of the thread count and of the JDK
 * (the JDK's own {@code nextGaussian} changed between 17 and 25). The mixer is the 64-bit
 * finaliser of SplitMix64 (Steele, Lea &amp; Flood 2014), applied once per coordinate so that
 * neighbouring counters give unrelated outputs.
 *
 * <p>Hot loops derive a {@link #key} once per (stream, step) and then call {@link #uniform(long, long, int)}
 * per entity, which costs two mixes.
 */
public final class CounterRandom {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long STREAM_SALT = 0xD1B54A32D192ED03L;
    private static final long ENTITY_SALT = 0xA0761D6478BD642FL;
    private static final double INV_2_53 = 0x1.0p-53;

    private CounterRandom() {
    }

    /** SplitMix64 finaliser: a bijective avalanche mix of 64 bits. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The key of one (seed, stream, step): derive it once per day and per process. */
    public static long key(long seed, int stream, long step) {
        long k = mix(seed * GOLDEN + 0x632BE59BD9B4E019L);
        k = mix(k ^ ((long) stream * STREAM_SALT));
        return mix(k + step * GOLDEN);
    }

    /** 64 random bits for one entity and one draw under a key. */
    public static long bits(long key, long entity, int draw) {
        long z = mix(key ^ (entity * ENTITY_SALT + GOLDEN));
        return mix(z + (long) draw * GOLDEN);
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public static double uniform(long key, long entity, int draw) {
        return (bits(key, entity, draw) >>> 11) * INV_2_53;
    }

    /** Uniform in (0, 1]: safe for logarithms. */
    public static double uniformPositive(long key, long entity, int draw) {
        return ((bits(key, entity, draw) >>> 11) + 1) * INV_2_53;
    }

    /** Convenience: uniform from the full coordinates. */
    public static double uniform(long seed, int stream, long step, long entity, int draw) {
        return uniform(key(seed, stream, step), entity, draw);
    }

    /**
     * Standard normal by Box–Muller on draws {@code 2·draw} and {@code 2·draw + 1}, using
     * {@link StrictMath} so the value is bit-identical on every JDK and processor.
     */
    public static double normal(long key, long entity, int draw) {
        double u1 = uniformPositive(key, entity, 2 * draw);
        double u2 = uniform(key, entity, 2 * draw + 1);
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /**
     * Poisson variate with the given mean. Inversion by sequential search below a mean of 30
     * (cost grows with the mean, exact), Hörmann's transformed rejection with squeeze (PTRS,
     * 1993) above it. Draw indices from {@code 1000·draw} upward are consumed by the rejection loop.
     */
    public static int poisson(long key, long entity, int draw, double mean) {
        if (!(mean >= 0.0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("Poisson mean must be finite and >= 0, got " + mean);
        }
        if (mean == 0.0) {
            return 0;
        }
        if (mean < 30.0) {
            double u = uniform(key, entity, draw);
            double p = StrictMath.exp(-mean);
            double cumulative = p;
            int k = 0;
            while (u > cumulative && k < 1000) {
                k++;
                p *= mean / k;
                cumulative += p;
            }
            return k;
        }
        return poissonPtrs(key, entity, draw, mean);
    }

    private static int poissonPtrs(long key, long entity, int draw, double mean) {
        double slam = StrictMath.sqrt(mean);
        double loglam = StrictMath.log(mean);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        for (int attempt = 0; attempt < 500; attempt++) {
            int base = 1000 * draw + 2 * attempt;
            double u = uniform(key, entity, base) - 0.5;
            double v = uniform(key, entity, base + 1);
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return (int) k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            double lhs = StrictMath.log(v) + StrictMath.log(invalpha) - StrictMath.log(a / (us * us) + b);
            double rhs = -mean + k * loglam - logFactorial(k);
            if (lhs <= rhs) {
                return (int) k;
            }
        }
        // 500 rejections in a row has probability far below 1e-100; fall back to the mean.
        return (int) Math.round(mean);
    }

    /** ln(k!) exactly summed for small k, Stirling series beyond. */
    static double logFactorial(long k) {
        if (k < 20) {
            double s = 0;
            for (long i = 2; i <= k; i++) {
                s += StrictMath.log(i);
            }
            return s;
        }
        double x = k + 1.0;
        double inv = 1.0 / x;
        double inv2 = inv * inv;
        return (x - 0.5) * StrictMath.log(x) - x + 0.5 * StrictMath.log(2 * StrictMath.PI)
                + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
    }

    /**
     * Probability that an event with constant hazard {@code rate·dt} happens in the step:
     * {@code 1 − exp(−rate·dt)}, computed with {@link StrictMath} so it is identical on every JDK.
     */
    public static double hazardToProbability(double rateTimesDt) {
        if (rateTimesDt <= 0) {
            return 0.0;
        }
        return -StrictMath.expm1(-rateTimesDt);
    }
}
