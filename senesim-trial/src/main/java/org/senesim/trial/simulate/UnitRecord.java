package org.senesim.trial.simulate;

/**
 * What one unit's follow-up gave: the row of the person table (docs/trials.md).
 *
 * @param followUpYears years from enrolment to the end of observation (death, loss or end of follow-up)
 * @param lost          lost to follow-up before the end and before death
 * @param deathAge      age at death when observed, NaN otherwise
 * @param times         per endpoint: years from enrolment to the event or censoring (time-to-event
 *                      endpoints), the value at the age (value endpoints, NaN when not observed)
 * @param events        per endpoint: whether the event was observed (false for value endpoints)
 */
public record UnitRecord(Unit unit, double enrolmentAge, double followUpYears, boolean lost, double deathAge,
                         String deathCause, double[] times, boolean[] events) {
}
