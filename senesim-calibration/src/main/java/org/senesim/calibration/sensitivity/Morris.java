package org.senesim.calibration.sensitivity;

import org.senesim.calibration.space.Evaluator;
import org.senesim.calibration.space.ParameterSpace;

import java.util.ArrayList;
import java.util.List;

/** Morris elementary-effects screening: design, one batch of evaluations, measures per output and parameter. */
public final class Morris {

    /** Bootstrap resamples for the interval of μ*. */
    public static final int RESAMPLES = 1000;

    private Morris() {
    }

    /** Runs the design through the evaluator and returns the measures, output by output, parameters in space order. */
    public static List<MorrisIndex> run(ParameterSpace space, Evaluator evaluator, int trajectories, int levels,
                                        long seed) {
        MorrisDesign design = new MorrisDesign(space.size(), trajectories, levels, seed);
        double[][] y = evaluator.evaluate(design.points());
        return analyse(space, design, evaluator.outputs(), y, seed);
    }

    /** Measures from outputs already computed at {@code design.points()} ({@code y[point][output]}). */
    public static List<MorrisIndex> analyse(ParameterSpace space, MorrisDesign design, List<String> outputs,
                                            double[][] y, long seed) {
        List<MorrisIndex> out = new ArrayList<>();
        for (int o = 0; o < outputs.size(); o++) {
            double[] col = new double[y.length];
            for (int k = 0; k < y.length; k++) {
                col[k] = y[k][o];
            }
            double[][] ee = design.elementaryEffects(col);
            for (int i = 0; i < space.size(); i++) {
                double[] e = defined(ee[i]);
                double mu = 0;
                double muStar = 0;
                for (double v : e) {
                    mu += v;
                    muStar += Math.abs(v);
                }
                mu /= e.length;
                muStar /= e.length;
                double ss = 0;
                for (double v : e) {
                    ss += (v - mu) * (v - mu);
                }
                double sigma = e.length > 1 ? Math.sqrt(ss / (e.length - 1)) : Double.NaN;
                double[] ci = Bootstrap.interval(e.length, RESAMPLES, seed ^ (31L * o + i), rows -> {
                    double s = 0;
                    for (int r : rows) {
                        s += Math.abs(e[r]);
                    }
                    return s / rows.length;
                });
                out.add(new MorrisIndex(outputs.get(o), space.get(i).id(), e.length == 0 ? Double.NaN : mu,
                        e.length == 0 ? Double.NaN : muStar, sigma, ci[0], ci[1], e.length));
            }
        }
        return out;
    }

    private static double[] defined(double[] v) {
        return java.util.Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray();
    }
}
