package org.senesim.scenario;

import java.util.Objects;

/**
 * Who is simulated: species, sex, age at the start of the run and the exposures that stay constant
 * unless a protocol changes them. Ranges are checked by {@link ScenarioLoader}, which can say where
 * in a file a bad value came from; this record only refuses missing enums.
 *
 * @param species              human or mouse
 * @param sex                  female or male
 * @param ageYears             age at the start of the run, years
 * @param fitzpatrick          Fitzpatrick skin type 1..6 (ignored for mouse)
 * @param latitudeDegrees      latitude of residence, degrees (-90..90), sets the UV climate
 * @param outdoorHoursPerDay   hours spent outdoors per day
 * @param sunscreenSpf         sun protection factor of the sunscreen used, 0 for none
 * @param sunscreenAdherence   fraction of outdoor time that is protected, 0..1
 * @param smokingPacksPerDay   cigarette packs per day
 * @param alcoholDrinksPerWeek standard drinks per week
 * @param diet                 habitual diet class
 */
public record Person(
        Species species,
        Sex sex,
        double ageYears,
        int fitzpatrick,
        double latitudeDegrees,
        double outdoorHoursPerDay,
        double sunscreenSpf,
        double sunscreenAdherence,
        double smokingPacksPerDay,
        double alcoholDrinksPerWeek,
        Diet diet) {

    public Person {
        Objects.requireNonNull(species, "species");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(diet, "diet");
    }
}
