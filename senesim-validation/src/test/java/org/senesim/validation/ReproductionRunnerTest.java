package org.senesim.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.senesim.scenario.ScenarioException;

class ReproductionRunnerTest {

    private static final String FILE = "examples/reproductions/demo.published.yaml";

    private static PublishedFile demo() {
        return PublishedFile.parse("""
                reproduction: demo
                title: A demo
                figures:
                  - {id: a, description: A, published: 1, unit: "1", tolerance: {relative: 0.1}, calibration: true, source: S}
                  - {id: b, description: B, published: 0, unit: "1", tolerance: {at_most: 0}, calibration: false, source: S}
                """, FILE, "demo");
    }

    @Test
    void verdictsFollowTheTolerances() {
        var verdicts = ReproductionRunner.judge(demo(), Map.of("a", 1.05, "b", 0.2));
        assertThat(verdicts).extracting(Verdict::verdictText).containsExactly("PASS", "FAIL");
        assertThat(verdicts).extracting(Verdict::calibrationText).containsExactly("yes", "no");
    }

    @Test
    void aMissingValueFails() {
        Map<String, Double> values = new HashMap<>();
        values.put("a", null);
        values.put("b", Double.NaN);
        assertThat(ReproductionRunner.judge(demo(), values)).noneMatch(Verdict::pass);
    }

    @Test
    void anIdTheFileDoesNotListIsAnError() {
        assertThatThrownBy(() -> ReproductionRunner.judge(demo(), Map.of("a", 1.0, "b", 0.0, "c", 3.0)))
                .isInstanceOf(ReproductionException.class)
                .hasMessageStartingWith(FILE + ": ")
                .hasMessageContaining("returns figure(s) [c] that the file does not list");
    }

    @Test
    void aFigureTheCodeDoesNotReturnIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> ReproductionRunner.judge(demo(), Map.of("a", 1.0)))
                .isInstanceOf(ReproductionException.class)
                .hasMessageStartingWith(FILE + ":5:")
                .hasMessageContaining("figure 'b' is not returned");
    }

    @Test
    void anIdMistypedInTheFileIsReportedAtItsLine() {
        // the code returns 'a' and 'c', the file lists 'a' and 'b': the file's 'b' is named with its line
        assertThatThrownBy(() -> ReproductionRunner.judge(demo(), Map.of("a", 1.0, "c", 0.0)))
                .isInstanceOf(ReproductionException.class)
                .hasMessageStartingWith(FILE + ":5:")
                .hasMessageContaining("figure 'b' is not returned")
                .hasMessageContaining("[a, c]");
    }

    @Test
    void runnerJudgesAReproductionAgainstItsBundledFile() {
        // a reproduction that returns the wrong ids for its bundled file fails before any verdict
        Reproduction wrong = new Reproduction() {
            @Override
            public String name() {
                return Reproductions.all().get(0).name();
            }

            @Override
            public String title() {
                return "wrong";
            }

            @Override
            public Map<String, Double> run(ReproductionContext context) {
                return Map.of("no_such_figure", 1.0);
            }
        };
        assertThatThrownBy(() -> new ReproductionRunner(1, m -> { }).run(wrong))
                .isInstanceOf(ReproductionException.class)
                .hasMessageContaining("no_such_figure");
    }

    @Test
    void unknownBundledFileIsNamed() {
        assertThatThrownBy(() -> ReproductionRunner.scenario("nope.yaml"))
                .isInstanceOf(ReproductionException.class)
                .hasMessageStartingWith("examples/reproductions/nope.yaml: no such file");
    }

    @Test
    void scenarioErrorsNameTheExamplesFolder() {
        assertThatThrownBy(() -> org.senesim.scenario.ScenarioLoader.parse("seed: x\n",
                ReproductionRunner.FOLDER_LABEL + "bad.yaml"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("examples/reproductions/bad.yaml:1");
    }

    @Test
    void everyRegisteredReproductionHasAReadablePublishedFile() {
        for (Reproduction r : Reproductions.all()) {
            PublishedFile f = ReproductionRunner.published(r.name());
            assertThat(f.figures()).as(r.name()).isNotEmpty();
            assertThat(f.figures()).as(r.name()).allMatch(fig -> !fig.source().isBlank());
        }
    }

    @Test
    void byNameSuggestsAndListsNames() {
        assertThat(Reproductions.byName("karin-2019").name()).isEqualTo("karin-2019");
        assertThatThrownBy(() -> Reproductions.byName("karin2019"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("did you mean 'karin-2019'?")
                .hasMessageContaining("xu-2018");
        assertThat(Reproductions.names()).doesNotHaveDuplicates().contains("karin-2019", "xu-2018", "franco-2025");
    }
}
