package org.senesim.calibration.targets;

import org.senesim.systemic.OrganismColumns;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A population figure computed from a cohort of a scenario's person, followed from the scenario's
 * start age to its end:
 * <ul>
 *   <li>{@code median_age_at_death}, {@code mean_age_at_death}: over the cohort (NaN when fewer than
 *       half, or nobody, died by the end);</li>
 *   <li>{@code life_expectancy}: mean further years lived from the scenario's start age, as a life
 *       table's e<sub>x</sub> at that age (so figures such as "life expectancy at 65" are targets as
 *       published, not converted to an age at death by hand); NaN unless everyone died by the end;</li>
 *   <li>{@code mean_age_at_death_alive_at_AGE}: mean age at death of those alive at AGE, as a life
 *       table reads "AGE + e<sub>AGE</sub>": the cohort starts earlier (e.g. at 20) and the figure
 *       counts only its survivors to AGE, who have already lost the fast agers. A cohort started at
 *       AGE instead draws everyone's lifelong traits afresh and lives shorter (docs/calibration.md
 *       §5). NaN unless nobody alive at AGE is still alive at the end;</li>
 *   <li>{@code survival_to_AGE}: fraction alive at AGE (years);</li>
 *   <li>{@code mortality_doubling_time}: {@code ln 2} over the Gompertz slope of the hazards in 5-year
 *       bands from 40 to 90 (as the Karin 2019 reproduction);</li>
 *   <li>{@code COLUMN_median_at_AGE}: median over the living at AGE of an organism column
 *       ({@code grip_strength}, {@code frailty_index}, {@code memory_score}, …).</li>
 * </ul>
 *
 * @param kind   which figure
 * @param column the organism column (for {@code COLUMN_median_at_AGE})
 * @param age    the age in years (survival, column medians), NaN otherwise
 * @param text   as written
 */
public record Quantity(Kind kind, String column, double age, String text) {

    public enum Kind { MEDIAN_AGE_AT_DEATH, MEAN_AGE_AT_DEATH, MEAN_AGE_AT_DEATH_ALIVE_AT, LIFE_EXPECTANCY, SURVIVAL_TO, MORTALITY_DOUBLING_TIME, COLUMN_MEDIAN_AT }

    private static final Pattern SURVIVAL = Pattern.compile("survival_to_(\\d+(?:\\.\\d+)?)");
    private static final Pattern ALIVE_AT = Pattern.compile("mean_age_at_death_alive_at_(\\d+(?:\\.\\d+)?)");
    private static final Pattern MEDIAN_AT = Pattern.compile("([a-z_]+)_median_at_(\\d+(?:\\.\\d+)?)");

    public static final String FORMS = "median_age_at_death, mean_age_at_death, mean_age_at_death_alive_at_AGE, life_expectancy,"
            + " survival_to_AGE, mortality_doubling_time, COLUMN_median_at_AGE (e.g. survival_to_80,"
            + " mean_age_at_death_alive_at_65, grip_strength_median_at_70)";

    /** Parses a quantity; null when the text is none of the forms. */
    public static Quantity parse(String text) {
        switch (text) {
            case "median_age_at_death":
                return new Quantity(Kind.MEDIAN_AGE_AT_DEATH, null, Double.NaN, text);
            case "mean_age_at_death":
                return new Quantity(Kind.MEAN_AGE_AT_DEATH, null, Double.NaN, text);
            case "life_expectancy":
                return new Quantity(Kind.LIFE_EXPECTANCY, null, Double.NaN, text);
            case "mortality_doubling_time":
                return new Quantity(Kind.MORTALITY_DOUBLING_TIME, null, Double.NaN, text);
            default:
                break;
        }
        Matcher s = SURVIVAL.matcher(text);
        if (s.matches()) {
            return new Quantity(Kind.SURVIVAL_TO, null, Double.parseDouble(s.group(1)), text);
        }
        Matcher a = ALIVE_AT.matcher(text);
        if (a.matches()) {
            return new Quantity(Kind.MEAN_AGE_AT_DEATH_ALIVE_AT, null, Double.parseDouble(a.group(1)), text);
        }
        Matcher m = MEDIAN_AT.matcher(text);
        if (m.matches()) {
            return new Quantity(Kind.COLUMN_MEDIAN_AT, m.group(1), Double.parseDouble(m.group(2)), text);
        }
        return null;
    }

    /** Organism column ids a {@code COLUMN_median_at_AGE} may name. */
    public static List<String> columns() {
        return OrganismColumns.ALL.stream().map(c -> c.id()).toList();
    }

    /** The last age the cohort must reach for this quantity (NaN: the scenario's end). */
    double ageNeeded() {
        return kind == Kind.SURVIVAL_TO || kind == Kind.COLUMN_MEDIAN_AT ? age : Double.NaN;
    }

    /** The age within the scenario's years this quantity reads at (NaN: none). */
    public double ageRead() {
        return kind == Kind.MEAN_AGE_AT_DEATH_ALIVE_AT ? age : ageNeeded();
    }
}
