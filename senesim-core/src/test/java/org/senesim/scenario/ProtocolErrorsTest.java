package org.senesim.scenario;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.senesim.scenario.ScenarioException;
import org.senesim.scenario.ScenarioLoader;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Bad protocol input gets the same one-line error as any scenario mistake: file, line, column, the
 * dotted key, what was expected and found, and a fix.
 */
class ProtocolErrorsTest {

    private static final String HEAD = "duration: 40 years\nperson: {age: 40 years}\nprotocol:\n";

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("unknown device, did you mean",
                        "  - device: co2-fractionnal\n    start: 50 years\n", "p.yaml:4:5: protocol[0].device:",
                        "did you mean 'co2-fractional'?"),
                Arguments.of("device named as a drug",
                        "  - drug: thulium-1927\n    start: 50 years\n", "p.yaml:4:5: protocol[0].drug:",
                        "'thulium-1927' is a device, not a drug"),
                Arguments.of("setting out of the device's range",
                        "  - device: co2-fractional\n    start: 50 years\n    settings: {energy: 900 mJ}\n",
                        "p.yaml:6:16: protocol[0].settings.energy:", "between 5-70 mJ".replace("between ", "of ")),
                Arguments.of("a density per session exceeded by its passes (coverage alone in range)",
                        "  - device: co2-fractional\n    start: 50 years\n    settings: {coverage: 30 %, passes: 2}\n",
                        "p.yaml:6:16: protocol[0].settings:", "coverage 30% × 2 passes is 60% in one session, above the 50%"),
                Arguments.of("the same with the typical coverage and only passes given",
                        "  - device: co2-fractional\n    start: 50 years\n    settings: {passes: 3}\n",
                        "p.yaml:6:16: protocol[0].settings:", "coverage 20% × 3 passes is 60%"),
                Arguments.of("bad unit of a setting",
                        "  - device: thulium-1927\n    start: 50 years\n    settings:\n      energy: 10 furlongs\n",
                        "p.yaml:7:7: protocol[0].settings.energy:", "unknown unit 'furlongs'"),
                Arguments.of("missing unit of a setting",
                        "  - device: thulium-1927\n    start: 50 years\n    settings:\n      coverage: 30\n",
                        "p.yaml:7:7: protocol[0].settings.coverage:", "a unit is needed after 30"),
                Arguments.of("unknown setting",
                        "  - device: thulium-1927\n    start: 50 years\n    settings: {energie: 10 mJ}\n",
                        "p.yaml:6:16: protocol[0].settings.energie:", "did you mean 'energy'?"),
                Arguments.of("bad unit of an interval",
                        "  - device: thulium-1927\n    start: 50 years\n    sessions: 3\n    interval: 4 fortnights\n",
                        "p.yaml:7:5: protocol[0].interval:", "unknown unit 'fortnights'"),
                Arguments.of("sessions closer than the device allows",
                        "  - device: co2-fractional\n    start: 50 years\n    sessions: 3\n    interval: 1 week\n",
                        "p.yaml:7:5: protocol[0].interval:", "at least 4 weeks between sessions"),
                Arguments.of("two steps whose sessions overlap",
                        "  - {device: co2-fractional, start: 50 years}\n  - {device: co2-fractional, start: 50.02 years}\n",
                        "p.yaml:5:30: protocol[1].start:", "needs at least 4 weeks between sessions"),
                Arguments.of("drug courses that overlap",
                        "  - {drug: rapamycin, start: 50 years, settings: {course: 60 days}}\n"
                                + "  - {drug: rapamycin, start: 50.1 years}\n",
                        "p.yaml:5:23: protocol[1].start:", "courses may not overlap"),
                Arguments.of("start outside the run",
                        "  - device: thulium-1927\n    start: 30 years\n", "p.yaml:5:5: protocol[0].start:",
                        "lies outside the run"),
                Arguments.of("no start", "  - device: thulium-1927\n", "p.yaml:4:5: protocol[0]:", "needs a start age"),
                Arguments.of("unknown route",
                        "  - drug: fisetin\n    start: 50 years\n    route: intravenous\n", "p.yaml:6:5: protocol[0].route:",
                        "one of oral, topical"),
                Arguments.of("lifestyle with sessions",
                        "  - lifestyle: smoking\n    start: 50 years\n    sessions: 2\n", "p.yaml:6:5: protocol[0].sessions:",
                        "happens once"),
                Arguments.of("word setting misspelt",
                        "  - lifestyle: diet\n    start: 50 years\n    settings: {diet: mediteranean}\n",
                        "p.yaml:6:16: protocol[0].settings.diet:", "did you mean 'mediterranean'?"),
                Arguments.of("no intervention in a step",
                        "  - start: 50 years\n", "p.yaml:4:5: protocol[0]:", "needs one of device, drug"),
                Arguments.of("unknown key in a step",
                        "  - device: thulium-1927\n    start: 50 years\n    sesions: 2\n", "p.yaml:6:5: protocol[0].sesions:",
                        "did you mean 'sessions'?"),
                Arguments.of("arms mixed with plain steps",
                        "  - arm: a\n  - {device: thulium-1927, start: 50 years}\n", "p.yaml:5:5: protocol[1]:",
                        "every step belongs to one"),
                Arguments.of("duplicate arm",
                        "  - arm: a\n  - arm: a\n", "p.yaml:5:5: protocol[1].arm:", "two arms are named 'a'"),
                Arguments.of("compare age outside the run",
                        "  - arm: a\n  - compare: {ages: [95]}\n", "p.yaml:5:22: protocol[1].compare.ages[0]:",
                        "outside the run"),
                Arguments.of("compare reference unknown",
                        "  - arm: none\n  - compare: {reference: nnone}\n", "p.yaml:5:15: protocol[1].compare.reference:",
                        "did you mean 'none'?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aProtocolMistakeIsOneLocatedLineWithAFix(String kind, String protocol, String prefix, String fragment) {
        ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse(HEAD + protocol, "p.yaml").protocol(),
                ScenarioException.class);
        assertThat(e).as(kind).isNotNull();
        assertThat(e.getMessage()).as(kind).startsWith(prefix).contains(fragment).contains("Fix:");
        assertThat(e.getMessage().lines().count()).as(kind).isEqualTo(1);
    }
}
