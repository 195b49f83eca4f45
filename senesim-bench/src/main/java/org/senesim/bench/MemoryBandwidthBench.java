package org.senesim.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The machine's memory bandwidth as a STREAM-like triad {@code a = b + s·c} over three 64 MiB float
 * arrays (far beyond the caches): 12 bytes move per element (two loads, one store; write-allocate
 * adds a fourth 4 bytes the triad does not count, as STREAM does not). Divide 12 bytes by the
 * score in ns per element to get GB/s. Single thread; the model's two threads share the same bus.
 * {@link #triadCached} runs the same triad on 1 MiB arrays, which stay in the 32 MiB L3 as the
 * default patch's arrays (a few MiB) do: the floor for a patch whose working set fits there.
 * Run: {@code java -jar senesim-bench/target/senesim-benchmarks.jar MemoryBandwidthBench -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class MemoryBandwidthBench {

    static final int N = 16 * 1024 * 1024;
    /** Elements per array of the cache-resident triad: three arrays of 1 MiB. */
    static final int N_CACHED = 256 * 1024;

    private float[] a;
    private float[] b;
    private float[] c;
    private final float[] ca = new float[N_CACHED];
    private final float[] cb = new float[N_CACHED];
    private final float[] cc = new float[N_CACHED];

    @Setup
    public void setUp() {
        a = new float[N];
        b = new float[N];
        c = new float[N];
        for (int i = 0; i < N; i++) {
            b[i] = i;
            c[i] = N - i;
        }
    }

    /** Score: ns per element; bandwidth = 12 bytes / score. */
    @Benchmark
    @org.openjdk.jmh.annotations.OperationsPerInvocation(N)
    public float triad() {
        return triad(a, b, c, N);
    }

    /** Score: ns per element on arrays that stay in the L3; bandwidth = 12 bytes / score. */
    @Benchmark
    @org.openjdk.jmh.annotations.OperationsPerInvocation(N_CACHED)
    public float triadCached() {
        return triad(ca, cb, cc, N_CACHED);
    }

    private static float triad(float[] x, float[] y, float[] z, int n) {
        float s = 1.5f;
        for (int i = 0; i < n; i++) {
            x[i] = y[i] + s * z[i];
        }
        return x[n - 1];
    }
}
