package org.senesim.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How strong the evidence behind a number is, strongest first. The order matters: a minimum-tier
 * filter keeps a tier and everything stronger.
 */
public enum EvidenceTier {
    RCT("rct", "randomised controlled trial"),
    HUMAN_OBSERVATIONAL("human-observational", "human observational or small uncontrolled human study"),
    ANIMAL("animal", "animal study"),
    IN_VITRO("in-vitro", "cell culture or ex vivo study"),
    MECHANISTIC("mechanistic", "mechanistic argument, theory or model fit"),
    EXPERT_OPINION("expert-opinion", "expert opinion, review opinion or marketing claim");

    private final String id;
    private final String meaning;

    EvidenceTier(String id, String meaning) {
        this.id = id;
        this.meaning = meaning;
    }

    public String id() {
        return id;
    }

    public String meaning() {
        return meaning;
    }

    /** True when this tier is at least as strong as {@code minimum}. */
    public boolean atLeast(EvidenceTier minimum) {
        return ordinal() <= minimum.ordinal();
    }

    public static EvidenceTier parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (EvidenceTier tier : values()) {
            if (tier.id.equals(t)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("unknown evidence tier '" + text + "'; allowed: " + allowed());
    }

    public static String allowed() {
        return Arrays.stream(values()).map(EvidenceTier::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
