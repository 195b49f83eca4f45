package org.senesim.trial.population;

import org.senesim.scenario.Diet;
import org.senesim.scenario.Sex;

/**
 * One person of a virtual population, as drawn: who they are at enrolment. {@code parameters}
 * holds this person's values of the registry parameters the population varies between people,
 * in the order of {@link Population#varied()}.
 */
public record Participant(long id, Sex sex, double ageYears, int fitzpatrick, double latitudeDegrees,
                          double outdoorHoursPerDay, double smokingPacksPerDay, double alcoholDrinksPerWeek,
                          Diet diet, double[] parameters) {
}
