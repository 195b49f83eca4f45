package org.senesim.scenario;


import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The units device and drug settings are written in. Each knows the words it accepts after a number
 * and their factors to the unit itself, and whether a bare number is allowed. Lengths and durations
 * reuse the scenario's {@link Units}.
 */
public enum SettingUnit {
    MILLIJOULE("mJ", "an energy", false, false, words("mJ", 1.0, "J", 1000.0)),
    JOULE("J", "an energy", false, false, words("J", 1.0, "mJ", 0.001)),
    FLUENCE("J/cm2", "a fluence", false, false, words("J/cm2", 1.0, "J/cm\u00b2", 1.0, "J/cm^2", 1.0)),
    PERCENT("%", "a percentage", false, false, words("%", 1.0)),
    MICROMETRE("um", "a length", false, false, Map.of()),
    MILLIMETRE("mm", "a length", false, false, Map.of()),
    NANOMETRE("nm", "a wavelength", true, false, words("nm", 1.0)),
    COUNT("count", "a whole number", true, true, Map.of()),
    NUMBER("1", "a number", true, false, Map.of()),
    PER_CM2("1/cm2", "a number per cm2", true, false, words("/cm2", 1.0, "per cm2", 1.0, "1/cm2", 1.0)),
    MILLILITRE("ml", "a volume", false, false, words("ml", 1.0, "mL", 1.0)),
    MILLION("million", "a number of cells in millions", true, false, words("million", 1.0)),
    DAYS("days", "a duration", false, false, Map.of()),
    PACKS_PER_DAY("packs/day", "a number of packs per day", true, false, words("packs/day", 1.0)),
    DRINKS_PER_WEEK("drinks/week", "a number of drinks per week", true, false, words("drinks/week", 1.0)),
    WORD("word", "a choice", false, false, Map.of());

    private final String symbol;
    private final String noun;
    private final boolean bareAllowed;
    private final boolean whole;
    private final Map<String, Double> words;

    SettingUnit(String symbol, String noun, boolean bareAllowed, boolean whole, Map<String, Double> words) {
        this.symbol = symbol;
        this.noun = noun;
        this.bareAllowed = bareAllowed;
        this.whole = whole;
        this.words = words;
    }

    private static Map<String, Double> words(Object... pairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return m;
    }

    /** How the unit is written in the catalog ({@code mJ}, {@code J/cm2}, {@code count}). */
    public String symbol() {
        return symbol;
    }

    /** {@code an energy}, {@code a fluence}. */
    public String noun() {
        return noun;
    }

    /** Whether a number without a unit word is accepted (counts, plain numbers). */
    public boolean bareAllowed() {
        return bareAllowed;
    }

    /** Whether only whole numbers are accepted. */
    public boolean whole() {
        return whole;
    }

    /** How a value reads with its unit: {@code 20 mJ}, {@code 30 %}, {@code 3} (counts). */
    public String format(double value) {
        String v = Units.formatNumber(value);
        return switch (this) {
            case COUNT, NUMBER -> v;
            case PERCENT -> v + "%";
            default -> v + " " + symbol;
        };
    }

    /** The unit words accepted after a number, for messages. */
    public List<String> accepted() {
        return switch (this) {
            case MICROMETRE, MILLIMETRE -> Units.Dimension.LENGTH.symbols();
            case DAYS -> Units.Dimension.TIME.symbols();
            default -> List.copyOf(words.keySet());
        };
    }

    /**
     * The factor that turns a value written with {@code word} into this unit, or NaN when the word
     * is not accepted.
     */
    public double factor(String word) {
        switch (this) {
            case MICROMETRE:
            case MILLIMETRE: {
                Units.Unit u = Units.Dimension.LENGTH.unit(word);
                return u == null ? Double.NaN : u.inBase() / (this == MICROMETRE ? 1.0 : Units.MILLIMETRE.inBase());
            }
            case DAYS: {
                Units.Unit u = Units.Dimension.TIME.unit(word);
                return u == null ? Double.NaN : u.inBase();
            }
            default: {
                Double f = words.get(word);
                if (f == null) {
                    for (Map.Entry<String, Double> e : words.entrySet()) {
                        if (e.getKey().equalsIgnoreCase(word)) {
                            return e.getValue();
                        }
                    }
                    return Double.NaN;
                }
                return f;
            }
        }
    }

    /** The unit for a catalog symbol, or null. */
    public static SettingUnit of(String symbol) {
        for (SettingUnit u : values()) {
            if (u.symbol.equals(symbol)) {
                return u;
            }
        }
        return null;
    }
}
