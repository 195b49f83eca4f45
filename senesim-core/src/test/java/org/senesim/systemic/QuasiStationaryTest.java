package org.senesim.systemic;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Sex;
import org.senesim.scenario.Species;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starting state: its Gauss–Legendre means against Simpson's rule (the 4,000-interval rule it
 * replaced and a 100,000-interval one as the reference), and its shortcuts (twin organs computed
 * once, a person's state reused by their other arms) against the plain computation written out here.
 */
class QuasiStationaryTest {

    private static final ParameterSet DEFAULTS = ParameterRegistry.builtIn().defaults();

    /**
     * Over the registry's ranges (clearance β·I from a tenth of the lowest β to the highest, κ,
     * the noise variance 2ε, stem-cell clearance, production from none to twice the clearance,
     * X_c 10-30), where the rule says it applies: within 1e-11 of the fine Simpson sum, and
     * within the 4,000-interval sum's own error of it (that error reaches 1.6e-8 here).
     */
    @Test
    void gaussLegendreMeanAgreesWithAFineSimpsonSum() {
        double worst = 0;
        int covered = 0;
        int cases = 0;
        for (double b : new double[] {0.005, 0.05, 0.15, 0.3}) {
            for (double kappa : new double[] {0.2, 0.5, 1.0}) {
                for (double var : new double[] {0.14, 0.284, 0.56}) {
                    for (double c : new double[] {0, 0.02}) {
                        for (double ratio : new double[] {0, 0.5, 0.99, 1.5}) {
                            double upper = cases % 3 == 0 ? 17 : cases % 3 == 1 ? 10 : 30;
                            cases++;
                            double prod = ratio * b;
                            if (!StationaryQuadrature.covers(prod, b, kappa, c, var, upper)) {
                                continue;
                            }
                            covered++;
                            double gl = QuasiStationary.stationaryMean(prod, b, kappa, c, var, upper);
                            double fine = simpsonMean(prod, b, kappa, c, var, upper, 100_000);
                            double coarse = QuasiStationary.simpsonMean(prod, b, kappa, c, var, upper);
                            double error = Math.abs(gl - fine) / fine;
                            assertThat(error).as("b %s κ %s var %s c %s P/b %s", b, kappa, var, c, ratio).isLessThan(1e-11);
                            assertThat(Math.abs(gl - coarse) / fine).isLessThan(Math.abs(coarse - fine) / fine + 1e-11);
                            worst = Math.max(worst, error);
                        }
                    }
                }
            }
        }
        assertThat(covered).isGreaterThan(cases * 3 / 4);
        System.out.printf("Gauss-Legendre starting-state means: %d of %d cases in range, largest relative difference to "
                + "Simpson with 100,000 intervals %.1e%n", covered, cases, worst);
    }

    /**
     * The whole starting state, for both sexes, noise on and off, three sets of exposures, ages 20 to
     * 110 and a parameter set with κ, noise sharing and stem-cell clearance changed: within 1e-9
     * (relative) of the plain Simpson computation it replaced; bit for bit where there is no noise.
     */
    @Test
    void stateAgreesWithThePlainSimpsonComputation() {
        Exposures[] exposures = {Exposures.REFERENCE, new Exposures(1.4, 20, 12, 0.5), new Exposures(0.7, 0, 30, 0)};
        ParameterSet[] sets = {DEFAULTS,
                DEFAULTS.with(Map.of("organism.clearance.kappa", 0.3, "organism.noise.shared_fraction", 0.4,
                        "organism.stem.clearance", 0.01), ParameterSet.Origin.SCENARIO)};
        int compared = 0;
        double worst = 0;
        for (ParameterSet set : sets) {
            for (Sex sex : Sex.values()) {
                OrganismParameters p = OrganismParameters.resolve(set, Species.HUMAN, sex);
                for (OrganismParameters q : new OrganismParameters[] {p, p.withoutNoise()}) {
                    for (Exposures e : exposures) {
                        for (double age = 20; age <= 110; age += 15) {
                            double[] scale = q.productionScale(e);
                            double[] fast = QuasiStationary.state(q, scale, age);
                            double[] plain = plainState(q, scale, age);
                            for (int i = 0; i < fast.length; i++) {
                                if (q.noise()) {
                                    double d = Math.abs(fast[i] - plain[i]) / Math.max(1e-300, Math.abs(plain[i]));
                                    assertThat(d).as("component %d at %s", i, age).isLessThan(1e-9);
                                    worst = Math.max(worst, d);
                                } else {
                                    assertThat(Double.doubleToRawLongBits(fast[i])).as("component %d at %s", i, age)
                                            .isEqualTo(Double.doubleToRawLongBits(plain[i]));
                                }
                            }
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(2 * Sex.values().length * 2 * 3 * 7);
        System.out.printf("starting state against the plain Simpson computation: largest relative difference %.1e%n", worst);
    }

    @Test
    void aReusedStartingStateStartsTheSamePerson() {
        OrganismModel model = OrganismModel.builder(DEFAULTS).sex(Sex.FEMALE).exposures(new Exposures(1.2, 10, 5, 0.2)).build();
        OrganismModel.StartingState start = model.startingState(7, 3, 55);
        for (int arm = 0; arm < 2; arm++) {
            OrganismSimulation reused = model.start(start, 7);
            OrganismSimulation fresh = model.start(7, 3, 55, 7);
            double[] a = new double[OrganismColumns.ALL.size()];
            double[] b = new double[OrganismColumns.ALL.size()];
            for (int s = 0; s < 600 && fresh.alive(); s++) {
                if (arm == 1 && s % 13 == 0) {
                    reused.applySenolytic(java.util.EnumSet.allOf(Organ.class), 0.3);
                    fresh.applySenolytic(java.util.EnumSet.allOf(Organ.class), 0.3);
                }
                reused.step();
                fresh.step();
                reused.observe(a);
                fresh.observe(b);
                assertThat(a).isEqualTo(b);
            }
        }
    }

    /** QuasiStationary.state as it was written before Gauss–Legendre and the shortcuts: 4,000 Simpson intervals, 6 iterations. */
    private static double[] plainState(OrganismParameters p, double[] productionScale, double startAge) {
        double[] x = QuasiStationary.state(p, productionScale, startAge); // non-organ components
        java.util.Arrays.fill(x, 0, Organ.COUNT, 0.0);
        double immune = p.immuneCapacity(startAge);
        double etaAge = p.eta * startAge;
        double stemKill = OrganismEquations.stemKill(p, x[OrganismEquations.RESERVE]);
        for (int it = 0; it < 6; it++) {
            double s = p.bloodSasp(x);
            double[] next = new double[Organ.COUNT];
            for (int o = 0; o < Organ.COUNT; o++) {
                double prod = OrganismEquations.production(etaAge, productionScale[o], p.alpha[o], p.couplingNorm[o], s);
                double var = p.noiseShared[o] * p.noiseShared[o] + p.noiseOwn[o] * p.noiseOwn[o];
                next[o] = var > 0 ? simpsonMean(prod, immune * p.beta, p.kappa, stemKill, var, p.threshold, 4000)
                        : QuasiStationary.fixedPoint(prod, immune * p.beta, p.kappa, stemKill, p.threshold);
            }
            System.arraycopy(next, 0, x, 0, Organ.COUNT);
        }
        return x;
    }

    private static double simpsonMean(double prod, double b, double kappa, double c, double variance, double upper, int n) {
        double h = upper / n;
        double[] logDensity = new double[n + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= n; i++) {
            double xi = i * h;
            double phi = prod * xi - b * (xi - kappa * StrictMath.log1p(xi / kappa)) - 0.5 * c * xi * xi;
            logDensity[i] = 2.0 * phi / variance;
            max = Math.max(max, logDensity[i]);
        }
        double mass = 0;
        double first = 0;
        for (int i = 0; i <= n; i++) {
            double w = (i == 0 || i == n) ? 1 : (i % 2 == 1 ? 4 : 2);
            double d = StrictMath.exp(logDensity[i] - max) * w;
            mass += d;
            first += d * i * h;
        }
        return first / mass;
    }
}
