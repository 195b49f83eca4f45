package org.senesim.scenario;

import org.senesim.evidence.EvidenceTier;

/**
 * One piece of evidence behind a catalog entry.
 *
 * @param cite    authors, year, journal
 * @param doi     DOI, empty when not known
 * @param tier    evidence tier of the finding
 * @param finding what was found, in one or two sentences
 */
public record Evidence(String cite, String doi, EvidenceTier tier, String finding) {
}
