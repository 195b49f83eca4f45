package org.senesim.planner.space;

import org.senesim.intervention.WoundGeometry;
import org.senesim.scenario.CatalogEntry;
import org.senesim.scenario.Course;
import org.senesim.scenario.SettingSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Downtime of one session at its settings. The burden file gives a device's typical downtime and the
 * range its source reports; recovery after resurfacing lengthens with the tissue a session wounds
 * (deeper and denser treatments heal more slowly; Alexiades-Armenakas 2008, the burden file's
 * review). So for a device whose settings make a wound ({@link WoundGeometry#nominalDose}), the
 * days run from the low end of the range at the mildest settings to the high end at the strongest a
 * session may take (a per-session setting's bound respected), through the typical days at the
 * typical settings, linear in the wound dose on each side. A Senesim assumption on the source's
 * range, not a fit; devices without a wound, drugs, cells and lifestyle keep their typical days.
 */
final class SessionDowntime {

    /** Epidermis over the wound (µm), the registry's default: needle tips are placed below it. */
    private static final double EPIDERMIS_UM = org.senesim.evidence.ParameterRegistry.builtIn().defaults()
            .get("intervention.geometry.epidermal_thickness");

    private SessionDowntime() {
    }

    /** Days of downtime of one session of {@code entry} at {@code settings} (a setting not given: its typical value). */
    static double days(Burden b, CatalogEntry entry, Map<String, Object> settings) {
        double typical = dose(entry, typicalSettings(entry));
        if (!(typical > 0)) {
            return b.downtimeDays();
        }
        double mild = dose(entry, extremeSettings(entry, false));
        double strong = dose(entry, extremeSettings(entry, true));
        Map<String, Object> given = typicalSettings(entry);
        given.putAll(settings);
        double d = dose(entry, given);
        double lo = b.downtimeRange()[0];
        double hi = b.downtimeRange()[1];
        double days;
        if (d <= typical) {
            days = typical > mild ? lo + (b.downtimeDays() - lo) * (d - mild) / (typical - mild) : b.downtimeDays();
        } else {
            days = strong > typical ? b.downtimeDays() + (hi - b.downtimeDays()) * (d - typical) / (strong - typical) : b.downtimeDays();
        }
        return Math.max(lo, Math.min(hi, days));
    }

    private static double dose(CatalogEntry entry, Map<String, Object> settings) {
        Course c = new Course("burden", 0, entry, entry.routes().isEmpty() ? null : entry.routes().get(0), 0.0, 0.0,
                settings, Set.of(), false, "", List.of());
        return WoundGeometry.nominalDose(c, EPIDERMIS_UM);
    }

    private static Map<String, Object> typicalSettings(CatalogEntry entry) {
        Map<String, Object> s = new LinkedHashMap<>();
        for (SettingSpec spec : entry.settings().values()) {
            s.put(spec.name(), spec.typicalValue());
        }
        return s;
    }

    /**
     * The settings that wound least (or most): each numeric setting at whichever end of its range
     * gives the smaller (larger) dose with the others typical — more spacing between focal points
     * wounds less, more energy more — and passes lowered to a session's bound.
     */
    private static Map<String, Object> extremeSettings(CatalogEntry entry, boolean most) {
        Map<String, Object> typical = typicalSettings(entry);
        Map<String, Object> s = new LinkedHashMap<>(typical);
        for (SettingSpec spec : entry.settings().values()) {
            if (spec.isWord()) {
                continue;
            }
            Map<String, Object> atMin = new LinkedHashMap<>(typical);
            atMin.put(spec.name(), spec.min());
            Map<String, Object> atMax = new LinkedHashMap<>(typical);
            atMax.put(spec.name(), spec.max());
            double low = dose(entry, atMin);
            double high = dose(entry, atMax);
            boolean maxEnd = most ? high >= low : high < low;
            s.put(spec.name(), maxEnd ? spec.max() : spec.min());
        }
        SettingSpec over = entry.sessionLimitExceeded(s);
        if (over != null) {
            s.put(SettingSpec.PASSES, PlanSpace.passesWithin(entry.settings().get(SettingSpec.PASSES),
                    over.max() / (Double) s.get(over.name())));
        }
        return s;
    }
}
