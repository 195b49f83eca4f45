package org.senesim.trial.results;

import org.senesim.trial.design.Trial;
import org.senesim.trial.design.TrialLoader;

/** A small, fast trial for the tests: many deaths in a short follow-up, so the effects are estimable. */
final class SmallTrial {

    static final String YAML = """
            name: small
            population:
              size: 200
              seed: 5
              sex: {female: 0.5, male: 0.5}
              age: {range: [78, 84]}
              smoking: {shares: {0: 0.7, 1: 0.3}}
              alcohol: {mean: 4, sd: 3, min: 0, max: 30}
              correlations:
                - {between: [smoking, alcohol], r: 0.4}
              vary: [organism.clearance.beta]
            design:
              type: %s
              stratify_by: [sex]
              block: 4
              eligibility: {min_age: 79}
              follow_up: {years: 15}
              loss_per_year: 0.02
            step: 4 weeks
            arms:
              - {name: control}
              - name: dq
                treatments:
                  - {drug: dasatinib-quercetin, start: 0 years, every: 8 weeks}
            endpoints:
              - {id: death, kind: death}
              - {id: frail, kind: frailty_above, threshold: 0.3}
              - {id: grip_88, kind: value, measure: grip, age: 88}
            """;

    /** A small trial on the reduced skin: few strata (fixed age and alcohol), so its reference runs are quick. */
    static final String REDUCED = """
            name: small-reduced
            population:
              size: 120
              seed: 5
              sex: {female: 0.5, male: 0.5}
              age: 80
              smoking: {shares: {0: 0.7, 1: 0.3}}
              vary: [organism.clearance.beta]
            design:
              type: parallel
              stratify_by: [sex]
              block: 4
              follow_up: {years: 8}
              loss_per_year: 0.02
            fidelity: reduced-skin
            step: 1 week
            arms:
              - {name: control}
              - name: dq
                treatments:
                  - {drug: dasatinib-quercetin, route: oral, start: 0 years, every: 8 weeks}
            endpoints:
              - {id: death, kind: death}
              - {id: frail, kind: frailty_above, threshold: 0.3}
              - {id: skin_84, kind: value, measure: skin_senescent_fraction, age: 84}
            """;

    static Trial reduced() {
        return TrialLoader.parse(REDUCED, "small-reduced.yaml");
    }

    private SmallTrial() {
    }

    static Trial parallel() {
        return TrialLoader.parse(YAML.formatted("parallel"), "small.yaml");
    }

    static Trial of(String type) {
        return TrialLoader.parse(YAML.formatted(type), "small.yaml");
    }
}
