package org.senesim.trial.design;

/**
 * A systemic drug given in pulses: the first at {@code startYears} after enrolment, then every
 * {@code everyYears} (0: once) until {@code stopYears} after enrolment. Each pulse removes the
 * catalog entry's registry kill fraction of senescent cells in every organ at once (a course of
 * days is shorter than a weekly step).
 *
 * Alternatively the first and last pulse are at ages ({@code startAge}, {@code stopAge}; NaN when
 * the times are from enrolment), e.g. a reactive treatment from 60 whatever the enrolment age.
 *
 * @param drug          catalog id, e.g. {@code dasatinib-quercetin}
 * @param killParameter the registry id of its kill fraction
 */
public record Pulse(String drug, String killParameter, double startYears, double everyYears, double stopYears,
                    double startAge, double stopAge) {

    /** Years after enrolment of the first pulse for someone enrolled at {@code enrolment}. */
    public double start(double enrolment) {
        return Double.isNaN(startAge) ? startYears : startAge - enrolment;
    }

    /** Years after enrolment of the last possible pulse. */
    public double stop(double enrolment) {
        return Double.isNaN(stopAge) ? stopYears : stopAge - enrolment;
    }
}
