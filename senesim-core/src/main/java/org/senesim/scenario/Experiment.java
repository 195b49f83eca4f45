package org.senesim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a scenario's {@code experiments:}: senescent cells injected at an age, as in the
 * transplant studies (Xu 2018: 0.2–1 × 10⁶ senescent preadipocytes intraperitoneally; Franco 2025:
 * senescent fibroblasts intradermally in 3-month-old mice). Checked by {@link ScenarioLoader}.
 *
 * @param cells    senescent cells injected, 1 to 1e12
 * @param into     organ word: {@code skin}, {@code liver}, {@code muscle}, {@code brain}, {@code rest},
 *                 or {@code body} (spread over all organs); see {@link #TARGETS}
 * @param ageYears age at the injection, inside the run
 * @param written  the entry as one line of YAML flow style, as the file gave it (for the resolved scenario)
 */
public record Experiment(double cells, String into, double ageYears, String written) {

    /** The words {@code into:} accepts. */
    public static final List<String> TARGETS = List.of("skin", "liver", "muscle", "brain", "rest", "body");

    public Experiment {
        Objects.requireNonNull(into, "into");
        if (!TARGETS.contains(into)) {
            throw new IllegalArgumentException("unknown injection target " + into);
        }
        written = written == null ? "" : written;
    }
}
