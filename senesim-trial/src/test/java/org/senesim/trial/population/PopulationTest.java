package org.senesim.trial.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.senesim.trial.design.TrialLoader;

/** Populations: the same people in any order, marginals and correlations as specified. */
class PopulationTest {

    private static Population population(int size, long seed) {
        return TrialLoader.parse("""
                population:
                  size: %d
                  seed: %d
                  sex: {female: 0.7, male: 0.3}
                  age: {range: [30, 40]}
                  smoking: {shares: {0: 0.8, 1: 0.2}}
                  alcohol: {mean: 5, sd: 3, min: 0, max: 40}
                  latitude: {mean: 45, sd: 5}
                  correlations:
                    - {between: [alcohol, latitude], r: 0.6}
                arms: [{name: a}, {name: b}]
                """.formatted(size, seed), "p.yaml").population();
    }

    @Test
    void personIDependsOnlyOnSeedAndIndex() {
        Population small = population(10, 3);
        Population big = population(100_000, 3);
        assertThat(big.person(7)).usingRecursiveComparison().isEqualTo(small.person(7));
        assertThat(population(10, 4).person(7).ageYears()).isNotEqualTo(small.person(7).ageYears());
    }

    @Test
    void marginalsAndCorrelationHold() {
        Population p = population(20_000, 1);
        int n = 20_000;
        double women = 0;
        double smokers = 0;
        double sa = 0, sl = 0, saa = 0, sll = 0, sal = 0;
        double minAge = 99, maxAge = 0;
        for (int i = 0; i < n; i++) {
            Participant x = p.person(i);
            women += x.sex() == org.senesim.scenario.Sex.FEMALE ? 1 : 0;
            smokers += x.smokingPacksPerDay() > 0 ? 1 : 0;
            minAge = Math.min(minAge, x.ageYears());
            maxAge = Math.max(maxAge, x.ageYears());
            sa += x.alcoholDrinksPerWeek();
            sl += x.latitudeDegrees();
            saa += x.alcoholDrinksPerWeek() * x.alcoholDrinksPerWeek();
            sll += x.latitudeDegrees() * x.latitudeDegrees();
            sal += x.alcoholDrinksPerWeek() * x.latitudeDegrees();
        }
        assertThat(women / n).isCloseTo(0.7, within(0.015));
        assertThat(smokers / n).isCloseTo(0.2, within(0.015));
        assertThat(minAge).isGreaterThanOrEqualTo(30);
        assertThat(maxAge).isLessThanOrEqualTo(40);
        double cov = sal / n - (sa / n) * (sl / n);
        double r = cov / Math.sqrt((saa / n - sa * sa / n / n) * (sll / n - sl * sl / n / n));
        // clamping alcohol at 0 weakens the copula's 0.6 a little
        assertThat(r).isBetween(0.5, 0.62);
        assertThat(sl / n).isCloseTo(45, within(0.2));
    }
}
