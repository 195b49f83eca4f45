package org.senesim.trial.design;

/**
 * A systemic drug given in pulses: the first at {@code startYears} after enrolment, then every
 * {@code everyYears} (0: once) until {@code stopYears} after enrolment. Each pulse removes the
 * catalog entry's registry kill fraction of senescent cells in every organ at once (a course of
 * days is shorter than a weekly step).
 *
 * @param drug          catalog id, e.g. {@code dasatinib-quercetin}
 * @param killParameter the registry id of its kill fraction
 */
public record Pulse(String drug, String killParameter, double startYears, double everyYears, double stopYears) {
}
