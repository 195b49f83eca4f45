package org.senesim.trial.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.trial.design.TrialLoader;

/**
 * {@code trial --posterior}: people live the sets of a calibrated ensemble in proportion to their
 * weights, keyed by person so any order gives the same people; the posterior wins over a registry
 * draw, holds its held ids at their defaults, and the evidence cut still applies.
 */
class PersonPosteriorTest {

    private static final String BETA = "organism.clearance.beta";
    private static final String KAPPA = "organism.clearance.kappa";
    private static final String ETA = "organism.production.eta.human";

    private static Population population(String vary) {
        return TrialLoader.parse("""
                population:
                  size: 4000
                  seed: 11
                  age: {range: [40, 50]}
                  vary: [%s]
                arms: [{name: a}, {name: b}]
                """.formatted(vary), "p.yaml").population();
    }

    private static PersonPosterior twoSets() {
        return new PersonPosterior(List.of(BETA), List.of(KAPPA), new double[] {0.8, 0.2},
                new double[][] {{0.11}, {0.23}}, "two.posterior.json");
    }

    @Test
    void peopleLiveTheSetsInProportionToTheirWeightsTheSameInAnyOrder() {
        Population p = population(ETA).withPosterior(twoSets());
        ParameterSet base = ParameterRegistry.builtIn().defaults();
        int first = 0;
        int n = 4000;
        for (int i = n - 1; i >= 0; i--) {
            double beta = p.parametersOf(p.person(i), base, null).get(BETA);
            assertThat(beta).isIn(0.11, 0.23);
            first += beta == 0.11 ? 1 : 0;
        }
        // binomial(4000, 0.8): sd 0.0063, so ±0.025 is four standard deviations
        assertThat(first / (double) n).isCloseTo(0.8, within(0.025));
        Population again = population(ETA).withPosterior(twoSets()).resized(10, 11);
        assertThat(again.parametersOf(again.person(7), base, null).get(BETA))
                .isEqualTo(p.parametersOf(p.person(7), base, null).get(BETA));
        // the varied parameter the posterior says nothing about is still drawn per person
        assertThat(p.parametersOf(p.person(1), base, null).get(ETA))
                .isNotEqualTo(p.parametersOf(p.person(2), base, null).get(ETA));
    }

    @Test
    void thePosteriorWinsOverARegistryDrawAndHoldsItsHeldIdsAtTheirDefaults() {
        ParameterSet base = ParameterRegistry.builtIn().defaults();
        Population p = population(BETA + ", " + KAPPA).withPosterior(twoSets());
        Population plain = population(BETA + ", " + KAPPA);
        boolean kappaVariedWithoutPosterior = false;
        for (int i = 0; i < 20; i++) {
            ParameterSet set = p.parametersOf(p.person(i), base, null);
            assertThat(set.get(BETA)).isIn(0.11, 0.23);
            assertThat(set.get(KAPPA)).isEqualTo(base.get(KAPPA));
            kappaVariedWithoutPosterior |= plain.parametersOf(plain.person(i), base, null).get(KAPPA) != base.get(KAPPA);
        }
        assertThat(kappaVariedWithoutPosterior).isTrue();
    }

    @Test
    void theEvidenceCutStillNeutralisesWeakParametersThatVary() {
        ParameterRegistry registry = ParameterRegistry.builtIn();
        String weak = registry.all().stream()
                .filter(x -> !x.tier().atLeast(EvidenceTier.RCT) && x.min() < x.max()
                        && x.neutral() != x.defaultValue() && x.id().startsWith("organism."))
                .findFirst().orElseThrow().id();
        Population p = population(weak);
        ParameterSet cut = registry.defaults().withMinimumTier(EvidenceTier.RCT);
        ParameterSet person = p.parametersOf(p.person(3), cut, EvidenceTier.RCT);
        assertThat(person.get(weak)).isEqualTo(registry.get(weak).neutral());
        assertThat(p.parametersOf(p.person(3), registry.defaults(), null).get(weak)).isNotEqualTo(registry.get(weak).neutral());
    }

    @Test
    void aMalformedEnsembleIsRefused() {
        assertThatThrownBy(() -> new PersonPosterior(List.of(BETA), List.of(), new double[] {1.0}, new double[][] {{0.1, 0.2}}, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
