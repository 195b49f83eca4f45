package org.senesim.systemic;

/**
 * Life-style and environmental exposures that scale senescent-cell production, relative to the
 * population Karin et al. fitted (their fit is the reference, {@link #REFERENCE}).
 *
 * @param uvRelative           sun (UV) exposure of the skin relative to a typical adult: 1 typical,
 *                             0 none, 2 twice the typical dose
 * @param cigarettesPerDay     cigarettes smoked per day (20 = one pack)
 * @param alcoholDrinksPerWeek standard drinks per week
 * @param dietRisk             0 = healthy diet, 1 = high-fat, high-sugar diet
 */
public record Exposures(double uvRelative, double cigarettesPerDay, double alcoholDrinksPerWeek, double dietRisk) {

    /** Typical sun, non-smoker, no alcohol, healthy diet: production exactly as in Karin's fit. */
    public static final Exposures REFERENCE = new Exposures(1.0, 0.0, 0.0, 0.0);

    public Exposures {
        check("uvRelative", uvRelative);
        check("cigarettesPerDay", cigarettesPerDay);
        check("alcoholDrinksPerWeek", alcoholDrinksPerWeek);
        check("dietRisk", dietRisk);
        if (dietRisk > 1.0) {
            throw new IllegalArgumentException("dietRisk must lie in [0, 1], got " + dietRisk);
        }
    }

    private static void check(String name, double v) {
        if (!(v >= 0.0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + v);
        }
    }

    public Exposures withCigarettesPerDay(double perDay) {
        return new Exposures(uvRelative, perDay, alcoholDrinksPerWeek, dietRisk);
    }

    public Exposures withUvRelative(double uv) {
        return new Exposures(uv, cigarettesPerDay, alcoholDrinksPerWeek, dietRisk);
    }

    public Exposures withAlcoholDrinksPerWeek(double drinks) {
        return new Exposures(uvRelative, cigarettesPerDay, drinks, dietRisk);
    }

    public Exposures withDietRisk(double risk) {
        return new Exposures(uvRelative, cigarettesPerDay, alcoholDrinksPerWeek, risk);
    }
}
