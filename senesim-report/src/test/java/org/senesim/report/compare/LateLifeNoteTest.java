package org.senesim.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.senesim.scenario.ScenarioLoader;

/** A comparison of a person followed past 80 says the default model's old people live too long; others do not. */
class LateLifeNoteTest {

    private static String note(String yaml) {
        return ComparisonWriter.lateLifeNote(ScenarioLoader.parse(yaml, "t.yaml"));
    }

    @Test
    void onlyAHumanFollowedPast80CarriesTheNote() {
        assertThat(note("person: {age: 70 years}\nduration: 15 years\n")).contains("Survival after 80").contains("9.64");
        assertThat(note("person: {age: 70 years}\nduration: 10 years\n")).isEmpty();
        assertThat(note("person: {species: mouse, age: 1 years}\nduration: 2 years\n")).isEmpty();
    }
}
