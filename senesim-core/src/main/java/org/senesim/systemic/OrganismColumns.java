package org.senesim.systemic;

import org.senesim.observe.Column;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The time-series columns of an organism run, in the order {@link OrganismSimulation#observe} writes them. */
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

    private OrganismColumns() {
    }

    /** Column id of an organ's burden. */
    public static String burden(Organ o) {
        return "burden_" + o.id();
    }
}
