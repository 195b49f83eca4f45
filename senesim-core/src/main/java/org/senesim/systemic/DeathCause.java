package org.senesim.systemic;

/** Why a simulated organism died. */
public enum DeathCause {
    /** Still alive at the end of the simulation. */
    NONE(0),
    /** The weighted total senescent burden crossed the threshold X_c (Karin et al. 2019). */
    SENESCENT_BURDEN(1),
    /** Age-independent extrinsic mortality (accidents, infections, ...). */
    EXTRINSIC(2);

    /** What the codes mean, for the description of a {@code death_cause} summary item. */
    public static final String LEGEND = "0 alive, 1 whole-body senescent burden crossed X_c, 2 extrinsic mortality.";

    private final int code;

    DeathCause(int code) {
        this.code = code;
    }

    /** Numeric code used in summaries (0 alive, 1 burden, 2 extrinsic). */
    public int code() {
        return code;
    }

    static DeathCause ofCode(int code) {
        for (DeathCause c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        throw new IllegalArgumentException("no death cause with code " + code);
    }
}
