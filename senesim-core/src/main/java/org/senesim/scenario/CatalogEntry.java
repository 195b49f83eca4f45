package org.senesim.scenario;

import org.senesim.evidence.EvidenceTier;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One intervention of the catalog: a device, drug, cell therapy, other therapy or lifestyle change,
 * with its settings, how often it may be repeated, what it does and its evidence.
 *
 * @param id                  protocol name, e.g. {@code co2-fractional}
 * @param kind                device, drug, cells, therapy or lifestyle
 * @param name                human name
 * @param summary             one or two sentences on what it does
 * @param wavelengthsNm       emission wavelengths in nm (empty when not light)
 * @param wavelengthBand      true when the two wavelengths bound a band (broadband light), not two lines
 * @param modality            how it acts, in words
 * @param response            response class of a device (ablative, non_ablative, needling,
 *                            focused_ultrasound, photothermal), else null
 * @param mechanism           mechanism of a non-device entry (senolytic, sunscreen, ...), else null
 * @param parameters          role to registry id (e.g. kill_fraction)
 * @param akClearance         registry id of the per-session AK clearance at {@code akReference}, or null
 * @param akReference         settings at which the AK clearance was measured (coverage, passes, fluence)
 * @param routes              ways of giving it; the first is the default; empty for devices
 * @param minIntervalDays     shortest gap between two sessions (0 = none)
 * @param typicalIntervalDays default gap between sessions of a course
 * @param settings            settings by name, in catalog order
 * @param geometry            wound geometry (devices); {@link Geometry#NONE} otherwise
 * @param evidence            the evidence, strongest first as written in the catalog
 */
public record CatalogEntry(String id, Kind kind, String name, String summary, List<Integer> wavelengthsNm,
                           boolean wavelengthBand,
                           String modality, String response, String mechanism, Map<String, String> parameters,
                           String akClearance, Map<String, Double> akReference, List<String> routes,
                           double minIntervalDays, double typicalIntervalDays, Map<String, SettingSpec> settings,
                           Geometry geometry, List<Evidence> evidence) {

    public CatalogEntry {
        wavelengthsNm = List.copyOf(wavelengthsNm);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        akReference = Collections.unmodifiableMap(new LinkedHashMap<>(akReference));
        routes = List.copyOf(routes);
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        evidence = List.copyOf(evidence);
    }

    /**
     * A setting whose range bounds a whole session ({@link SettingSpec#perSession}) taken over by
     * {@code settings}: its value times the passes, when that total lies above the range; else null.
     */
    public SettingSpec sessionLimitExceeded(Map<String, Object> settings) {
        for (SettingSpec s : this.settings.values()) {
            if (s.perSession() && sessionTotal(s, settings) > s.max() * (1 + 1e-9)) {
                return s;
            }
        }
        return null;
    }

    /** A per-session setting's value times the session's passes. */
    private static double sessionTotal(SettingSpec spec, Map<String, Object> settings) {
        return ((Double) settings.get(spec.name())) * ((Double) settings.getOrDefault(SettingSpec.PASSES, 1.0));
    }

    /** The strongest evidence tier behind the entry. */
    public EvidenceTier strongestTier() {
        EvidenceTier best = EvidenceTier.EXPERT_OPINION;
        for (Evidence e : evidence) {
            if (e.tier().ordinal() < best.ordinal()) {
                best = e.tier();
            }
        }
        return best;
    }

    /** The registry id playing {@code role}, or null. */
    public String parameter(String role) {
        return parameters.get(role);
    }

    /** Wavelengths as text: {@code 10,600 nm}, {@code 1,064 / 532 nm}, {@code 515-1,200 nm} for a band. */
    public String wavelengthText() {
        if (wavelengthsNm.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        boolean band = wavelengthBand;
        for (int i = 0; i < wavelengthsNm.size(); i++) {
            if (i > 0) {
                sb.append(band ? "-" : " / ");
            }
            sb.append(String.format(java.util.Locale.ROOT, "%,d", wavelengthsNm.get(i)));
        }
        return sb.append(" nm").toString();
    }
}
