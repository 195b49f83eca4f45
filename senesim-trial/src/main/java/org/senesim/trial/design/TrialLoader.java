package org.senesim.trial.design;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.scenario.Catalog;
import org.senesim.scenario.CatalogEntry;
import org.senesim.scenario.ScenarioException;
import org.senesim.scenario.ScenarioNode;
import org.senesim.scenario.ScenarioNode.MapNode;
import org.senesim.scenario.YamlTreeReader;
import org.senesim.trial.population.Participant;
import org.senesim.trial.population.Population;
import org.senesim.trial.simulate.ReducedLives;
import org.senesim.trial.simulate.SkinLives;
import org.senesim.trial.yaml.Nodes;

/**
 * Reads a trial file. Every mistake is one {@link ScenarioException} naming file, line, column, key
 * and the fix, as for scenario files. The format is documented in docs/trials.md.
 */
public final class TrialLoader {

    private static final Set<String> KEYS = Set.of("name", "population", "design", "fidelity", "step", "arms",
            "endpoints", "primary", "evidence");

    private TrialLoader() {
    }

    public static Trial load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file.toString(), 0, 0, "", "no such file. Fix: give the path of a trial file, e.g. examples/trials/dq-pulses-from-70.yaml");
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), 0, 0, "", "cannot read the file: " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    public static Trial parse(String text, String label) {
        ScenarioNode root = YamlTreeReader.read(text, label);
        if (root == null) {
            throw new ScenarioException(label, 0, 0, "", "the file is empty. Fix: start from an example in examples/trials/");
        }
        MapNode m = Nodes.map(root, "", "name: my-trial");
        Nodes.only(m, "", KEYS);
        ParameterRegistry registry = ParameterRegistry.builtIn();
        String name = Nodes.text(m, "", "name", "trial");
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw Nodes.fail(Nodes.at(m, "name"), "name", "use letters, digits, '.', '_' or '-' only (it names the output folder)");
        }
        if (!m.has("population")) {
            throw Nodes.fail(m, "population", "a trial needs a population. Fix: add \"population: {size: 1000, seed: 1, age: {range: [60, 70]}}\"");
        }
        Population population = PopulationReader.read(Nodes.map(m.get("population"), "population", "population: {size: 1000}"), registry);
        Design design = design(m);
        checkAges(m, population, design);
        Fidelity fidelity = fidelity(m);
        double stepDays = Nodes.years(m, "", "step", 7.0 / 365.25, 1.0 / 365.25, 1.0 / 12.0 + 1e-9) * 365.25;
        List<Arm> arms = arms(m, registry, fidelity);
        List<Endpoint> endpoints = endpoints(m, fidelity);
        if (fidelity.skin() && design.type() == Design.Type.SPLIT_BODY) {
            for (int i = 0; i < endpoints.size(); i++) {
                if (!endpoints.get(i).siteLocal()) {
                    MapNode en = (MapNode) Nodes.items(m.get("endpoints"), "endpoints", "").get(i);
                    throw Nodes.fail(Nodes.at(en, "kind"), "endpoints[" + i + "].kind", "a split-body trial measures each site"
                            + " alone, and '" + endpoints.get(i).id() + "' is a whole-body outcome. Fix: measure the sites"
                            + " (first_ak, first_kc, ak_count, kc_count, or a value of collagen or skin_senescent_fraction),"
                            + " or use a parallel design");
                }
            }
        }
        if (design.block() > 0) {
            MapNode dn = (MapNode) m.get("design");
            if (design.block() % arms.size() != 0) {
                throw Nodes.fail(Nodes.at(dn, "block"), "design.block", "a permuted block of " + design.block() + " cannot hold "
                        + arms.size() + " arms equally. Fix: use a multiple of " + arms.size());
            }
            if (arms.stream().anyMatch(a -> a.weight() != arms.get(0).weight())) {
                throw Nodes.fail(Nodes.at(dn, "block"), "design.block", "permuted blocks give equal shares; the arms have different weights."
                        + " Fix: drop block (simple randomisation by weight) or the weights");
            }
        }
        String primary = Nodes.text(m, "", "primary", null);
        if (primary == null) {
            primary = endpoints.stream().filter(Endpoint::timeToEvent).map(Endpoint::id).findFirst().orElse(null);
        } else {
            String p = primary;
            if (endpoints.stream().noneMatch(e -> e.id().equals(p) && e.timeToEvent())) {
                throw Nodes.fail(Nodes.at(m, "primary"), "primary", "'" + p + "' is not a time-to-event endpoint of this trial. Fix: name one of the endpoints");
            }
        }
        if (primary == null) {
            throw Nodes.fail(Nodes.at(m, "endpoints"), "endpoints", "a trial needs at least one time-to-event endpoint. Fix: add \"- {id: death, kind: death}\"");
        }
        EvidenceTier tier = null;
        if (m.has("evidence")) {
            MapNode ev = Nodes.map(m.get("evidence"), "evidence", "evidence: {min_tier: animal}");
            Nodes.only(ev, "evidence", Set.of("min_tier"));
            String t = Nodes.text(ev, "evidence", "min_tier", null);
            try {
                tier = t == null ? null : EvidenceTier.parse(t);
            } catch (IllegalArgumentException e) {
                throw Nodes.fail(Nodes.at(ev, "min_tier"), "evidence.min_tier", e.getMessage());
            }
        }
        Trial trial = new Trial(name, label, population, design, fidelity, stepDays, arms, endpoints, primary, tier);
        if (fidelity == Fidelity.REDUCED_SKIN) {
            if (design.type() == Design.Type.SPLIT_BODY) {
                throw Nodes.fail(Nodes.at(m, "fidelity"), "fidelity", "the reduced skin is one skin per person, so it cannot"
                        + " treat one site and not the other. Fix: use fidelity: mean-field for a split-body trial, or a parallel design");
            }
            if (Math.abs(stepDays - Math.rint(stepDays)) > 1e-9) {
                throw Nodes.fail(Nodes.at(m, "step"), "step", "the reduced skin steps whole days (its treatments are counted in"
                        + " days from enrolment), got " + stepDays + " days. Fix: write e.g. \"step: 1 week\" or \"step: 28 days\"");
            }
        }
        if (fidelity.protocolArms()) {
            checkArms(m, trial);
        }
        return trial;
    }

    /**
     * Runs the scenario loader over each arm's treatments as its people will get them (a person of
     * the population at the youngest eligible age), so a setting, route or interval the protocol
     * grammar refuses is reported now, at the arm, not in the middle of the trial.
     */
    private static void checkArms(MapNode m, Trial trial) {
        Participant first = trial.population().person(0);
        double age = Math.max(trial.design().minAge(), Math.min(trial.design().maxAge(), first.ageYears()));
        Participant probe = new Participant(first.id(), first.sex(), age, first.fitzpatrick(), first.latitudeDegrees(),
                first.outdoorHoursPerDay(), first.smokingPacksPerDay(), first.alcoholDrinksPerWeek(), first.diet(),
                first.parameters());
        double years = trial.design().followUpYears(age);
        String[] bad = trial.fidelity() == Fidelity.REDUCED_SKIN ? ReducedLives.check(trial, probe, years > 0 ? years : 1.0)
                : SkinLives.check(trial, probe, years > 0 ? years : 1.0);
        if (bad != null) {
            int i = Integer.parseInt(bad[0]);
            MapNode arm = (MapNode) Nodes.items(m.get("arms"), "arms", "").get(i);
            throw Nodes.fail(arm.has("treatments") ? Nodes.at(arm, "treatments") : arm, "arms[" + i + "].treatments",
                    "as a protocol, these treatments do not load: " + bad[1]);
        }
    }

    private static Fidelity fidelity(MapNode m) {
        String f = Nodes.text(m, "", "fidelity", "organism");
        for (Fidelity x : Fidelity.values()) {
            if (x.id().equals(f)) {
                return x;
            }
        }
        throw Nodes.fail(Nodes.at(m, "fidelity"), "fidelity", "unknown fidelity '" + f + "'. Fix: use organism, reduced-skin, mean-field or lattice");
    }

    /**
     * Refuses an eligibility that no one the population can draw meets, and a follow-up to an age
     * that everyone eligible has passed at enrolment: either would run a trial of nobody.
     */
    private static void checkAges(MapNode root, Population population, Design design) {
        double lo = population.marginal("age").min();
        double hi = population.marginal("age").max();
        String ages = "the population's ages run from " + Nodes.format(lo) + " to " + Nodes.format(hi);
        if (hi < design.minAge() || lo > design.maxAge()) {
            MapNode eligibility = (MapNode) ((MapNode) root.get("design")).get("eligibility");
            boolean tooOld = hi < design.minAge();
            String which = tooOld ? "min_age" : "max_age";
            throw Nodes.fail(Nodes.at(eligibility, which), "design.eligibility." + which, "no one can be enrolled: " + ages
                    + " and eligibility asks for " + (tooOld ? "at least " + Nodes.format(design.minAge())
                    : "at most " + Nodes.format(design.maxAge())) + ". Fix: change the eligibility or population.age");
        }
        double youngest = Math.max(lo, design.minAge());
        if (!Double.isNaN(design.toAge()) && youngest >= design.toAge()) {
            MapNode followUp = (MapNode) ((MapNode) root.get("design")).get("follow_up");
            throw Nodes.fail(Nodes.at(followUp, "to_age"), "design.follow_up.to_age", "no one would be followed: the youngest"
                    + " eligible person is " + Nodes.format(youngest) + " at enrolment and follow-up ends at "
                    + Nodes.format(design.toAge()) + ". Fix: follow up to a later age, or use \"years\"");
        }
    }

    private static Design design(MapNode root) {
        MapNode m = root.has("design") ? Nodes.map(root.get("design"), "design", "design: {type: parallel}") : new MapNode(root.file(), root.line(), root.column(), List.of());
        Nodes.only(m, "design", Set.of("type", "stratify_by", "block", "eligibility", "follow_up", "loss_per_year"));
        String type = Nodes.text(m, "design", "type", "parallel");
        Design.Type t = switch (type) {
            case "parallel" -> Design.Type.PARALLEL;
            case "split-body" -> Design.Type.SPLIT_BODY;
            case "counterfactual" -> Design.Type.COUNTERFACTUAL;
            default -> throw Nodes.fail(Nodes.at(m, "type"), "design.type", "unknown design '" + type + "'. Fix: use parallel, split-body or counterfactual");
        };
        List<String> strata = new ArrayList<>();
        if (m.has("stratify_by")) {
            for (ScenarioNode n : Nodes.items(m.get("stratify_by"), "design.stratify_by", "stratify_by: [sex]")) {
                String s = n instanceof ScenarioNode.ScalarNode sc ? sc.text() : "";
                if (!Set.of("sex", "fitzpatrick", "smoking", "diet").contains(s)) {
                    throw Nodes.fail(n, "design.stratify_by", "cannot stratify by '" + s + "'. Fix: use sex, fitzpatrick, smoking or diet");
                }
                strata.add(s);
            }
        }
        int block = (int) Nodes.number(m, "design", "block", 0, 0, 1000);
        double minAge = 0;
        double maxAge = 120;
        if (m.has("eligibility")) {
            MapNode e = Nodes.map(m.get("eligibility"), "design.eligibility", "eligibility: {min_age: 60}");
            Nodes.only(e, "design.eligibility", Set.of("min_age", "max_age"));
            minAge = Nodes.number(e, "design.eligibility", "min_age", 0, 0, 120);
            maxAge = Nodes.number(e, "design.eligibility", "max_age", 120, minAge, 120);
        }
        double toAge = Double.NaN;
        double years = Double.NaN;
        MapNode f = m.has("follow_up") ? Nodes.map(m.get("follow_up"), "design.follow_up", "follow_up: {to_age: 90}") : null;
        if (f != null) {
            Nodes.only(f, "design.follow_up", Set.of("to_age", "years"));
            if (f.has("to_age") == f.has("years")) {
                throw Nodes.fail(f, "design.follow_up", "give either to_age or years. Fix: write e.g. \"follow_up: {to_age: 90}\"");
            }
            toAge = Nodes.number(f, "design.follow_up", "to_age", Double.NaN, 1, 120);
            years = Nodes.years(f, "design.follow_up", "years", Double.NaN, 0.1, 100);
        } else {
            years = 10;
        }
        double loss = Nodes.number(m, "design", "loss_per_year", 0, 0, 1);
        return new Design(t, strata, block, minAge, maxAge, toAge, years, loss);
    }

    private static List<Arm> arms(MapNode root, ParameterRegistry registry, Fidelity fidelity) {
        if (!root.has("arms")) {
            throw Nodes.fail(root, "arms", "a trial needs arms. Fix: add \"arms: [{name: control}, {name: dq, treatments: [...]}]\"");
        }
        List<ScenarioNode> items = Nodes.items(root.get("arms"), "arms", "arms: [{name: control}]");
        if (items.size() < 2) {
            throw Nodes.fail(root.get("arms"), "arms", "a trial compares at least two arms. Fix: add a control arm, e.g. \"- {name: control}\"");
        }
        Catalog catalog = Catalog.builtIn();
        List<Arm> arms = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String key = "arms[" + i + "]";
            MapNode a = Nodes.map(items.get(i), key, "- {name: control}");
            Nodes.only(a, key, Set.of("name", "weight", "treatments"));
            String name = Nodes.text(a, key, "name", null);
            if (name == null || !name.matches("[A-Za-z0-9_-]+")) {
                throw Nodes.fail(a, key + ".name", "each arm needs a name of letters, digits, '_' or '-'. Fix: write e.g. \"name: control\"");
            }
            if (!names.add(name)) {
                throw Nodes.fail(Nodes.at(a, "name"), key + ".name", "arm '" + name + "' is named twice. Fix: give each arm its own name");
            }
            double weight = Nodes.number(a, key, "weight", 1, 0.01, 100);
            List<Pulse> pulses = new ArrayList<>();
            List<SkinStep> steps = new ArrayList<>();
            if (a.has("treatments")) {
                List<ScenarioNode> ts = Nodes.items(a.get("treatments"), key + ".treatments", "treatments: [{drug: dasatinib-quercetin, every: 4 weeks}]");
                for (int j = 0; j < ts.size(); j++) {
                    if (fidelity.protocolArms()) {
                        steps.add(SkinSteps.read(ts.get(j), key + ".treatments[" + j + "]", catalog));
                    } else {
                        pulses.add(pulse(ts.get(j), key + ".treatments[" + j + "]", catalog));
                    }
                }
            }
            arms.add(new Arm(name, weight, pulses, steps));
        }
        return arms;
    }

    private static Pulse pulse(ScenarioNode node, String key, Catalog catalog) {
        MapNode t = Nodes.map(node, key, "{drug: dasatinib-quercetin, start: 0 years, every: 4 weeks, stop: 20 years}");
        Nodes.only(t, key, Set.of("drug", "start", "every", "stop", "start_age", "stop_age"));
        String drug = Nodes.text(t, key, "drug", null);
        if (drug == null) {
            throw Nodes.fail(t, key + ".drug", "name the drug. Fix: write e.g. \"drug: dasatinib-quercetin\"");
        }
        CatalogEntry entry = catalog.find(drug);
        if (entry == null) {
            String close = catalog.closest(drug);
            throw Nodes.fail(Nodes.at(t, "drug"), key + ".drug", "'" + drug + "' is not in the catalog" + (close == null ? "" : " (did you mean " + close + "?)")
                    + ". Fix: see 'senesim devices --kind drug'");
        }
        if (!"senolytic".equals(entry.mechanism()) || entry.parameter("kill_fraction") == null) {
            throw Nodes.fail(Nodes.at(t, "drug"), key + ".drug", "'" + drug + "' is a " + entry.mechanism() + "; trials on the organism model give senolytic pulses only for now."
                    + " Fix: use a senolytic such as dasatinib-quercetin or fisetin");
        }
        double start = Nodes.years(t, key, "start", 0, 0, 100);
        double every = Nodes.years(t, key, "every", 0, 0, 100);
        if (every > 0 && every * 365.25 < entry.minIntervalDays() - 1e-9) {
            throw Nodes.fail(Nodes.at(t, "every"), key + ".every", "pulses of " + drug + " must be at least " + entry.minIntervalDays() + " days apart (catalog)");
        }
        double stop = Nodes.years(t, key, "stop", 100, start, 120);
        if (t.has("start_age") && t.has("start")) {
            throw Nodes.fail(Nodes.at(t, "start_age"), key + ".start_age", "give start (years after enrolment) or start_age, not both");
        }
        double startAge = Nodes.number(t, key, "start_age", Double.NaN, 0, 120);
        double stopAge = Nodes.number(t, key, "stop_age", Double.NaN, Double.isNaN(startAge) ? 0 : startAge, 120);
        return new Pulse(drug, entry.parameter("kill_fraction"), start, every, stop, startAge, stopAge);
    }

    private static List<Endpoint> endpoints(MapNode root, Fidelity fidelity) {
        if (!root.has("endpoints")) {
            return List.of(new Endpoint("death", Endpoint.Kind.DEATH, Double.NaN, Double.NaN, null));
        }
        List<Endpoint> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<ScenarioNode> items = Nodes.items(root.get("endpoints"), "endpoints", "endpoints: [{id: death, kind: death}]");
        for (int i = 0; i < items.size(); i++) {
            String key = "endpoints[" + i + "]";
            MapNode e = Nodes.map(items.get(i), key, "- {id: death, kind: death}");
            Nodes.only(e, key, Set.of("id", "kind", "threshold", "age", "measure"));
            String id = Nodes.text(e, key, "id", null);
            if (id == null || !id.matches("[a-z][a-z0-9_]*")) {
                throw Nodes.fail(e, key + ".id", "each endpoint needs an id of lower-case letters, digits and '_' (it names table columns). Fix: write e.g. \"id: death\"");
            }
            if (!ids.add(id)) {
                throw Nodes.fail(Nodes.at(e, "id"), key + ".id", "endpoint '" + id + "' is named twice");
            }
            String kind = Nodes.text(e, key, "kind", "");
            Endpoint ep = switch (kind) {
                case "death" -> new Endpoint(id, Endpoint.Kind.DEATH, Double.NaN, Double.NaN, null);
                // without a threshold: the registry's frailty cut-off (organism.frailty.cutoff)
                case "frailty_above" -> new Endpoint(id, Endpoint.Kind.FRAILTY_ABOVE, e.has("threshold") ? threshold(e, key, 0, 1)
                        : ParameterRegistry.builtIn().get("organism.frailty.cutoff").defaultValue(), Double.NaN, null);
                case "memory_below" -> new Endpoint(id, Endpoint.Kind.MEMORY_BELOW, threshold(e, key, -10, 10), Double.NaN, null);
                case "grip_below" -> new Endpoint(id, Endpoint.Kind.GRIP_BELOW, threshold(e, key, 0, 100), Double.NaN, null);
                case "value" -> new Endpoint(id, Endpoint.Kind.VALUE_AT_AGE, Double.NaN, required(e, key, "age"), measure(e, key));
                case "first_ak" -> new Endpoint(id, Endpoint.Kind.FIRST_AK, Double.NaN, Double.NaN, null);
                case "first_kc" -> new Endpoint(id, Endpoint.Kind.FIRST_KC, Double.NaN, Double.NaN, null);
                case "ak_count" -> new Endpoint(id, Endpoint.Kind.VALUE_AT_AGE, Double.NaN, required(e, key, "age"), Endpoint.Measure.AK_COUNT);
                case "kc_count" -> new Endpoint(id, Endpoint.Kind.VALUE_AT_AGE, Double.NaN, required(e, key, "age"), Endpoint.Measure.KC_COUNT);
                default -> throw Nodes.fail(Nodes.at(e, "kind"), key + ".kind", "unknown endpoint kind '" + kind
                        + "'. Fix: use death, frailty_above, memory_below, grip_below, value, first_ak, first_kc, ak_count or kc_count");
            };
            if (ep.needsSkin() && !fidelity.skin()) {
                throw Nodes.fail(Nodes.at(e, "kind"), key + ".kind", "'" + id + "' needs each person's own skin with keratinocytes"
                        + " and matrix, which the " + (fidelity == Fidelity.REDUCED_SKIN ? "reduced skin (senescent fibroblasts only)"
                        : "organism model") + " does not have. Fix: use fidelity: mean-field (or lattice for a small"
                        + " trial), or an organism endpoint");
            }
            out.add(ep);
        }
        return out;
    }

    private static double threshold(MapNode e, String key, double lo, double hi) {
        if (!e.has("threshold")) {
            throw Nodes.fail(e, key + ".threshold", "this endpoint needs a threshold. Fix: write e.g. \"threshold: 0.25\"");
        }
        return Nodes.number(e, key, "threshold", 0, lo, hi);
    }

    private static double required(MapNode e, String key, String name) {
        if (!e.has(name)) {
            throw Nodes.fail(e, key + "." + name, "this endpoint needs '" + name + "'. Fix: write e.g. \"age: 85\"");
        }
        return Nodes.number(e, key, name, 0, 0, 120);
    }

    private static Endpoint.Measure measure(MapNode e, String key) {
        String m = Nodes.text(e, key, "measure", null);
        for (Endpoint.Measure x : Endpoint.Measure.values()) {
            if (x.name().toLowerCase(java.util.Locale.ROOT).equals(m)) {
                return x;
            }
        }
        throw Nodes.fail(e.has("measure") ? Nodes.at(e, "measure") : e, key + ".measure",
                "expected a measure: frailty, memory, grip, total_burden, skin_senescent_fraction, ak_count, kc_count or collagen");
    }
}
