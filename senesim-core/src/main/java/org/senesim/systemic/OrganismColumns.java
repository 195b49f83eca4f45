package org.senesim.systemic;

import org.senesim.observe.Column;
import org.senesim.observe.Columns;
import org.senesim.observe.Reporters;

import java.util.List;

/**
 * The time-series columns of an organism run, each a named reporter ({@link Reporters}): the column
 * and the function that reads its value off an organism's state, so a row is filled column by column
 * by name, as the tissue and mean-field observers fill theirs. Readers find a column by its id
 * ({@link #index}); the named positions below are looked up once, so no code depends on the order.
 */
public final class OrganismColumns {

    public static final String GROUP_SENESCENCE = "Organ senescence";
    public static final String GROUP_BLOOD = "Blood and reserves";
    public static final String GROUP_FUNCTION = "Function";

    /** What a row is read from: the parameters, a state vector (see {@link OrganismEquations}) and the age. */
    record Observed(OrganismParameters p, double[] x, double age) {
    }

    private static final Reporters<Observed> REPORTERS;

    static {
        Reporters.Builder<Observed> b = Reporters.builder();
        for (Organ o : Organ.values()) {
            int k = o.ordinal();
            b.add(burden(o), o.label() + " senescence markers (clearable + persistent)", "1", GROUP_SENESCENCE,
                    s -> s.x[k] + s.x[OrganismEquations.PERSISTENT + k]);
        }
        b.add("burden_total", "Whole-body clearable senescent burden (Karin X; death at X_c)", "1", GROUP_SENESCENCE,
                s -> s.p.totalBurden(s.x));
        b.add("skin_senescent_fraction", "Senescent dermal fibroblasts", "%", GROUP_SENESCENCE,
                s -> 100.0 * s.p.skinFractionFromBurden(s.x[Organ.SKIN.ordinal()]));
        b.add("blood_sasp", "Blood SASP", "1", GROUP_BLOOD, s -> s.p.bloodSasp(s.x));
        b.add("immune_capacity", "Immune capacity", "1", GROUP_BLOOD, s -> s.p.immuneCapacity(s.age));
        b.add("stem_cell_reserve", "Stem-cell reserve", "1", GROUP_BLOOD,
                s -> StrictMath.exp(s.x[OrganismEquations.RESERVE]));
        b.add("grip_strength", "Grip strength", "kg", GROUP_FUNCTION,
                s -> OrganismOutcomes.gripStrengthKg(s.p, s.x[OrganismEquations.LOAD_MUSCLE],
                        s.x[OrganismEquations.TRAIT_GRIP_PEAK]));
        b.add("memory_score", "Memory score", "SD", GROUP_FUNCTION,
                s -> OrganismOutcomes.memoryScore(s.p, s.x[OrganismEquations.LOAD_BRAIN]));
        b.add("frailty_index", "Frailty index", "1", GROUP_FUNCTION,
                s -> OrganismOutcomes.frailtyIndex(s.p, s.x[OrganismEquations.LOAD_TOTAL]));
        REPORTERS = b.build();
    }

    /** The columns, in row order (the order of the reporters; readers find them by id). */
    public static final List<Column> ALL = REPORTERS.columns();

    public static final int BURDEN_TOTAL = index("burden_total");
    public static final int SKIN_SENESCENT_FRACTION = index("skin_senescent_fraction");
    public static final int BLOOD_SASP = index("blood_sasp");
    public static final int IMMUNE_CAPACITY = index("immune_capacity");
    public static final int STEM_CELL_RESERVE = index("stem_cell_reserve");
    public static final int GRIP_STRENGTH = index("grip_strength");
    public static final int MEMORY_SCORE = index("memory_score");
    public static final int FRAILTY_INDEX = index("frailty_index");

    private OrganismColumns() {
    }

    /** Column id of an organ's burden. */
    public static String burden(Organ o) {
        return "burden_" + o.id();
    }

    /** Position of the column {@code id} in {@link #ALL}. */
    public static int index(String id) {
        return Columns.indexOf(ALL, id);
    }

    /** Fills {@code row} (in the order of {@link #ALL}) for state {@code x} at {@code age}, reporter by reporter. */
    static void observe(OrganismParameters p, double[] x, double age, double[] row) {
        REPORTERS.fill(new Observed(p, x, age), row);
    }

    /** Position of an organ's burden column in {@link #ALL}. */
    public static int burdenIndex(Organ o) {
        return index(burden(o));
    }
}
