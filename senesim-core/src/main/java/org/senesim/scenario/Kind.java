package org.senesim.scenario;

import java.util.Locale;

/** The kinds of catalog entries, each with the protocol key that names it ({@code device: co2-fractional}). */
public enum Kind {
    DEVICE("device", "energy-based device"),
    DRUG("drug", "drug"),
    CELLS("cells", "cell or vesicle therapy"),
    THERAPY("therapy", "other therapy"),
    LIFESTYLE("lifestyle", "lifestyle change");

    private final String key;
    private final String noun;

    Kind(String key, String noun) {
        this.key = key;
        this.noun = noun;
    }

    /** The word used in catalog and protocol files. */
    public String key() {
        return key;
    }

    /** What one entry of this kind is called in messages. */
    public String noun() {
        return noun;
    }

    /** The kind for a key word, or null. */
    public static Kind of(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        for (Kind kind : values()) {
            if (kind.key.equals(k)) {
                return kind;
            }
        }
        return null;
    }
}
