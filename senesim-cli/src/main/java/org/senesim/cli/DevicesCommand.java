package org.senesim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.senesim.evidence.Parameter;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.scenario.Catalog;
import org.senesim.scenario.CatalogEntry;
import org.senesim.scenario.Evidence;
import org.senesim.scenario.Kind;
import org.senesim.scenario.SettingSpec;
import org.senesim.scenario.Units;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code senesim devices}: the intervention catalog — devices with wavelength, modality and settings,
 * drugs, cells, other therapies and lifestyle changes — with the evidence behind each; one entry in
 * full with its id.
 */
@Command(name = "devices", mixinStandardHelpOptions = true,
        description = {"Lists the intervention catalog (energy-based devices, drugs, cells, other therapies, lifestyle)",
                "with settings, allowed ranges, typical values and evidence. With an ID, shows that entry in full:",
                "settings with sources, wound geometry, the registry numbers of its response, every study."})
final class DevicesCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "A catalog id, e.g. co2-fractional.")
    String id;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: device, drug, cells, therapy, lifestyle.")
    String kind;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        Catalog catalog = Catalog.builtIn();
        Kind wanted = null;
        if (kind != null) {
            wanted = Kind.of(kind);
            if (wanted == null) {
                throw new InputException("--kind: unknown kind '" + kind + "'; allowed: device, drug, cells, therapy, lifestyle");
            }
        }
        List<CatalogEntry> selected = new ArrayList<>();
        if (id != null) {
            CatalogEntry e = catalog.find(id.strip().toLowerCase(Locale.ROOT));
            if (e == null) {
                String mean = catalog.closest(id);
                throw new InputException("unknown catalog id '" + id + "'" + (mean == null ? "" : ", did you mean '" + mean + "'?")
                        + " Run 'senesim devices' for the list.");
            }
            selected.add(e);
        } else {
            for (CatalogEntry e : catalog.entries()) {
                if (wanted == null || e.kind() == wanted) {
                    selected.add(e);
                }
            }
        }
        switch (format) {
            case csv -> printCsv(System.out, selected);
            case json -> printJson(System.out, selected);
            default -> {
                if (id != null) {
                    printEntry(System.out, selected.get(0));
                } else {
                    printTable(System.out, selected);
                }
            }
        }
        return ExitCodes.OK;
    }

    static void printTable(PrintStream out, List<CatalogEntry> entries) {
        out.println("Intervention catalog of Senesim (model inputs with stated evidence, not medical advice).");
        Kind current = null;
        for (CatalogEntry e : entries) {
            if (e.kind() != current) {
                current = e.kind();
                out.println();
                out.println(heading(current));
            }
            out.printf("  %-26s %s%n", e.id(), e.name());
            List<String> facts = new ArrayList<>();
            if (!e.wavelengthsNm().isEmpty()) {
                facts.add(e.wavelengthText());
            }
            facts.add(e.modality());
            if (!e.routes().isEmpty()) {
                facts.add("routes: " + String.join(", ", e.routes()));
            }
            if (e.minIntervalDays() > 0 && e.kind() != Kind.LIFESTYLE) {
                facts.add("sessions at least " + interval(e.minIntervalDays()) + " apart");
            }
            out.printf("  %-26s %s%n", "", String.join("; ", facts));
            if (!e.settings().isEmpty()) {
                List<String> s = new ArrayList<>();
                for (SettingSpec spec : e.settings().values()) {
                    s.add(spec.name() + " " + spec.allowed() + " (typical " + spec.typicalText() + ")");
                }
                out.printf("  %-26s settings: %s%n", "", String.join("; ", s));
            }
            for (Evidence ev : e.evidence()) {
                out.printf("  %-26s [%s] %s: %s%n", "", ev.tier().id(), ev.cite(), ev.finding());
            }
        }
        out.println();
        out.println(entries.size() + " entries. 'senesim devices ID' shows one in full; docs/interventions.md explains each.");
    }

    static void printEntry(PrintStream out, CatalogEntry e) {
        ParameterRegistry registry = ParameterRegistry.builtIn();
        out.println(e.name() + "  [" + e.id() + ", " + e.kind().key() + "]");
        out.println(e.summary());
        out.println();
        if (!e.wavelengthsNm().isEmpty()) {
            out.println("Wavelength:   " + e.wavelengthText());
        }
        out.println("Modality:     " + e.modality());
        if (e.response() != null) {
            out.println("Response:     " + e.response().replace('_', '-') + " (registry intervention.response." + e.response() + ".*)");
        }
        if (e.mechanism() != null) {
            out.println("Mechanism:    " + e.mechanism());
        }
        if (!e.routes().isEmpty()) {
            out.println("Routes:       " + String.join(", ", e.routes()) + " (default " + e.routes().get(0) + ")");
        }
        if (e.kind() != Kind.LIFESTYLE) {
            out.println("Intervals:    at least " + interval(e.minIntervalDays()) + ", typically " + interval(e.typicalIntervalDays()));
        }
        if (!e.settings().isEmpty()) {
            out.println();
            out.println("Settings (protocol key: allowed, typical; source):");
            for (SettingSpec s : e.settings().values()) {
                out.println("  " + s.name() + ": " + s.allowed() + ", typical " + s.typicalText() + "; " + s.source());
            }
        }
        if (e.geometry().wounds()) {
            out.println();
            out.println("Wound geometry: " + e.geometry().kind().id() + (e.geometry().ablative() ? ", ablative" : ""));
            List<String> numbers = new ArrayList<>();
            e.geometry().numbers().forEach((k, v) -> numbers.add(k + " " + Units.formatNumber(v)));
            out.println("  " + String.join(", ", numbers));
            out.println("  " + e.geometry().source());
        }
        List<String> ids = new ArrayList<>();
        if (e.akClearance() != null) {
            ids.add(e.akClearance());
        }
        if (e.response() != null) {
            for (String suffix : List.of("clearance_boost", "clearance_days", "synthesis_boost", "fragment_boost")) {
                ids.add("intervention.response." + e.response() + "." + suffix);
            }
        }
        ids.addAll(e.parameters().values());
        if (!ids.isEmpty()) {
            out.println();
            out.println("Biological response (registry; override under 'parameters:' in a scenario):");
            for (String pid : ids) {
                Parameter p = registry.get(pid);
                out.println("  " + p.id() + " = " + Units.formatNumber(p.defaultValue()) + ("1".equals(p.unit()) ? "" : " " + p.unit())
                        + "  [" + p.tier().id()
                        + "]  " + p.meaning());
            }
            if (e.akClearance() != null) {
                List<String> ref = new ArrayList<>();
                e.akReference().forEach((k, v) -> ref.add(k + " " + e.settings().get(k).unit().format(v)));
                out.println("  (AK clearance per session measured at " + String.join(", ", ref) + ")");
            }
        }
        out.println();
        out.println("Evidence:");
        for (Evidence ev : e.evidence()) {
            out.println("  [" + ev.tier().id() + "] " + ev.cite() + (ev.doi().isBlank() ? "" : ", doi:" + ev.doi()));
            out.println("      " + ev.finding());
        }
    }

    private static void printCsv(PrintStream out, List<CatalogEntry> entries) {
        out.println("id,kind,name,wavelength_nm,modality,routes,min_interval_days,settings,strongest_tier,evidence");
        for (CatalogEntry e : entries) {
            List<String> settings = new ArrayList<>();
            for (SettingSpec s : e.settings().values()) {
                settings.add(s.name() + " " + s.allowed() + " (typical " + s.typicalText() + ")");
            }
            List<String> evidence = new ArrayList<>();
            for (Evidence ev : e.evidence()) {
                evidence.add("[" + ev.tier().id() + "] " + ev.cite());
            }
            out.println(String.join(",", csv(e.id()), e.kind().key(), csv(e.name()),
                    csv(String.join(" ", e.wavelengthsNm().stream().map(String::valueOf).toList())), csv(e.modality()),
                    csv(String.join(" ", e.routes())), Units.formatNumber(e.minIntervalDays()), csv(String.join("; ", settings)),
                    e.strongestTier().id(), csv(String.join("; ", evidence))));
        }
    }

    private static void printJson(PrintStream out, List<CatalogEntry> entries) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CatalogEntry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("kind", e.kind().key());
            m.put("name", e.name());
            m.put("summary", e.summary());
            m.put("wavelength_nm", e.wavelengthsNm());
            m.put("modality", e.modality());
            m.put("response", e.response());
            m.put("mechanism", e.mechanism());
            m.put("routes", e.routes());
            m.put("min_interval_days", e.minIntervalDays());
            m.put("typical_interval_days", e.typicalIntervalDays());
            Map<String, Object> settings = new LinkedHashMap<>();
            for (SettingSpec s : e.settings().values()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("unit", s.unit().symbol());
                if (s.isChoice()) {
                    sm.put("choices", s.choices());
                } else {
                    sm.put("range", List.of(s.min(), s.max()));
                }
                sm.put("typical", s.typicalValue());
                sm.put("source", s.source());
                settings.put(s.name(), sm);
            }
            m.put("settings", settings);
            m.put("geometry", e.geometry().kind().id());
            List<Map<String, Object>> evidence = new ArrayList<>();
            for (Evidence ev : e.evidence()) {
                evidence.add(Map.of("cite", ev.cite(), "doi", ev.doi(), "tier", ev.tier().id(), "finding", ev.finding()));
            }
            m.put("evidence", evidence);
            rows.add(m);
        }
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
    }

    private static String heading(Kind k) {
        return switch (k) {
            case DEVICE -> "Energy-based devices (device: ID)";
            case DRUG -> "Drugs (drug: ID)";
            case CELLS -> "Cells and vesicles (cells: ID)";
            case THERAPY -> "Other therapies (therapy: ID)";
            case LIFESTYLE -> "Lifestyle changes (lifestyle: ID)";
        };
    }

    private static String interval(double days) {
        if (days >= 7 && days % 7 == 0) {
            return Units.formatNumber(days / 7) + (days == 7 ? " week" : " weeks");
        }
        return Units.formatNumber(days) + (days == 1 ? " day" : " days");
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
