package org.senesim.systemic.sde;

import org.senesim.random.CounterRandom;

/**
 * Standard normal variates from the counter-based generator by the ziggurat method with 128
 * layers (Marsaglia &amp; Tsang 2000, J Stat Softw 5(8); the layout and tail of Doornik 2005,
 * "An improved ziggurat method to generate normal random samples").
 *
 * <p>Why not {@link CounterRandom#normal}: that Box–Muller costs a logarithm, a square root and a
 * cosine per variate; the organism cohort needs six normals per person and step (10⁸–10⁹ per run),
 * and about 99% of ziggurat draws need one 64-bit hash, one multiply and one comparison. The
 * tables are built once with {@link StrictMath} and the rare wedge and tail branches use
 * {@link StrictMath} too, so every variate is bit-identical on every JDK and processor.
 *
 * <p>Draw layout: variate {@code draw} of an entity under a key consumes the counter range
 * {@code [256·draw, 256·draw + 256)}: attempt {@code a} uses {@code 256·draw + 2a} (layer and
 * abscissa from one 64-bit word: the low 7 bits pick the layer, the top 53 bits the abscissa) and
 * {@code +1} (wedge test); the tail uses {@code 256·draw + 128 + 2m} and {@code +1}.
 */
public final class ZigguratNormal {

    private static final int LAYERS = 128;
    /** Start of the tail for 128 layers (Doornik 2005). */
    private static final double R = 3.442619855899;
    /** Area of each layer (Doornik 2005). */
    private static final double V = 9.91256303526217e-3;
    private static final double INV_2_53 = 0x1.0p-53;
    private static final int MAX_ATTEMPTS = 60;

    /** Layer abscissae: X[0] = V/f(R) (base strip with the tail), X[1] = R, ..., X[128] = 0. */
    private static final double[] X = new double[LAYERS + 1];
    /** X[i+1]/X[i]: below it an abscissa of layer i lies inside the density. */
    private static final double[] RATIO = new double[LAYERS];

    static {
        double f = StrictMath.exp(-0.5 * R * R);
        X[0] = V / f;
        X[1] = R;
        X[LAYERS] = 0.0;
        for (int i = 2; i < LAYERS; i++) {
            X[i] = StrictMath.sqrt(-2.0 * StrictMath.log(V / X[i - 1] + f));
            f = StrictMath.exp(-0.5 * X[i] * X[i]);
        }
        for (int i = 0; i < LAYERS; i++) {
            RATIO[i] = X[i + 1] / X[i];
        }
    }

    private ZigguratNormal() {
    }

    /** One standard normal variate for (key, entity, draw); {@code draw} must be below 2²³. */
    public static double sample(long key, long entity, int draw) {
        int base = draw << 8;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            long bits = CounterRandom.bits(key, entity, base + 2 * attempt);
            int layer = (int) (bits & 0x7F);
            double u = 2.0 * ((bits >>> 11) * INV_2_53) - 1.0;
            if (Math.abs(u) < RATIO[layer]) {
                return u * X[layer];
            }
            if (layer == 0) {
                return tail(key, entity, base + 128, u < 0);
            }
            double x = u * X[layer];
            double f0 = StrictMath.exp(-0.5 * (X[layer] * X[layer] - x * x));
            double f1 = StrictMath.exp(-0.5 * (X[layer + 1] * X[layer + 1] - x * x));
            if (f1 + CounterRandom.uniform(key, entity, base + 2 * attempt + 1) * (f0 - f1) < 1.0) {
                return x;
            }
        }
        // 60 rejections in a row has probability below 1e-100.
        return 0.0;
    }

    /** Marsaglia's tail beyond R: exact sampling from the normal tail. */
    private static double tail(long key, long entity, int base, boolean negative) {
        for (int m = 0; m < 64; m++) {
            double x = StrictMath.log(CounterRandom.uniformPositive(key, entity, base + 2 * m)) / R;
            double y = StrictMath.log(CounterRandom.uniformPositive(key, entity, base + 2 * m + 1));
            if (-2.0 * y >= x * x) {
                return negative ? x - R : R - x;
            }
        }
        return negative ? -R : R;
    }
}
