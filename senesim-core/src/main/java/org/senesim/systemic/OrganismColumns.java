package org.senesim.systemic;

import org.senesim.observe.Column;
import org.senesim.observe.Columns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The time-series columns of an organism run. Writers and readers find each column by its id
 * ({@link #index}); the named positions below are looked up once, so no code depends on the order.
 */
public final class OrganismColumns {

    public static final String GROUP_SENESCENCE = "Organ senescence";
    public static final String GROUP_BLOOD = "Blood and reserves";
    public static final String GROUP_FUNCTION = "Function";

    public static final List<Column> ALL;

    static {
        List<Column> c = new ArrayList<>();
        for (Organ o : Organ.values()) {
            c.add(new Column("burden_" + o.id(), o.label() + " senescence markers (clearable + persistent)", "1", GROUP_SENESCENCE));
        }
        c.add(new Column("burden_total", "Whole-body clearable senescent burden (Karin X; death at X_c)", "1", GROUP_SENESCENCE));
        c.add(new Column("skin_senescent_fraction", "Senescent dermal fibroblasts", "%", GROUP_SENESCENCE));
        c.add(new Column("blood_sasp", "Blood SASP", "1", GROUP_BLOOD));
        c.add(new Column("immune_capacity", "Immune capacity", "1", GROUP_BLOOD));
        c.add(new Column("stem_cell_reserve", "Stem-cell reserve", "1", GROUP_BLOOD));
        c.add(new Column("grip_strength", "Grip strength", "kg", GROUP_FUNCTION));
        c.add(new Column("memory_score", "Memory score", "SD", GROUP_FUNCTION));
        c.add(new Column("frailty_index", "Frailty index", "1", GROUP_FUNCTION));
        ALL = Collections.unmodifiableList(c);
    }

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

    /** Position of an organ's burden column in {@link #ALL}. */
    public static int burdenIndex(Organ o) {
        return index(burden(o));
    }
}
