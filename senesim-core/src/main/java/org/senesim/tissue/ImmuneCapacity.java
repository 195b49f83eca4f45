package org.senesim.tissue;

import org.senesim.evidence.ParameterSet;

/**
 * Immune clearance capacity I(age) relative to a young adult when the patch runs without the
 * organism model: the organism model's own law, {@code max(floor, 1 − decline·max(0, age − onset))}
 * with the organism's human parameters, so a patch alone and a patch coupled to the organism see
 * the same immune ageing. {@code ImmuneCapacityTest} keeps the two in step.
 */
public final class ImmuneCapacity {

    private final double decline;
    private final double onset;
    private final double floor;

    public ImmuneCapacity(ParameterSet p) {
        this.decline = p.get("organism.immune.decline.human");
        this.onset = p.get("organism.immune.onset.human");
        this.floor = p.get("organism.immune.floor");
    }

    public double at(double ageYears) {
        double over = ageYears - onset;
        if (over <= 0 || decline == 0.0) {
            return 1.0;
        }
        return Math.max(floor, 1.0 - decline * over);
    }
}
