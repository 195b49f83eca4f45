package org.senesim.planner.space;

import org.senesim.evidence.EvidenceTier;

/**
 * What one session (or one year of a lifestyle change) costs the person beside its biology:
 * downtime days and fee, each a typical figure with the range its source reports.
 */
public record Burden(String entryId, double downtimeDays, double[] downtimeRange, String downtimeSource,
                     EvidenceTier downtimeTier, double costUsd, boolean costPerYear, double[] costRange,
                     String costSource, EvidenceTier costTier) {
}
