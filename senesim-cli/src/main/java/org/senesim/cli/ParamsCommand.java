package org.senesim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.Parameter;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code senesim params}: the parameter registry, filtered, as a table, CSV or JSON. */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = "Lists the model's parameters with unit, default, range, evidence tier and source.")
final class ParamsCommand implements Callable<Integer> {

    enum Format { table, csv, json, markdown }

    @Option(names = "--tier", paramLabel = "T",
            description = "Only parameters of this evidence tier: rct, human-observational, animal, in-vitro, mechanistic, expert-opinion.")
    String tier;

    @Option(names = "--grep", paramLabel = "WORD", description = "Only parameters whose id, meaning or source contains WORD (any case).")
    String grep;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, json or markdown (the table of docs/model.md; default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--into", paramLabel = "FILE",
            description = "With --format markdown: replace the generated parameter table of FILE (between its marker "
                    + "comments, e.g. docs/model.md) instead of printing it. Takes the whole registry.")
    Path into;

    @Override
    public Integer call() throws Exception {
        EvidenceTier wanted = null;
        if (tier != null) {
            try {
                wanted = EvidenceTier.parse(tier);
            } catch (IllegalArgumentException e) {
                throw new InputException("--tier: " + e.getMessage());
            }
        }
        if (into != null) {
            if (format != Format.markdown || wanted != null || grep != null) {
                throw new InputException("--into writes the whole registry as markdown: use it with --format markdown "
                        + "and without --tier or --grep");
            }
            if (!Files.isRegularFile(into)) {
                throw new InputException("--into: no file " + into + " (it updates the generated parameter section of an "
                        + "existing Markdown file). Fix: give the path of such a file, e.g. --into docs/model.md");
            }
            String doc = Files.readString(into);
            if (ParameterTable.section(doc) == null) {
                throw new InputException("--into: " + into + " has no generated parameter section. Fix: add the two lines "
                        + ParameterTable.BEGIN + " and " + ParameterTable.END + " where the table goes");
            }
            org.senesim.report.OutputFile.write(into, ParameterTable.replaceSection(doc, ParameterTable.markdown())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8), true, "--into");
            System.out.println("Wrote the parameter table (" + ParameterRegistry.builtIn().all().size()
                    + " parameters) into " + into);
            return ExitCodes.OK;
        }
        String needle = grep == null ? null : grep.toLowerCase(Locale.ROOT);
        List<Parameter> selected = new ArrayList<>();
        for (Parameter p : ParameterRegistry.builtIn().all()) {
            if (wanted != null && p.tier() != wanted) {
                continue;
            }
            if (needle != null && !(p.id() + " " + p.meaning() + " " + p.source()).toLowerCase(Locale.ROOT).contains(needle)) {
                continue;
            }
            selected.add(p);
        }
        switch (format) {
            case csv -> printCsv(selected);
            case json -> printJson(selected);
            case markdown -> System.out.print(ParameterTable.markdown(selected));
            default -> printTable(selected);
        }
        return ExitCodes.OK;
    }

    private static void printTable(List<Parameter> ps) {
        System.out.printf("%-44s %12s %-26s %-22s %-20s %s%n", "id", "default", "unit", "range", "tier", "source");
        for (Parameter p : ps) {
            System.out.printf("%-44s %12s %-26s %-22s %-20s %s%n", p.id(), num(p.defaultValue()), p.unit(),
                    "[" + num(p.min()) + ", " + num(p.max()) + "]", p.tier().id(), p.source());
        }
        System.out.println(ps.size() + " parameters");
    }

    private static void printCsv(List<Parameter> ps) {
        System.out.println("id,default,unit,min,max,distribution,species,tier,source,doi,meaning");
        for (Parameter p : ps) {
            System.out.println(String.join(",", csv(p.id()), num(p.defaultValue()), csv(p.unit()), num(p.min()),
                    num(p.max()), p.distribution().id(), p.species(), p.tier().id(), csv(p.source()), csv(p.doi()),
                    csv(p.meaning())));
        }
    }

    private static void printJson(List<Parameter> ps) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Parameter p : ps) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("meaning", p.meaning());
            m.put("unit", p.unit());
            m.put("default", p.defaultValue());
            m.put("range", List.of(p.min(), p.max()));
            m.put("distribution", p.distribution().id());
            m.put("species", p.species());
            m.put("tier", p.tier().id());
            m.put("source", p.source());
            m.put("doi", p.doi());
            m.put("note", p.note());
            rows.add(m);
        }
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
