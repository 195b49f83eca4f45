package org.senesim.scenario;

import java.util.List;

/**
 * One arm of a comparison: a name, a label and its protocol steps (none for "no treatment").
 *
 * @param name    short name {@code [A-Za-z0-9._-]+}, used in folders and column ids
 * @param label   human label
 * @param courses the checked protocol steps
 */
public record Arm(String name, String label, List<Course> courses) {

    /** The arm every comparison is measured against when the scenario names none. */
    public static final String NO_TREATMENT = "no-treatment";

    public Arm {
        courses = List.copyOf(courses);
    }

    /** An arm without treatment. */
    public static Arm noTreatment() {
        return new Arm(NO_TREATMENT, "No treatment", List.of());
    }

    public boolean isEmpty() {
        return courses.isEmpty();
    }
}
