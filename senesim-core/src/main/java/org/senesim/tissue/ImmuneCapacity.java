package org.senesim.tissue;

import org.senesim.evidence.ParameterSet;

/**
 * Immune clearance capacity I(age) relative to a 20-year-old when the patch runs alone: a linear
 * decline after 20 down to a floor. When the organism model is coupled it supplies I instead.
 */
public final class ImmuneCapacity {

    private static final double REFERENCE_AGE = 20.0;

    private final double declinePerYear;
    private final double floor;

    public ImmuneCapacity(ParameterSet p) {
        this.declinePerYear = p.get("immune.capacity.decline");
        this.floor = p.get("immune.capacity.floor");
    }

    public double at(double ageYears) {
        return Math.max(floor, Math.min(1.0, 1.0 - declinePerYear * (ageYears - REFERENCE_AGE)));
    }
}
