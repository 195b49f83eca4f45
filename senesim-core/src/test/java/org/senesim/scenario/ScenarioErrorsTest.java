package org.senesim.scenario;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every kind of bad scenario input gives one line naming file, line, column and key, what was
 * expected, what was found and how to fix it.
 */
class ScenarioErrorsTest {

    private static final String FILE = "examples/bad.yaml";

    /** Parses {@code yaml}, expects a ScenarioException and checks its location, key and message fragments. */
    private static ScenarioException expectError(String yaml, int line, int column, String key, String... fragments) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> TestRegistry.parse(yaml, FILE));
        assertThat(e).as("expected a ScenarioException for:\n" + yaml).isNotNull();
        String prefix = FILE + ":" + line + ":" + column + ": " + (key.isEmpty() ? "" : key + ": ");
        assertThat(e.getMessage()).startsWith(prefix);
        assertThat(e.file()).isEqualTo(FILE);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.key()).isEqualTo(key);
        assertThat(e.getMessage()).doesNotContain("\n");
        for (String f : fragments) {
            assertThat(e.getMessage()).contains(f);
        }
        return e;
    }

    // 1. wrong type, read from a file
    @Test
    void wrongTypeInAFileNamesFileLineColumnKeyAndFix() {
        Path p = TestRegistry.resource("bad-smoking.yaml");
        assertThatThrownBy(() -> TestRegistry.load(p))
                .isInstanceOf(ScenarioException.class)
                .hasMessage(p + ":6:3: person.smoking: expected a number of packs per day between 0 and 5, "
                        + "got \"lots\". Fix: write e.g. \"smoking: 0.5\".");
    }

    // 2. out of range, naming range and unit
    @Test
    void outOfRangeNamesRangeAndUnit() {
        expectError("person:\n  outdoor_hours: 20\n", 2, 3, "person.outdoor_hours",
                "expected a number of hours per day outdoors between 0 and 16, got 20 (out of range)",
                "Fix: write e.g. \"outdoor_hours: 1.5\"");
        expectError("duration: 130 years\n", 1, 1, "duration",
                "more than 0 and at most 120 years", "got 130 years (out of range)");
        expectError("tissue:\n  voxel: 2 um\n", 2, 3, "tissue.voxel", "between 5 and 100 um", "got 2 um");
    }

    // 3. unknown key, with did-you-mean and the allowed keys
    @Test
    void unknownKeySuggestsTheClosestAndListsAllowed() {
        expectError("person:\n  age: 30\n  outdoor_hour: 2\n", 3, 3, "person.outdoor_hour",
                "unknown key 'outdoor_hour', did you mean 'outdoor_hours'?",
                "Allowed keys in person: species, sex, age, fitzpatrick, latitude, outdoor_hours");
        expectError("name: x\ndurration: 5 years\n", 2, 1, "durration",
                "did you mean 'duration'?", "Allowed keys at the top level: name, description, seed, duration");
        expectError("person:\n  sunscreen: 30\n", 2, 3, "person.sunscreen", "did you mean 'sunscreen_spf'?");
        ScenarioException e = expectError("colour: blue\n", 1, 1, "colour", "unknown key 'colour'. Allowed keys");
        assertThat(e.getMessage()).doesNotContain("did you mean");
    }

    // 4. unknown parameter id, with did-you-mean over registry ids
    @Test
    void unknownParameterIdSuggestsARegistryId() {
        expectError("parameters:\n  test.clearance.betta: 0.1\n", 2, 3, "parameters.test.clearance.betta",
                "unknown parameter id 'test.clearance.betta', did you mean 'test.clearance.beta'?");
        expectError("parameters:\n  clearance.beta: 0.1\n", 2, 3, "parameters.clearance.beta",
                "did you mean 'test.clearance.beta'?");
        expectError("parameters:\n  nothing.like.it: 0.1\n", 2, 3, "parameters.nothing.like.it",
                "unknown parameter id 'nothing.like.it'.", "The registry has 3 parameters");
    }

    // 5. parameter value out of the registry range, naming range and unit
    @Test
    void parameterOutOfRegistryRange() {
        expectError("parameters:\n  test.clearance.beta: 0.9\n", 2, 3, "parameters.test.clearance.beta",
                "expected a number between 0.05 and 0.3 /day (registry range; default 0.15 /day), got 0.9 (out of range)",
                "Fix: write e.g. \"test.clearance.beta: 0.15\"");
        expectError("parameters:\n  test.clearance.beta: 0.1 /day\n", 2, 3, "parameters.test.clearance.beta",
                "write the number alone, in the registry unit /day");
    }

    // 6. bad unit lists the allowed units; a missing unit where one is required
    @Test
    void badUnitListsAllowedUnits() {
        expectError("duration: 3 fortnights\n", 1, 1, "duration",
                "unknown unit 'fortnights' in \"3 fortnights\" for a duration; allowed units: days, day, d, weeks",
                "years, year, yrs, yr, y");
        expectError("tissue:\n  voxel: 20 furlongs\n", 2, 3, "tissue.voxel",
                "allowed units: nm, um, \u00b5m, \u03bcm, micron, microns, mm, cm");
        expectError("tissue:\n  voxel: 20\n", 2, 3, "tissue.voxel", "a unit is needed after 20; allowed units:",
                "Fix: write e.g. \"voxel: 20 um\"");
        expectError("outputs:\n  every: 30\n", 2, 3, "outputs.every", "a unit is needed after 30");
    }

    // 7. missing file: no line, line 0, and the message says so
    @Test
    void missingFileHasLineZeroAndSaysSo() {
        Path p = Path.of("no-such-dir", "missing.yaml");
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> TestRegistry.load(p));
        assertThat(e.getMessage()).startsWith(p + ":0:0: no such file (no line to point at");
        assertThat(e.line()).isZero();
        assertThat(e.column()).isZero();
        assertThat(e.key()).isEmpty();
    }

    // 8. YAML syntax errors carry the parser's location
    @Test
    void yamlSyntaxErrorsCarryTheParsersLocation() {
        Path unclosed = TestRegistry.resource("bad-unclosed.yaml");
        assertThatThrownBy(() -> TestRegistry.load(unclosed))
                .hasMessageStartingWith(unclosed + ":4:8: YAML syntax error: while parsing a flow sequence "
                        + "(started at line 3)")
                .hasMessageContaining("Fix: close every '[' with ']'");
        Path tab = TestRegistry.resource("bad-tab.yaml");
        assertThatThrownBy(() -> TestRegistry.load(tab))
                .hasMessageStartingWith(tab + ":3:1: YAML syntax error:")
                .hasMessageContaining("YAML does not allow tab characters for indentation");
        expectError("person: age: 3\n", 1, 12, "", "YAML syntax error: mapping values are not allowed here",
                "quote text that contains ': '");
    }

    // 9. empty file (only comments)
    @Test
    void emptyFileIsAnError() {
        Path p = TestRegistry.resource("empty.yaml");
        assertThatThrownBy(() -> TestRegistry.load(p))
                .hasMessage(p + ":1:1: the file is empty (no YAML keys, only blank lines or comments). Fix: write "
                        + "at least one key, e.g. \"name: my-run\"; every other key has a default.");
        expectError("", 1, 1, "", "the file is empty");
    }

    // 10. duplicate key points at the second occurrence and names the first
    @Test
    void duplicateKeyPointsAtTheSecond() {
        Path p = TestRegistry.resource("bad-duplicate.yaml");
        assertThatThrownBy(() -> TestRegistry.load(p))
                .hasMessage(p + ":4:1: seed: duplicate key; it was already given at line 2. Fix: keep one of the two.");
        expectError("person:\n  age: 3\n  sex: male\n  age: 4\n", 4, 3, "person.age", "already given at line 2");
    }

    // 11. bad enum value lists the allowed values (and suggests)
    @Test
    void badEnumListsAllowedValues() {
        expectError("person:\n  diet: vegan\n", 2, 3, "person.diet",
                "expected a diet, one of balanced, western, mediterranean, high-fat, got \"vegan\"",
                "Fix: write e.g. \"diet: mediterranean\"");
        expectError("person:\n  diet: high_fat\n", 2, 3, "person.diet", "did you mean 'high-fat'?");
        expectError("person:\n  species: rat\n", 2, 3, "person.species", "one of human, mouse, got \"rat\"");
        expectError("tissue:\n  dimension: 4D\n", 2, 3, "tissue.dimension", "one of 2D, 3D");
        expectError("evidence:\n  min_tier: anecdote\n", 2, 3, "evidence.min_tier",
                "one of rct, human-observational, animal, in-vitro, mechanistic, expert-opinion");
    }

    // 12. a list where a map is needed, and a scalar where a list is needed
    @Test
    void listWhereMapIsNeeded() {
        expectError("person:\n  - age: 30\n", 1, 1, "person",
                "expected the person with keys species, sex, age", "got a list (a list, written with '-' items or [ ])",
                "Fix: write the keys indented under 'person:'");
        expectError("tissue:\n  size: 1 mm\n", 2, 3, "tissue.size",
                "expected a list of 2 to 3 values", "got \"1 mm\"; write the values in [ ] separated by commas");
        expectError("- name: x\n", 1, 1, "", "a scenario must be a map of keys (name, description, seed", "got a list");
    }

    // 13. whole numbers, the 0-or-range SPF and empty values
    @Test
    void wholeNumbersSpfAndEmptyValues() {
        expectError("person:\n  fitzpatrick: 2.5\n", 2, 3, "person.fitzpatrick",
                "expected a Fitzpatrick skin type between 1 and 6, got 2.5 (not a whole number)");
        expectError("person:\n  sunscreen_spf: 0.5\n", 2, 3, "person.sunscreen_spf",
                "expected 0 (none) or a sun protection factor between 1 and 100, got 0.5 (out of range)");
        expectError("seed: -1\n", 1, 1, "seed", "expected a whole number of at least 0, got -1");
        expectError("person:\n  smoking:\n", 2, 3, "person.smoking",
                "no value given. Fix: write e.g. \"smoking: 0.5\", or remove the key to use the default");
        expectError("person:\n  sex: true\n", 2, 3, "person.sex", "got true");
    }

    // 14. limits that involve two keys: species lifespan, snapshots inside the run
    @Test
    void lifespanAndSnapshotWindow() {
        expectError("person:\n  species: mouse\n  age: 3 months\nduration: 5 years\n", 4, 1, "duration",
                "start age 0.25 years + duration 5 years = 5.25 years, beyond the 4 years a mouse scenario may reach",
                "Fix: write e.g. \"duration: 3.75 years\"");
        expectError("person:\n  species: mouse\n", 2, 3, "person.species",
                "a mouse scenario must start at an age of at most 4 years, got 20 years (the default age)");
        expectError("person:\n  species: mouse\n  age: 1 year\n", 3, 3, "person.age",
                "(the default duration) = 61 years");
        expectError("person:\n  age: 80\nduration: 50 years\n", 3, 1, "duration", "beyond the 120 years");
        expectError("outputs:\n  snapshots: [40, 90]\n", 2, 19, "outputs.snapshots[1]",
                "snapshot age 90 years lies outside the run, which goes from age 20 to 80 years");
        expectError("outputs:\n  snapshots: [40, old]\n", 2, 19, "outputs.snapshots[1]", "got \"old\"");
    }

    // 15. tissue geometry: too few voxels, too many, 3D with two sizes
    @Test
    void tissueGeometry() {
        expectError("tissue:\n  size: [1 mm, 20 um, 1 mm]\n", 2, 16, "tissue.size[1]",
                "the y size 20 um is 1 voxel(s) of 20 um; each axis needs at least 2 voxels");
        expectError("tissue:\n  size: [3 cm, 2 cm, 2 mm]\n", 2, 3, "tissue.size",
                "the grid would have 1500 x 1000 x 100 = 150000000 voxels, more than the limit of 100000000",
                "Fix: use a smaller patch");
        expectError("tissue:\n  size: [1 mm, 1.2 mm]\n", 2, 3, "tissue.size",
                "a 3D patch needs three sizes [x, y, depth], got 2", "write 'dimension: 2D'");
    }

    // 16. protocol must be a list of maps; the entries themselves are not interpreted here
    @Test
    void protocolMustBeAListOfMaps() {
        expectError("protocol:\n  - at: 50 years\n  - laser\n", 3, 5, "protocol[1]",
                "expected a map (keys such as 'at:' indented under '- '), got \"laser\"");
        expectError("protocol: {at: 50}\n", 1, 1, "protocol", "expected a list of intervention entries, each a map");
    }

    // 17. name pattern, several documents, aliases
    @Test
    void namePatternDocumentsAndAliases() {
        expectError("name: my run\n", 1, 1, "name",
                "expected a name made of letters, digits, '.', '_' or '-', got \"my run\"", "Fix: write e.g. \"name: my-run\"");
        expectError("name: a\n---\nname: b\n", 3, 1, "", "a second YAML document starts here");
        expectError("seed: &s 4\nperson:\n  age: *s\n", 3, 8, "person.age", "YAML aliases (*s) are not supported");
    }

    // 18. a parameter written as a map (as the resolved writer does) is checked too
    @Test
    void parameterSubMapIsChecked() {
        expectError("parameters:\n  test.clearance.beta:\n    value: 0.2\n    unit: /year\n", 4, 5,
                "parameters.test.clearance.beta.unit", "unit \"/year\" is not the registry unit \"/day\"");
        expectError("parameters:\n  test.clearance.beta:\n    unit: /day\n", 2, 3,
                "parameters.test.clearance.beta", "needs a 'value' key");
        expectError("parameters:\n  test.clearance.beta:\n    value: 0.2\n    orign: registry\n", 4, 5,
                "parameters.test.clearance.beta.orign", "did you mean 'origin'?");
        expectError("parameters:\n  test.clearance.beta:\n    value: 2\n", 3, 5,
                "parameters.test.clearance.beta.value", "got 2 (out of range)");
        expectError("parameters: [1, 2]\n", 1, 1, "parameters", "expected a map from registry parameter ids to numbers");
    }
}
