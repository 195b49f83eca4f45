package org.senesim.trial.design;

/**
 * What a trial measures in each person.
 *
 * @param id        column stem in the person table, e.g. {@code death}
 * @param kind      what is measured
 * @param threshold for the threshold kinds
 * @param ageYears  for {@link Kind#VALUE_AT_AGE}: the age at which the value is read
 * @param measure   for {@link Kind#VALUE_AT_AGE}: which value
 */
public record Endpoint(String id, Kind kind, double threshold, double ageYears, Measure measure) {

    /** Kinds of endpoint. */
    public enum Kind {
        /** Time from enrolment to death. */
        DEATH("time to event"),
        /** Time to the frailty index first above the threshold. */
        FRAILTY_ABOVE("time to event"),
        /** Time to the memory score first below the threshold. */
        MEMORY_BELOW("time to event"),
        /** Time to grip strength first below the threshold (kg). */
        GRIP_BELOW("time to event"),
        /**
         * Time to the first actinic keratosis of the skin site (skin fidelities): the first day the
         * expected AK count of 100 cm² reaches the person's own exponential threshold.
         */
        FIRST_AK("time to event"),
        /** Time to the first keratinocyte carcinoma of the skin site (skin fidelities), likewise on the cumulative count. */
        FIRST_KC("time to event"),
        /** A continuous value at a given age (missing when dead or lost before). */
        VALUE_AT_AGE("value");

        private final String family;

        Kind(String family) {
            this.family = family;
        }

        public boolean timeToEvent() {
            return family.equals("time to event");
        }
    }

    /** Values an endpoint can read. */
    public enum Measure {
        FRAILTY, MEMORY, GRIP, TOTAL_BURDEN, SKIN_SENESCENT_FRACTION,
        /** Expected AKs per 100 cm² of skin like the site (skin fidelities). */
        AK_COUNT,
        /** Expected keratinocyte carcinomas per 100 cm² since enrolment (skin fidelities). */
        KC_COUNT,
        /** Dermal collagen relative to young skin (skin fidelities). */
        COLLAGEN;

        /** True for measures only a skin fidelity has. */
        public boolean needsSkin() {
            return this == AK_COUNT || this == KC_COUNT || this == COLLAGEN;
        }
    }

    /** True for endpoints only a skin fidelity can measure (keratinocyte lesions, matrix). */
    public boolean needsSkin() {
        return kind == Kind.FIRST_AK || kind == Kind.FIRST_KC || measure != null && measure.needsSkin();
    }

    /** True for endpoints of the skin site alone (what a split-body trial on a skin fidelity may measure). */
    public boolean siteLocal() {
        return needsSkin() || measure == Measure.SKIN_SENESCENT_FRACTION;
    }

    public boolean timeToEvent() {
        return kind.timeToEvent();
    }
}
