package org.senesim.trial.survival;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Kaplan–Meier, log-rank, Cox and RMST against R's survival package on the committed datasets
 * (a generated one with ties, three groups and two strata, and the NCCTG lung data). The answers
 * were written by survival-reference.R; the tests need no R.
 */
class AgainstRTest {

    private static final double TOL = 1e-6;
    private static final Map<String, double[]> R = Reference.answers();
    private static final Map<String, double[]> GEN = Reference.csv("generated.csv");
    private static final Map<String, double[]> LUNG = Reference.csv("lung.csv");

    private static void close(double[] actual, String key) {
        double[] expected = R.get(key);
        assertThat(expected).as(key).isNotNull();
        assertThat(actual).as(key + " length").hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertThat(actual[i]).as(key + "[" + i + "]").isNaN();
            } else {
                double scale = Math.max(1.0, Math.abs(expected[i]));
                assertThat(Math.abs(actual[i] - expected[i]) / scale).as(key + "[" + i + "] " + actual[i] + " vs R " + expected[i])
                        .isLessThanOrEqualTo(TOL);
            }
        }
    }

    private static void kaplanMeier(String prefix, KaplanMeier km) {
        close(km.times(), prefix + ".time");
        close(Reference.doubles(km.nRisk()), prefix + ".n.risk");
        close(Reference.doubles(km.nEvent()), prefix + ".n.event");
        close(Reference.doubles(km.nCensor()), prefix + ".n.censor");
        close(km.survival(), prefix + ".surv");
        close(km.stdErr(), prefix + ".std.err");
        close(km.lower(), prefix + ".lower");
        close(km.upper(), prefix + ".upper");
    }

    private static double[][] subset(double[] group, int code, double[]... cols) {
        int n = 0;
        for (double g : group) {
            n += g == code ? 1 : 0;
        }
        double[][] out = new double[cols.length][n];
        int k = 0;
        for (int i = 0; i < group.length; i++) {
            if (group[i] == code) {
                for (int c = 0; c < cols.length; c++) {
                    out[c][k] = cols[c][i];
                }
                k++;
            }
        }
        return out;
    }

    @Test
    void kaplanMeierMatchesSurvfitWithTiesAndCensoring() {
        double[][] g0 = subset(GEN.get("group"), 0, GEN.get("time"), GEN.get("event"));
        KaplanMeier km = KaplanMeier.fit(g0[0], Reference.events(g0[1]));
        kaplanMeier("gen.km.g0", km);
        KaplanMeier ll = KaplanMeier.fit(g0[0], Reference.events(g0[1]), 0.95, KaplanMeier.ConfType.LOG_LOG);
        close(ll.lower(), "gen.km.g0.loglog.lower");
        close(ll.upper(), "gen.km.g0.loglog.upper");
        kaplanMeier("lung.km", KaplanMeier.fit(LUNG.get("time"), Reference.events(LUNG.get("event"))));
    }

    @Test
    void restrictedMeanMatchesSurvfitRmean() {
        double[][] g0 = subset(GEN.get("group"), 0, GEN.get("time"), GEN.get("event"));
        close(KaplanMeier.fit(g0[0], Reference.events(g0[1])).restrictedMean(15), "gen.rmean.g0.tau15");
        close(KaplanMeier.fit(LUNG.get("time"), Reference.events(LUNG.get("event"))).restrictedMean(500), "lung.rmean.tau500");
    }

    @Test
    void logRankMatchesSurvdiffPlainAndStratified() {
        boolean[] ev = Reference.events(GEN.get("event"));
        int[] group = Reference.ints(GEN.get("group"));
        LogRank plain = LogRank.test(GEN.get("time"), ev, group, null);
        close(plain.observed(), "gen.logrank.obs");
        close(plain.expected(), "gen.logrank.exp");
        close(new double[] {plain.chiSquared()}, "gen.logrank.chisq");
        LogRank strat = LogRank.test(GEN.get("time"), ev, group, Reference.ints(GEN.get("stratum")));
        close(strat.observed(), "gen.logrank.strat.obs");
        close(strat.expected(), "gen.logrank.strat.exp");
        close(new double[] {strat.chiSquared()}, "gen.logrank.strat.chisq");
        int[] sex = Reference.ints(LUNG.get("sex"));
        for (int i = 0; i < sex.length; i++) {
            sex[i] -= 1;
        }
        LogRank lung = LogRank.test(LUNG.get("time"), Reference.events(LUNG.get("event")), sex, null);
        close(lung.observed(), "lung.logrank.obs");
        close(lung.expected(), "lung.logrank.exp");
        close(new double[] {lung.chiSquared()}, "lung.logrank.chisq");
    }

    private static void cox(String prefix, Cox.Fit fit) {
        close(fit.coef(), prefix + ".coef");
        close(fit.se(), prefix + ".se");
        close(new double[] {fit.logLikNull(), fit.logLik()}, prefix + ".loglik");
        close(new double[] {fit.scoreTest()}, prefix + ".score");
        close(new double[] {fit.waldTest()}, prefix + ".wald");
        double[] ci = new double[2 * fit.coef().length];
        for (int j = 0; j < fit.coef().length; j++) {
            double[] c = fit.hazardRatioInterval(j, 0.95);
            ci[2 * j] = c[0];
            ci[2 * j + 1] = c[1];
        }
        close(ci, prefix + ".ci");
    }

    @Test
    void coxEfronMatchesCoxphPlainAndStratified() {
        double[] group = GEN.get("group");
        double[] g1 = new double[group.length];
        double[] g2 = new double[group.length];
        for (int i = 0; i < group.length; i++) {
            g1[i] = group[i] == 1 ? 1 : 0;
            g2[i] = group[i] == 2 ? 1 : 0;
        }
        boolean[] ev = Reference.events(GEN.get("event"));
        cox("gen.cox", Cox.fit(GEN.get("time"), ev, new double[][] {GEN.get("x1"), GEN.get("x2"), g1, g2}, null));
        cox("gen.cox.strat", Cox.fit(GEN.get("time"), ev, new double[][] {GEN.get("x1"), GEN.get("x2")},
                Reference.ints(GEN.get("stratum"))));
        cox("lung.cox", Cox.fit(LUNG.get("time"), Reference.events(LUNG.get("event")),
                new double[][] {LUNG.get("age"), LUNG.get("sex"), LUNG.get("ph.ecog")}, null));
    }
}
