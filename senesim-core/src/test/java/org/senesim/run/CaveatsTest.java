package org.senesim.run;

import org.junit.jupiter.api.Test;

/** Which courses carry the repeated-senolytic caveat, and its wording. */
class CaveatsTest {

    @Test
    void repeatedCoursesByMouthAreNamedForTheirCaveatAndOneCourseOrASkinCreamAreNot() {
        String head = "name: s\nduration: 5 years\nperson: {age: 70 years}\nprotocol:\n";
        var repeated = org.senesim.scenario.ScenarioLoader.parse(head
                + "  - {drug: dasatinib-quercetin, route: oral, start: 70 years, sessions: 3, interval: 4 weeks}\n"
                + "  - {drug: dasatinib-quercetin, route: topical, start: 71 years, sessions: 3, interval: 4 weeks}\n", "s.yaml");
        java.util.List<String> drugs = Caveats.repeatedSystemicSenolytics(repeated.protocol().arms().get(0).courses());
        org.assertj.core.api.Assertions.assertThat(drugs).containsExactly("dasatinib-quercetin");
        org.assertj.core.api.Assertions.assertThat(Caveats.repeatedSenolytics(drugs))
                .startsWith("Repeated courses of dasatinib-quercetin").contains("no human survival data");
        var once = org.senesim.scenario.ScenarioLoader.parse(head
                + "  - {drug: dasatinib-quercetin, route: oral, start: 70 years}\n"
                + "  - {drug: dasatinib-quercetin, route: topical, start: 71 years, sessions: 3, interval: 4 weeks}\n", "s.yaml");
        org.assertj.core.api.Assertions.assertThat(Caveats.repeatedSystemicSenolytics(once.protocol().arms().get(0).courses())).isEmpty();
    }
}
