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

    /** The same person at another start age. */
    public Person withAgeYears(double age) {
        return new Person(species, sex, age, fitzpatrick, latitudeDegrees, outdoorHoursPerDay, sunscreenSpf,
                sunscreenAdherence, smokingPacksPerDay, alcoholDrinksPerWeek, diet);
    }

    /** The same person of another sex. */
    public Person withSex(Sex newSex) {
        return new Person(species, newSex, ageYears, fitzpatrick, latitudeDegrees, outdoorHoursPerDay, sunscreenSpf,
                sunscreenAdherence, smokingPacksPerDay, alcoholDrinksPerWeek, diet);
    }

    /** The same person using another sunscreen (SPF 0: none) on another share of outdoor time. */
    public Person withSunscreen(double spf, double adherence) {
        return new Person(species, sex, ageYears, fitzpatrick, latitudeDegrees, outdoorHoursPerDay, spf,
                adherence, smokingPacksPerDay, alcoholDrinksPerWeek, diet);
    }

    /** The same person smoking another number of packs per day. */
    public Person withSmoking(double packsPerDay) {
        return new Person(species, sex, ageYears, fitzpatrick, latitudeDegrees, outdoorHoursPerDay, sunscreenSpf,
                sunscreenAdherence, packsPerDay, alcoholDrinksPerWeek, diet);
    }

    /** The same person drinking another number of drinks per week. */
    public Person withAlcohol(double drinksPerWeek) {
        return new Person(species, sex, ageYears, fitzpatrick, latitudeDegrees, outdoorHoursPerDay, sunscreenSpf,
                sunscreenAdherence, smokingPacksPerDay, drinksPerWeek, diet);
    }

    /** The same person on another diet. */
    public Person withDiet(Diet newDiet) {
        return new Person(species, sex, ageYears, fitzpatrick, latitudeDegrees, outdoorHoursPerDay, sunscreenSpf,
                sunscreenAdherence, smokingPacksPerDay, alcoholDrinksPerWeek, newDiet);
    }
}
