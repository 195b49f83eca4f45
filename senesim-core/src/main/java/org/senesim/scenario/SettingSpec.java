package org.senesim.scenario;


import java.util.List;

/**
 * One setting of a catalog entry (pulse energy, coverage, depth, ...): its unit, the range a
 * protocol may choose from (or the list of choices), the typical value used when a protocol does not
 * give it, and where the numbers come from.
 *
 * @param name        key in protocols, e.g. {@code energy}
 * @param unit        unit of the value
 * @param min         lowest allowed value (numeric settings)
 * @param max         highest allowed value (numeric settings)
 * @param choices     the allowed values of a choice setting (words, or numbers written as text); empty for a range
 * @param typical     typical value (numeric settings; NaN for word choices)
 * @param typicalWord typical value of a word choice, else null
 * @param source      where range and typical value come from
 * @param perSession  whether the range bounds a whole session, all passes together ({@code value × passes}:
 *                    an ablative laser's density, which its source gives per session), not one pass
 */
public record SettingSpec(String name, SettingUnit unit, double min, double max, List<String> choices,
                          double typical, String typicalWord, String source, boolean perSession) {

    /** The setting that multiplies a per-session setting's value within one session. */
    public static final String PASSES = "passes";

    public SettingSpec {
        choices = List.copyOf(choices);
    }

    /** True for a word choice (diet). */
    public boolean isWord() {
        return unit == SettingUnit.WORD;
    }

    /** True when the value must be one of {@link #choices()}. */
    public boolean isChoice() {
        return !choices.isEmpty();
    }

    /** The typical value as a plain object: Double, or String for word choices. */
    public Object typicalValue() {
        return isWord() ? typicalWord : (Object) typical;
    }

    /** The allowed values in words: {@code 5-70 mJ}, {@code 1064 or 532 nm}, {@code balanced, western, ...}. */
    public String allowed() {
        if (isChoice()) {
            String list = String.join(isWord() ? ", " : " or ", choices);
            return isWord() ? "one of " + list : list + (unit == SettingUnit.COUNT || unit == SettingUnit.NUMBER ? "" : " " + unit.symbol());
        }
        String range = Units.formatNumber(min) + "-" + Units.formatNumber(max);
        String text = switch (unit) {
            case COUNT, NUMBER -> range;
            case PERCENT -> range + "%";
            default -> range + " " + unit.symbol();
        };
        return perSession ? text + " per session, all " + PASSES + " together" : text;
    }

    /** The typical value with its unit, as a protocol would write it. */
    public String typicalText() {
        return isWord() ? typicalWord : unit.format(typical);
    }
}
