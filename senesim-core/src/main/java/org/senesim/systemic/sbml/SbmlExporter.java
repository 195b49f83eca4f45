package org.senesim.systemic.sbml;

import org.sbml.jsbml.ASTNode;
import org.sbml.jsbml.Compartment;
import org.sbml.jsbml.JSBML;
import org.sbml.jsbml.Model;
import org.sbml.jsbml.Parameter;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SBMLException;
import org.sbml.jsbml.Species;
import org.sbml.jsbml.Unit;
import org.sbml.jsbml.UnitDefinition;
import org.sbml.jsbml.text.parser.ParseException;
import org.senesim.systemic.Exposures;
import org.senesim.systemic.Organ;
import org.senesim.systemic.OrganismEquations;
import org.senesim.systemic.OrganismModel;
import org.senesim.systemic.OrganismParameters;

import javax.xml.stream.XMLStreamException;
import java.util.Locale;

/**
 * Writes the deterministic part of the organism model (the drift, no noise, no death) as SBML
 * Level 3 Version 2 with JSBML, so other tools (COPASI, libRoadRunner, tellurium) can run and
 * check the skeleton.
 *
 * <p>Mapping: organ burdens are species (amounts, dimensionless, in one dimensionless compartment
 * "body") driven by rate rules; loads and the stem-cell reserve are non-constant parameters with
 * rate rules; age, blood SASP, whole-body burden and immune capacity are assignment rules. Time is
 * in days; every parameter carries an SBML unit definition (day, year, per_day,
 * per_day_per_year, ...), and numeric literals are marked dimensionless, so the document passes
 * unit-consistency checking. Registry ids are kept in each parameter's name. The reserve is written
 * as {@code R} (not {@code ln R} as in the Java state) and production multipliers are the values
 * for the model's exposures.
 */
public final class SbmlExporter {

    private static final int LEVEL = 3;
    private static final int VERSION = 2;
    private static final String DIMENSIONLESS = "dimensionless";

    private SbmlExporter() {
    }

    /** The SBML document of a model's deterministic skeleton from a start age. */
    public static SBMLDocument export(OrganismModel organism, double startAgeYears) {
        OrganismParameters p = organism.parameters();
        Exposures exposures = organism.exposures();
        OrganismEquations eq = new OrganismEquations(p, startAgeYears, exposures);
        double[] y0 = organism.skeletonInitialState(startAgeYears);

        SBMLDocument doc = new SBMLDocument(LEVEL, VERSION);
        Model m = doc.createModel("senesim_organism");
        m.setName("Senesim organism model, deterministic skeleton (" + p.species().id() + ", " + p.sex().id() + ")");
        unit(m, "day", 86400, 1);
        unit(m, "year", 31557600, 1);
        unit(m, "per_day", 86400, -1);
        unit(m, "per_year", 31557600, -1);
        UnitDefinition perDayPerYear = m.createUnitDefinition("per_day_per_year");
        perDayPerYear.addUnit(unitOf(86400, -1));
        perDayPerYear.addUnit(unitOf(31557600, -1));
        UnitDefinition dayPerYear = m.createUnitDefinition("day_per_year");
        dayPerYear.addUnit(unitOf(86400, 1));
        dayPerYear.addUnit(unitOf(31557600, -1));
        m.setTimeUnits("day");
        m.setSubstanceUnits(DIMENSIONLESS);
        m.setExtentUnits(DIMENSIONLESS);

        Compartment body = m.createCompartment("body");
        body.setName("whole body");
        body.setSpatialDimensions(3);
        body.setSize(1.0);
        body.setUnits(DIMENSIONLESS);
        body.setConstant(true);

        var set = p.parameterSet();
        String sp = p.species().id();
        constant(m, "beta", set.get("organism.clearance.beta"), "per_day", "organism.clearance.beta");
        constant(m, "kappa", set.get("organism.clearance.kappa"), DIMENSIONLESS, "organism.clearance.kappa");
        constant(m, "lambda_sat", set.get("organism.clearance.systemic_share"), DIMENSIONLESS,
                "organism.clearance.systemic_share");
        constant(m, "eta", set.get("organism.production.eta." + sp), "per_day_per_year", "organism.production.eta." + sp);
        constant(m, "X_c", p.threshold(), DIMENSIONLESS, "organism.death.threshold (not used by the drift)");
        constant(m, "epsilon", set.get("organism.noise.epsilon." + sp), "per_day",
                "organism.noise.epsilon." + sp + " (noise, not used by the drift)");
        constant(m, "S_ref", set.get("organism.sasp.reference"), DIMENSIONLESS, "organism.sasp.reference");
        constant(m, "age0", startAgeYears, "year", "start age");
        constant(m, "days_per_year", OrganismParameters.DAYS_PER_YEAR, "day_per_year", "Julian year");
        constant(m, "immune_decline", set.get("organism.immune.decline." + sp), "per_year", "organism.immune.decline." + sp);
        constant(m, "immune_onset", set.get("organism.immune.onset." + sp), "year", "organism.immune.onset." + sp);
        constant(m, "immune_floor", set.get("organism.immune.floor"), DIMENSIONLESS, "organism.immune.floor");
        constant(m, "zeta", set.get("organism.stem.clearance"), "per_day", "organism.stem.clearance");
        constant(m, "stem_loss", set.get("organism.stem.loss_rate." + sp), "per_year", "organism.stem.loss_rate." + sp);
        constant(m, "stem_sasp_loss", set.get("organism.stem.sasp_loss"), DIMENSIONLESS, "organism.stem.sasp_loss");
        constant(m, "tau_load", set.get("organism.function.load_time." + sp), "day", "organism.function.load_time." + sp);

        StringBuilder sasp = new StringBuilder();
        StringBuilder total = new StringBuilder();
        for (Organ o : Organ.values()) {
            String id = o.id();
            constant(m, "w_" + id, p.weight(o), DIMENSIONLESS,
                    o == Organ.REST ? "1 - sum of organism.weight.*" : "organism.weight." + id);
            constant(m, "s_" + id, set.get("organism.sasp.secretion." + id), DIMENSIONLESS, "organism.sasp.secretion." + id);
            constant(m, "alpha_" + id, set.get("organism.sasp.alpha." + id), DIMENSIONLESS, "organism.sasp.alpha." + id);
            constant(m, "scale_" + id, eq.productionScale(o), DIMENSIONLESS,
                    "organism.production.multiplier." + id + " x exposure multipliers");
            constant(m, "ksen_" + id, eq.senolyticRate(o), "per_day", "senolytic removal rate (intervention hook)");
            // the share of the burden a senolytic reaches moves only under senolytic removal: held at
            // its starting value here, like ksen (docs/organism.md §1)
            constant(m, "reach_" + id, y0[OrganismEquations.REACHABLE + o.ordinal()], DIMENSIONLESS,
                    "senolytic-reachable share of the burden (intervention.senolytic.reachable_share, held constant)");
            Species s = m.createSpecies("X_" + id, body);
            s.setName(o.label() + " senescent burden");
            s.setInitialAmount(y0[o.ordinal()]);
            s.setHasOnlySubstanceUnits(true);
            s.setBoundaryCondition(false);
            s.setConstant(false);
            s.setSubstanceUnits(DIMENSIONLESS);
            sasp.append(sasp.length() == 0 ? "" : " + ").append("w_").append(id).append(" * s_").append(id)
                    .append(" * X_").append(id);
            total.append(total.length() == 0 ? "" : " + ").append("w_").append(id).append(" * X_").append(id);
        }
        variable(m, "age", startAgeYears, "year", "age");
        variable(m, "S", 0, DIMENSIONLESS, "blood SASP");
        variable(m, "T", 0, DIMENSIONLESS, "whole-body burden (Karin X)");
        variable(m, "I", 1, DIMENSIONLESS, "immune capacity");
        variable(m, "L_muscle", y0[OrganismEquations.LOAD_MUSCLE], DIMENSIONLESS, "muscle load");
        variable(m, "L_brain", y0[OrganismEquations.LOAD_BRAIN], DIMENSIONLESS, "brain (hippocampus) load");
        variable(m, "L_total", y0[OrganismEquations.LOAD_TOTAL], DIMENSIONLESS, "whole-body load");
        variable(m, "R", StrictMath.exp(y0[OrganismEquations.RESERVE]), DIMENSIONLESS, "stem-cell reserve");

        assignment(m, "age", "age0 + time / days_per_year");
        assignment(m, "S", sasp.toString());
        assignment(m, "T", total.toString());
        assignment(m, "I", "piecewise(1, age <= immune_onset, piecewise(immune_floor, "
                + "1 - immune_decline * (age - immune_onset) < immune_floor, 1 - immune_decline * (age - immune_onset)))");
        for (Organ o : Organ.values()) {
            String id = o.id();
            rate(m, "X_" + id, String.format(Locale.ROOT,
                    "eta * age * scale_%1$s * (1 + alpha_%1$s * S) / (1 + alpha_%1$s * S_ref)"
                            + " - (I * beta / (kappa + X_%1$s + lambda_sat * (T - X_%1$s)) + zeta * R + ksen_%1$s * reach_%1$s) * X_%1$s", id));
        }
        rate(m, "L_muscle", "(X_muscle - L_muscle) / tau_load");
        rate(m, "L_brain", "(X_brain - L_brain) / tau_load");
        rate(m, "L_total", "(T - L_total) / tau_load");
        rate(m, "R", "-stem_loss * (1 + stem_sasp_loss * S) * R / days_per_year");
        return doc;
    }

    /** The document as an XML string. */
    public static String toXml(SBMLDocument doc) {
        try {
            return JSBML.writeSBMLToString(doc);
        } catch (XMLStreamException | SBMLException e) {
            throw new IllegalStateException("cannot write SBML: " + e.getMessage(), e);
        }
    }

    private static void unit(Model m, String id, double secondsMultiplier, int exponent) {
        UnitDefinition u = m.createUnitDefinition(id);
        u.addUnit(unitOf(secondsMultiplier, exponent));
    }

    private static Unit unitOf(double secondsMultiplier, int exponent) {
        Unit u = new Unit(LEVEL, VERSION);
        u.setKind(Unit.Kind.SECOND);
        u.setExponent((double) exponent);
        u.setScale(0);
        u.setMultiplier(secondsMultiplier);
        return u;
    }

    private static void constant(Model m, String id, double value, String units, String name) {
        Parameter p = m.createParameter(id);
        p.setValue(value);
        p.setUnits(units);
        p.setConstant(true);
        p.setName(name);
    }

    private static void variable(Model m, String id, double value, String units, String name) {
        Parameter p = m.createParameter(id);
        p.setValue(value);
        p.setUnits(units);
        p.setConstant(false);
        p.setName(name);
    }

    private static void assignment(Model m, String variable, String formula) {
        m.createAssignmentRule().setVariable(variable);
        m.getRule(m.getRuleCount() - 1).setMath(math(formula));
    }

    private static void rate(Model m, String variable, String formula) {
        m.createRateRule().setVariable(variable);
        m.getRule(m.getRuleCount() - 1).setMath(math(formula));
    }

    private static ASTNode math(String formula) {
        try {
            ASTNode node = ASTNode.parseFormula(formula);
            markLiteralsDimensionless(node);
            return node;
        } catch (ParseException e) {
            throw new IllegalStateException("bad formula '" + formula + "': " + e.getMessage(), e);
        }
    }

    private static void markLiteralsDimensionless(ASTNode node) {
        if (node.isNumber() && !node.isSetUnits()) {
            node.setUnits(DIMENSIONLESS);
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            markLiteralsDimensionless(node.getChild(i));
        }
    }
}
