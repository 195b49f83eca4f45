package org.senesim.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PublishedFileTest {

    private static final String FILE = "examples/reproductions/demo.published.yaml";

    private static String file(String figures) {
        return "reproduction: demo\ntitle: A demo\nfigures:\n" + figures;
    }

    private static final String GOOD_FIGURE = """
              - id: fraction_80
                description: Senescent fibroblasts at 80
                published: 0.15
                unit: fraction
                tolerance: {relative: 0.3}
                calibration: true
                source: Herbig et al. 2006
            """;

    @Test
    void readsEveryField() {
        PublishedFile f = PublishedFile.parse(file(GOOD_FIGURE + """
                  - id: change
                    description: Lowers the marker
                    published: -0.3
                    unit: fraction
                    tolerance: {at_most: 0}
                    calibration: false
                    source: Someone 2020
                """), FILE, "demo");
        assertThat(f.title()).isEqualTo("A demo");
        assertThat(f.figures()).hasSize(2);
        PublishedFigure a = f.figure("fraction_80");
        assertThat(a.published()).isEqualTo(0.15);
        assertThat(a.unit()).isEqualTo("fraction");
        assertThat(a.tolerance()).isEqualTo(Tolerance.relative(0.3));
        assertThat(a.calibration()).isTrue();
        assertThat(a.source()).isEqualTo("Herbig et al. 2006");
        assertThat(a.line()).isEqualTo(4);
        assertThat(f.figure("change").tolerance()).isEqualTo(Tolerance.atMost(0));
        assertThat(f.figure("change").calibration()).isFalse();
    }

    @Test
    void numbersWrittenWithoutExponentSignStillRead() {
        PublishedFile f = PublishedFile.parse(file(GOOD_FIGURE.replace("0.15", "1.0e6")), FILE, "demo");
        assertThat(f.figure("fraction_80").published()).isEqualTo(1.0e6);
    }

    @Test
    void yamlSyntaxErrorNamesFileAndLine() {
        assertThatThrownBy(() -> PublishedFile.parse("reproduction: demo\ntitle: [unclosed\nfigures: []\n", FILE, "demo"))
                .isInstanceOf(ReproductionException.class)
                .hasMessageStartingWith(FILE + ":")
                .hasMessageContaining("YAML syntax error")
                .hasMessageContaining("Fix:");
    }

    @Test
    void unknownKeySuggestsTheRightOne() {
        assertThatThrownBy(() -> PublishedFile.parse(file(GOOD_FIGURE.replace("    unit:", "    unti:")), FILE, "demo"))
                .isInstanceOf(ReproductionException.class)
                .hasMessageStartingWith(FILE + ":7:")
                .hasMessageContaining("unknown figure key 'unti', did you mean 'unit'?");
    }

    @Test
    void missingFieldIsNamed() {
        assertThatThrownBy(() -> PublishedFile.parse(file(GOOD_FIGURE.replace("    calibration: true\n", "")), FILE, "demo"))
                .isInstanceOf(ReproductionException.class)
                .hasMessageStartingWith(FILE + ":4:")
                .hasMessageContaining("figure 'fraction_80': missing 'calibration'");
    }

    @Test
    void wrongTypesAreNamed() {
        assertThatThrownBy(() -> PublishedFile.parse(file(GOOD_FIGURE.replace("0.15", "fifteen percent")), FILE, "demo"))
                .hasMessageStartingWith(FILE + ":6:").hasMessageContaining("published: expected a number");
        assertThatThrownBy(() -> PublishedFile.parse(file(GOOD_FIGURE.replace("calibration: true", "calibration: maybe")),
                FILE, "demo"))
                .hasMessageStartingWith(FILE + ":9:").hasMessageContaining("calibration: expected true or false");
        // NaN or infinity written as text: it would fail every model value, so it is bad input
        for (String notFinite : List.of("NaN", "Infinity", "-Infinity", "\"NaN\"")) {
            assertThatThrownBy(() -> PublishedFile.parse(file(GOOD_FIGURE.replace("0.15", notFinite)), FILE, "demo"))
                    .hasMessageStartingWith(FILE + ":6:").hasMessageContaining("published: expected a number");
        }
        assertThatThrownBy(() -> PublishedFile.parse(file(GOOD_FIGURE.replace("{relative: 0.3}", "{at_most: NaN}")),
                FILE, "demo"))
                .hasMessageStartingWith(FILE + ":8:").hasMessageContaining("tolerance.at_most: expected a number");
    }

    @Test
    void toleranceMustBeOneKnownKind() {
        assertThatThrownBy(() -> PublishedFile.parse(file(GOOD_FIGURE.replace("{relative: 0.3}", "{relativ: 0.3}")),
                FILE, "demo"))
                .hasMessageContaining("unknown tolerance key 'relativ', did you mean 'relative'?");
        assertThatThrownBy(() -> PublishedFile.parse(file(GOOD_FIGURE.replace("{relative: 0.3}",
                "{relative: 0.3, absolute: 0.1}")), FILE, "demo"))
                .hasMessageStartingWith(FILE + ":8:").hasMessageContaining("exactly one");
        assertThatThrownBy(() -> PublishedFile.parse(file(GOOD_FIGURE.replace("{relative: 0.3}", "{relative: -0.3}")),
                FILE, "demo"))
                .hasMessageContaining("at least 0");
        assertThatThrownBy(() -> PublishedFile.parse(file(GOOD_FIGURE.replace("{relative: 0.3}", "{between: [5, 2]}")),
                FILE, "demo"))
                .hasMessageContaining("low 5.0 is above its high 2.0");
        assertThatThrownBy(() -> PublishedFile.parse(file(GOOD_FIGURE.replace("{relative: 0.3}", "{between: [5]}")),
                FILE, "demo"))
                .hasMessageContaining("needs two numbers");
    }

    @Test
    void duplicateIdsAndWrongNameAreRejected() {
        assertThatThrownBy(() -> PublishedFile.parse(file(GOOD_FIGURE + GOOD_FIGURE), FILE, "demo"))
                .hasMessageStartingWith(FILE + ":11:").hasMessageContaining("'fraction_80' is given twice");
        assertThatThrownBy(() -> PublishedFile.parse(file(GOOD_FIGURE), FILE, "other"))
                .hasMessageStartingWith(FILE + ":1:").hasMessageContaining("Fix: write 'reproduction: other'");
        assertThatThrownBy(() -> PublishedFile.parse("", FILE, "demo")).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> PublishedFile.parse(file("  []\n"), FILE, "demo")).hasMessageContaining("figures is empty");
    }
}
