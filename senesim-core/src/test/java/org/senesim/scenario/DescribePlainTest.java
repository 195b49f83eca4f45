package org.senesim.scenario;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One wording for a bad value in every located file format (scenarios, calibration targets,
 * published figures), and a hostile value is quoted by a short prefix, never whole.
 */
class DescribePlainTest {

    @Test
    void eachKindOfValueReadsAsInAScenarioError() {
        assertThat(ScenarioNode.describePlain(null)).isEqualTo("an empty value");
        assertThat(ScenarioNode.describePlain(Map.of("a", 1))).isEqualTo("a map");
        assertThat(ScenarioNode.describePlain(List.of(1))).isEqualTo("a list");
        assertThat(ScenarioNode.describePlain("lots")).isEqualTo("\"lots\"");
        assertThat(ScenarioNode.describePlain(7.5)).isEqualTo("7.5");
    }

    @Test
    void longTextIsCutToAShortPrefixWithItsLength() {
        String d = ScenarioNode.describePlain("x".repeat(1_000_000));
        assertThat(d).hasSizeLessThan(100).startsWith("\"xxx").contains("1000000 characters");
    }
}
