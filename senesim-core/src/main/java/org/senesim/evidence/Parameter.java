package org.senesim.evidence;

/**
 * One number of the model with its provenance.
 *
 * @param id           dotted registry id, e.g. {@code clearance.beta}
 * @param meaning      one sentence a biologist understands
 * @param unit         unit symbol ({@code 1} for dimensionless)
 * @param defaultValue value used unless a scenario overrides it
 * @param min          lowest plausible value
 * @param max          highest plausible value
 * @param distribution how to sample between-person or uncertainty variation
 * @param species      {@code human}, {@code mouse} or {@code any}
 * @param source       citation: authors, year, journal
 * @param doi          DOI, or empty when none is known
 * @param tier         evidence tier of the source
 * @param neutral      value that switches the effect off (used by evidence filters)
 * @param note         how the number was derived, calibrated or guessed
 * @param file         registry file it came from
 * @param line         line in that file
 */
public record Parameter(
        String id,
        String meaning,
        String unit,
        double defaultValue,
        double min,
        double max,
        Distribution distribution,
        String species,
        String source,
        String doi,
        EvidenceTier tier,
        double neutral,
        String note,
        String file,
        int line) {

    /** True when {@code value} lies in the plausible range (inclusive). */
    public boolean inRange(double value) {
        return value >= min && value <= max;
    }
}
