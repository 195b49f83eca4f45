package org.senesim.lattice;

/**
 * Codes of the per-voxel fibroblast state array. A fibroblast born today is marked with the parity
 * of the day so that the slab sweep, which may reach its voxel later the same day, lets it rest
 * until tomorrow; the next day it turns healthy. This keeps every cell to one decision per day
 * whatever the sweep order.
 */
public final class CellState {
    public static final byte EMPTY = 0;
    public static final byte HEALTHY = 1;
    public static final byte SENESCENT = 2;
    public static final byte NEWBORN_EVEN_DAY = 3;
    public static final byte NEWBORN_ODD_DAY = 4;

    private CellState() {
    }

    /** Newborn code for a day. */
    public static byte newborn(long day) {
        return (day & 1) == 0 ? NEWBORN_EVEN_DAY : NEWBORN_ODD_DAY;
    }

    public static boolean isNewborn(byte s) {
        return s == NEWBORN_EVEN_DAY || s == NEWBORN_ODD_DAY;
    }

    /** True for any live fibroblast (healthy, newborn or senescent). */
    public static boolean isFibroblast(byte s) {
        return s != EMPTY;
    }

    /** True for a fibroblast that is not senescent. */
    public static boolean isHealthy(byte s) {
        return s == HEALTHY || isNewborn(s);
    }
}
