package org.senesim.tissue;

import org.senesim.lattice.Lattice;
import org.senesim.parallel.Workers;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Runs a small stochastic patch and prints a SHA-256 of its whole state: run in-process and in a
 * second JDK by {@link CrossJdkReproducibilityTest}, the two digests must match.
 */
public final class CrossJdkDigest {

    private CrossJdkDigest() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(digest(Integer.parseInt(args[0])));
    }

    static String digest(int threads) throws Exception {
        Lattice lattice = new Lattice(20, 10, 20, 20);
        TissuePatch patch;
        try (Workers w = new Workers(threads)) {
            patch = new TissuePatch(TissueTestSupport.defaults(), TissueTestSupport.person(55), lattice, 11, w);
            for (int d = 0; d < 500; d++) {
                patch.step(w);
            }
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(patch.dermis().state());
        sha.update(patch.dermis().divisions());
        for (float[] a : new float[][] {patch.dermis().damage(), patch.sasp().value(), patch.growthFactor().value(),
                patch.matrix().collagen(), patch.matrix().elastin(), patch.matrix().fragments(),
                patch.matrix().hyaluronan(), patch.epidermis().damage()}) {
            ByteBuffer b = ByteBuffer.allocate(4 * a.length);
            b.asFloatBuffer().put(a);
            sha.update(b);
        }
        double[] row = TissueObserver.observe(patch);
        ByteBuffer b = ByteBuffer.allocate(8 * row.length);
        b.asDoubleBuffer().put(row);
        sha.update(b);
        return HexFormat.of().formatHex(sha.digest());
    }
}
